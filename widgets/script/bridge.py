"""The script and deal-breakers operations the browser worker calls: JSON-ready in and out."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from widgets import dealbreakers
from widgets.i18n import DEFAULT_LANG, check_lang
from widgets.script.blame import check_blame
from widgets.script.errors import LocalizedError, shown
from widgets.script.generate import generate
from widgets.script.inputs import InputsError, parse_inputs
from widgets.script.prefill import ReportError, prefill_from_report
from widgets.script.reminder import ReminderError, reminder_ics
from widgets.script.render import render

Op = Callable[[dict[str, Any]], Any]


def _lang(payload: dict[str, Any]) -> str:
    """The language the payload asks for, French when it names none."""
    return check_lang(payload.get("lang") or DEFAULT_LANG)


def _utf16(text: str, index: int) -> int:
    """A code-point offset of ``text`` as the UTF-16 offset JavaScript strings use."""
    return len(text[:index].encode("utf-16-le")) // 2


def script(payload: dict[str, Any]) -> dict[str, Any]:
    """The generated script, or the errors of every field that needs fixing."""
    lang = _lang(payload)
    data = payload.get("inputs") or {}
    # The form's language is the script's when the inputs do not choose one.
    if isinstance(data, dict) and not data.get("lang"):
        data = {**data, "lang": lang}
    try:
        inputs = parse_inputs(data)
    except InputsError as error:
        return {"errors": [item.as_dict(lang) for item in error.errors], "script": None}
    generated = generate(inputs)
    body = generated.as_dict()
    body["text"] = render(generated, "text")
    body["markdown"] = render(generated, "markdown")
    return {"errors": [], "script": body}


def blame_check(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The blaming phrases of a text; offsets in code points and in UTF-16 units."""
    text = payload.get("text") or ""
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    return [
        {
            "rule_id": hit.rule_id,
            "category": hit.category,
            "start": hit.start,
            "end": hit.end,
            "start_utf16": _utf16(text, hit.start),
            "end_utf16": _utf16(text, hit.end),
            "match": hit.match,
            "suggestion": hit.suggestion,
        }
        for hit in check_blame(text, _lang(payload))
    ]


def _worded(op: Op) -> Op:
    """``op``, its engine errors worded in the payload's language for the generic handler."""

    @functools.wraps(op)
    def run(payload: dict[str, Any]) -> Any:
        """Run ``op``; tag its error with the reader's language."""
        try:
            return op(payload)
        except LocalizedError as error:
            error.lang = _lang(payload)
            raise

    return run


@_worded
def prefill(payload: dict[str, Any]) -> dict[str, Any]:
    """Generator inputs drawn from an assessment report."""
    report = payload.get("report")
    if not isinstance(report, Mapping):
        raise ReportError("not_object")
    return prefill_from_report(report, _lang(payload))


@_worded
def reminder(payload: dict[str, Any]) -> str:
    """The iCalendar text of a reminder to reassess the client."""
    raw = payload.get("today")
    try:
        today = date.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        today = None
    if today is None:
        raise ReminderError("today_error", value=shown(raw))
    days: Any = payload.get("days")
    return reminder_ics(payload.get("client_name") or "", days, today, _lang(payload))


def dealbreakers_catalog(payload: dict[str, Any]) -> list[dict[str, str]]:
    """The catalogue of behaviours, for the form."""
    return dealbreakers.catalog_items(_lang(payload))


def _loaded(
    payload: dict[str, Any],
) -> tuple[dealbreakers.DealBreakerList | None, list[dict[str, str]]]:
    """The list in ``payload["data"]``, or the localized error that stops it."""
    try:
        return dealbreakers.from_json(payload.get("data")), []
    except dealbreakers.DealBreakersError as error:
        return None, [error.as_dict(_lang(payload))]


def dealbreakers_load(payload: dict[str, Any]) -> dict[str, Any]:
    """A loaded document checked: its items with their text, or the error."""
    lst, errors = _loaded(payload)
    if lst is None:
        return {"errors": errors, "items": None, "data": None}
    lang = _lang(payload)
    items = [{"id": item.id, "text": item.label(lang)} for item in lst.items]
    return {"errors": [], "items": items, "data": dealbreakers.to_json(lst)}


def dealbreakers_export(payload: dict[str, Any]) -> dict[str, Any]:
    """The document to save for a list of items (``[{"id": ...} | {"text": ...}]``), checked."""
    document = {"format": dealbreakers.FORMAT, "version": dealbreakers.VERSION}
    lst, errors = _loaded({**payload, "data": {**document, "items": payload.get("items")}})
    return {"errors": errors, "data": None if lst is None else dealbreakers.to_json(lst)}


def dealbreakers_markdown(payload: dict[str, Any]) -> dict[str, Any]:
    """A document as printable Markdown, or the error that stops it."""
    lst, errors = _loaded(payload)
    if lst is None:
        return {"errors": errors, "markdown": None}
    return {"errors": [], "markdown": dealbreakers.to_markdown(lst, _lang(payload))}


OPS: dict[str, Op] = {
    "script": script,
    "blame_check": blame_check,
    "prefill": prefill,
    "reminder": reminder,
    "dealbreakers_catalog": dealbreakers_catalog,
    "dealbreakers_load": dealbreakers_load,
    "dealbreakers_export": dealbreakers_export,
    "dealbreakers_markdown": dealbreakers_markdown,
}
