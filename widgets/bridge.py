"""The one entry point the browser worker calls: JSON request in, JSON response out.

The worker posts ``{"op": name, "payload": {...}}``; ``handle`` answers
``{"ok": true, "result": ...}`` or ``{"ok": false, "error": ...}``. Every operation is a
plain function of the engine, so the browser runs exactly what the unit tests run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from widgets import __version__
from widgets.assessment.bridge import OPS as ASSESSMENT_OPS
from widgets.script.bridge import OPS as SCRIPT_OPS

Op = Callable[[dict[str, Any]], Any]


def version(_payload: dict[str, Any]) -> dict[str, str]:
    """The engine's version, as the browser shows it."""
    import platform

    return {"engine": __version__, "python": platform.python_version()}


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
