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
from widgets.fields.errors import FieldError, InputError, failure, sentence, shown
from widgets.fields.json_text import read_json
from widgets.i18n import DEFAULT_LANG, LANGS, Lang, check_lang
from widgets.script.bridge import OPS as SCRIPT_OPS

Op = Callable[[Mapping[str, Any], Lang], Any]


def version(_payload: Mapping[str, Any], _lang: Lang) -> dict[str, str]:
    """The engine's version, as the browser shows it."""
    return {"engine": __version__, "python": "{}.{}.{}".format(*sys.version_info[:3])}


OPS: dict[str, Op] = {"version": version, **ASSESSMENT_OPS, **SCRIPT_OPS, **DEALBREAKERS_OPS}


class _BadRequest(ValueError):
    """A request the bridge cannot run: not JSON, not an object, no such operation..."""


def _read(request: str) -> tuple[Op, Mapping[str, Any], Lang]:
    """The operation a request names, its payload and its language; _BadRequest if it has none."""
    message = read_json(request)
    if not isinstance(message, dict):
        raise _BadRequest("the request is not a JSON object")
    name = message.get("op")
    if not isinstance(name, str) or name not in OPS:
        raise _BadRequest(f"no operation {shown(name)}")
    payload = {} if message.get("payload") is None else message["payload"]
    if not isinstance(payload, dict):
        raise _BadRequest("the payload is not a JSON object")
    return OPS[name], payload, check_lang(payload.get("lang") or DEFAULT_LANG)


def _failed(error: FieldError, lang: Lang) -> dict[str, Any]:
    """The response of an operation that could not answer, for a reason of its own."""
    return {"ok": False, "errors": [{**error.as_json(), "message": sentence(error, lang)}]}


def handle(request: str) -> str:
    """Run the operation a request names and return its JSON response.

    It always answers in the one shape: input a form refuses with its errors, and anything
    else that goes wrong (a request it cannot read, nesting too deep for Python, a figure
    too large to compute or to write in JSON) with one error about the whole input, so the
    page can say what happened instead of leaving a stale result.
    """
    lang: Lang = DEFAULT_LANG
    try:
        op, payload, lang = _read(request)
        try:
            response = {"ok": True, "result": op(payload, lang)}
        except InputError as error:
            response = {"ok": False, "errors": error.as_json(lang)}
    except Exception as error:  # whatever it is, the page must get an answer it can word
        response = _failed(failure(error), lang)
    try:
        return json.dumps(response, ensure_ascii=False, allow_nan=False)
    except ValueError as error:  # a figure JSON cannot hold (an infinity): no answer to give
        unwritable = FieldError("", "unanswerable", {"detail": type(error).__name__})
        return json.dumps(_failed(unwritable, lang), ensure_ascii=False)


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
