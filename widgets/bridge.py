"""The one entry point the browser worker calls: JSON request in, JSON response out.

The worker posts ``{"op": name, "payload": {...}}``; ``handle`` answers
``{"ok": true, "result": ...}`` or ``{"ok": false, "error": ...}``. Every operation is a
plain function of the engine, so the browser runs exactly what the unit tests run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from widgets import __version__
from widgets.assessment.bridge import OPS as ASSESSMENT_OPS
from widgets.script.bridge import OPS as SCRIPT_OPS

Op = Callable[[dict[str, Any]], Any]


def version(_payload: dict[str, Any]) -> dict[str, str]:
    """The engine's version, as the browser shows it."""
    return {"engine": __version__, "python": "{}.{}.{}".format(*sys.version_info[:3])}


OPS: dict[str, Op] = {"version": version, **ASSESSMENT_OPS, **SCRIPT_OPS}


def handle(request: str) -> str:
    """Run the operation a request names and return its JSON response."""
    try:
        message = json.loads(request)
        op = OPS[message["op"]]
    except (ValueError, KeyError, TypeError) as error:
        return json.dumps({"ok": False, "error": {"code": "bad_request", "detail": str(error)}})
    payload = message.get("payload") or {}
    try:
        result = op(payload)
    except ValueError as error:
        # Engine input errors carry their own structured, translatable detail.
        detail = getattr(error, "as_dict", None)
        body = detail() if callable(detail) else {"code": "invalid", "detail": str(error)}
        return json.dumps({"ok": False, "error": body}, ensure_ascii=False)
    return json.dumps({"ok": True, "result": result}, ensure_ascii=False)


# Requests that hold no reader's data, answered once before the runtime's memory is kept
# (scripts/make_snapshot.mjs): every module, catalogue, template and pattern a first answer
# needs is then already loaded when a page restores that memory.
WARM_UP: tuple[dict[str, Any], ...] = (
    {"op": "version"},
    *(
        request
        for lang in ("fr", "en")
        for request in (
            {"op": "assess", "payload": {"answers": {}, "lang": lang}},
            {"op": "assess", "payload": {"answers": {"hours_per_month": "x"}, "lang": lang}},
            {"op": "assessment_fields", "payload": {"lang": lang}},
            {"op": "script", "payload": {"lang": lang}},
            {"op": "blame_check", "payload": {"text": "", "lang": lang}},
            {"op": "dealbreakers_catalog", "payload": {"lang": lang}},
            {"op": "dealbreakers_export", "payload": {"items": [], "lang": lang}},
        )
    ),
)


def warm_up() -> list[dict[str, Any]]:
    """Answer every warm-up request; the responses, for the build to check."""
    return [json.loads(handle(json.dumps(request))) for request in WARM_UP]
