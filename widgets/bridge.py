"""The one entry point the browser worker calls: JSON request in, JSON response out.

The worker posts ``{"op": name, "payload": {...}}``; every operation is a plain function of
the engine, ``(payload, lang) -> result``, so the browser runs exactly what the unit tests run.

Every response has one shape:

- ``{"ok": true, "result": ...}`` when the operation answered;
- ``{"ok": false, "errors": [{"field", "code", "params", "message"}, ...]}`` when it could not:
  ``field`` is the path of the field at fault ("" for the whole input), ``code`` one of
  ``widgets.fields.errors.ERROR_CODES``, ``params`` the values its message quotes, and
  ``message`` the error in the payload's language, worded here, at the edge. The page adds one
  code of its own, ``runtime``, when Python itself is not there to answer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

from widgets import __version__
from widgets.assessment.bridge import OPS as ASSESSMENT_OPS
from widgets.dealbreakers.bridge import OPS as DEALBREAKERS_OPS
from widgets.dealbreakers.document import DealBreakerList, to_json
from widgets.fields.errors import FieldError, InputError
from widgets.i18n import DEFAULT_LANG, LANGS, Lang, check_lang, t
from widgets.script.bridge import OPS as SCRIPT_OPS

Op = Callable[[Mapping[str, Any], Lang], Any]


def version(_payload: Mapping[str, Any], _lang: Lang) -> dict[str, str]:
    """The engine's version, as the browser shows it."""
    return {"engine": __version__, "python": "{}.{}.{}".format(*sys.version_info[:3])}


OPS: dict[str, Op] = {"version": version, **ASSESSMENT_OPS, **SCRIPT_OPS, **DEALBREAKERS_OPS}


def _failed(errors: list[dict[str, Any]]) -> str:
    """The response of an operation that could not answer."""
    return json.dumps({"ok": False, "errors": errors}, ensure_ascii=False)


def _bad_request(detail: str, lang: Lang = DEFAULT_LANG) -> str:
    """The response to a request the bridge cannot run."""
    error = FieldError("", "bad_request", {"detail": detail})
    message = t(lang, "errors.codes.bad_request", detail=detail)
    return _failed([{**error.as_json(), "message": message}])


def handle(request: str) -> str:
    """Run the operation a request names and return its JSON response."""
    try:
        message = json.loads(request)
        op = OPS[message["op"]]
        payload = message.get("payload") or {}
        lang = check_lang(payload.get("lang") or DEFAULT_LANG)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        return _bad_request(str(error))
    try:
        result = op(payload, lang)
    except InputError as error:
        return _failed(error.as_json(lang))
    except ValueError as error:
        return _bad_request(str(error), lang)
    return json.dumps({"ok": True, "result": result}, ensure_ascii=False)


# Requests that hold no reader's data, answered once before the runtime's memory is kept
# (scripts/make_snapshot.mjs): every operation a page calls, in every language, so that every
# module, catalogue, template and pattern a first answer needs is already loaded when a page
# restores that memory. ``ok`` is how each must answer: the error path is warmed too.
WARM_UP_DAY = "2000-01-01"
_EMPTY_LIST = to_json(DealBreakerList())
WARM_UP: tuple[tuple[dict[str, Any], bool], ...] = (
    ({"op": "version"}, True),
    *(
        warm_up
        for lang in LANGS
        for warm_up in (
            ({"op": "assess", "payload": {"answers": {}, "lang": lang}}, True),
            (
                {"op": "assess", "payload": {"answers": {"hours_per_month": "x"}, "lang": lang}},
                False,
            ),
            ({"op": "script", "payload": {"lang": lang}}, True),
            ({"op": "blame_check", "payload": {"text": "", "lang": lang}}, True),
            ({"op": "prefill", "payload": {"report": {"verdict": "keep"}, "lang": lang}}, True),
            ({"op": "reminder", "payload": {"today": WARM_UP_DAY, "lang": lang}}, True),
            ({"op": "dealbreakers_load", "payload": {"data": _EMPTY_LIST, "lang": lang}}, True),
            ({"op": "dealbreakers_markdown", "payload": {"data": _EMPTY_LIST, "lang": lang}}, True),
        )
    ),
)


def warm_up() -> list[dict[str, Any]]:
    """Answer every warm-up request: whether each answered as it should, and its response."""
    answers = []
    for request, ok in WARM_UP:
        response = json.loads(handle(json.dumps(request)))
        answers.append({"ok": response["ok"] is ok, "op": request["op"], "response": response})
    return answers
