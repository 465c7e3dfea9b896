"""The script generator's operations the browser worker calls: JSON-ready in and out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from widgets.fields.parse import parse
from widgets.i18n import Lang, t
from widgets.script.blame import check_blame
from widgets.script.document import document
from widgets.script.generate import generate
from widgets.script.inputs import parse_inputs
from widgets.script.prefill import prefill_from_report, prefill_notices
from widgets.script.reminder import REMINDER, calendar
from widgets.script.render import render


def script(payload: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """The generated script: its parts, its document blocks, its text and Markdown, and the
    first word of its files' names, all in the script's language."""
    data = payload.get("inputs") or {}
    # The form's language is the script's when the inputs do not choose one.
    if isinstance(data, Mapping) and not data.get("lang"):
        data = {**data, "lang": lang}
    generated = generate(parse_inputs(data))
    return {
        **generated.as_dict(),
        "document": [block.as_json(generated.lang) for block in document(generated)],
        "text": render(generated, "text"),
        "markdown": render(generated, "markdown"),
        "files": {
            "script": t(generated.lang, "script.ui.filename"),
            "reminder": t(generated.lang, "script.ui.reminder_filename"),
        },
    }


def blame_check(payload: Mapping[str, Any], lang: Lang) -> list[dict[str, Any]]:
    """The blaming phrases of a text: where each is, its category and a neutral rewording (the
    page names the category in its own language, from its messages)."""
    text = payload.get("text") or ""
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    return [
        {
            "rule_id": hit.rule_id,
            "category": hit.category,
            "start": hit.start,
            "end": hit.end,
            "match": hit.match,
            "suggestion": hit.suggestion,
        }
        for hit in check_blame(text, lang)
    ]


def prefill(payload: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """Generator inputs drawn from an assessment report, and what the page says about them."""
    report = payload.get("report")
    return {
        "inputs": prefill_from_report(report, lang),
        "notices": prefill_notices(report, lang),
    }


def reminder(payload: Mapping[str, Any], lang: Lang) -> str:
    """The iCalendar text of a reminder to reassess the client."""
    fields = {name: payload.get(name) for name in ("client_name", "days", "today", "verdict")}
    return calendar(parse(REMINDER, fields), lang)


OPS: dict[str, Callable[[Mapping[str, Any], Lang], Any]] = {
    "script": script,
    "blame_check": blame_check,
    "prefill": prefill,
    "reminder": reminder,
}
