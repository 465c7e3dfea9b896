"""The operations the browser worker calls: JSON-ready payloads in and out."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from widgets import dealbreakers
from widgets.script.bridge import OPS
from widgets.script.model import SECTION_IDS
from widgets.script.reminder import ReminderError


def call(op: str, **payload: Any) -> Any:
    """Run one operation and check its result survives JSON."""
    result = OPS[op](payload)
    assert json.loads(json.dumps(result)) == json.loads(json.dumps(result, ensure_ascii=False))
    return result


def test_every_operation_is_listed() -> None:
    """The worker finds each operation by name."""
    assert set(OPS) == {
        "script",
        "blame_check",
        "prefill",
        "reminder",
        "dealbreakers_catalog",
        "dealbreakers_load",
        "dealbreakers_export",
        "dealbreakers_markdown",
    }


def test_script_returns_every_output(example: Callable[[str], dict[str, Any]]) -> None:
    """A valid form gives the sections, email, letter, objections, warnings and renders."""
    result = call("script", inputs=example("freelance-en"), lang="en")
    assert result["errors"] == []
    body = result["script"]
    assert [section["id"] for section in body["conversation"]] == list(SECTION_IDS)
    assert body["email"]["subject"] and body["letter"]["text"]
    assert len(body["objections"]) == 5 and body["warnings"]
    assert body["text"].startswith("Script") and body["markdown"].startswith("# ")


def test_script_reports_every_field_error_in_the_payload_language() -> None:
    """Invalid inputs give no script and one localized error per field."""
    result = call("script", inputs={"tone": "harsh", "notice_days": -3}, lang="en")
    assert result["script"] is None
    assert [(error["field"], error["code"]) for error in result["errors"]] == [
        ("tone", "unknown_choice"),
        ("notice_days", "out_of_range"),
    ]
    assert "Tone" in result["errors"][0]["message"]


def test_script_uses_the_payload_language_when_inputs_have_none() -> None:
    """The page's language is the script's unless the inputs choose."""
    assert call("script", inputs={}, lang="en")["script"]["lang"] == "en"
    assert call("script", inputs={"lang": "fr"}, lang="en")["script"]["lang"] == "fr"


def test_blame_check_gives_offsets_for_python_and_javascript() -> None:
    """Offsets come in code points and in UTF-16 units (an emoji counts two in JavaScript)."""
    [hit] = call("blame_check", text="😀 You never call.", lang="en")
    assert hit["rule_id"] == "en-you-always-never" and hit["match"] == "You never"
    assert (hit["start"], hit["start_utf16"]) == (2, 3)
    assert hit["end_utf16"] - hit["start_utf16"] == len("You never")
    assert hit["suggestion"]


def test_prefill_returns_generator_inputs() -> None:
    """A report becomes inputs the script operation accepts."""
    report = {
        "verdict": "hand_over",
        "contributions": [],
        "client_name": "ACME",
        "partner_name": "Bo",
        "holds_stake": True,
    }
    inputs = call("prefill", report=report, lang="en")
    assert inputs["replacements"] == [{"name": "Bo", "contact": ""}]
    assert call("script", inputs=inputs, lang="en")["errors"] == []


def test_reminder_returns_ics_text() -> None:
    """The reminder is iCalendar text for the given day."""
    ics = call("reminder", client_name="ACME", days=14, today="2025-01-01", lang="fr")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and "DTSTART;VALUE=DATE:20250115" in ics


def test_reminder_errors_are_worded_in_the_payload_language() -> None:
    """A bad date is an engine error whose detail is in the reader's language."""
    with pytest.raises(ReminderError) as caught:
        OPS["reminder"]({"client_name": "ACME", "days": 14, "today": "soon", "lang": "en"})
    assert caught.value.as_dict()["message"].startswith("Invalid date")


def test_dealbreakers_catalog_lists_every_behaviour() -> None:
    """The catalogue comes with texts in the asked language."""
    items = call("dealbreakers_catalog", lang="en")
    assert [item["id"] for item in items] == [item.id for item in dealbreakers.BEHAVIOURS]
    assert all(item["text"] and item["criterion"] for item in items)


def test_dealbreakers_load_checks_a_document() -> None:
    """A valid document gives its items; an invalid one a localized error."""
    document = {
        "format": dealbreakers.FORMAT,
        "version": 1,
        "items": [{"id": "late-payments"}, {"text": "Mine"}],
    }
    loaded = call("dealbreakers_load", data=document, lang="en")
    assert loaded["errors"] == [] and loaded["items"][1] == {"id": None, "text": "Mine"}
    failed = call("dealbreakers_load", data={"format": "other"}, lang="en")
    assert failed["items"] is None and failed["errors"][0]["code"] == "wrong_format"


def test_dealbreakers_export_builds_the_document() -> None:
    """Items from the form become the versioned document to save."""
    exported = call("dealbreakers_export", items=[{"id": "disrespect"}], lang="fr")
    assert exported["data"] == {
        "format": dealbreakers.FORMAT,
        "version": 1,
        "items": [{"id": "disrespect"}],
    }
    assert (
        call("dealbreakers_export", items=[{"id": "nope"}], lang="fr")["errors"][0]["code"]
        == "unknown_id"
    )


def test_dealbreakers_markdown_renders_a_document() -> None:
    """A document becomes a printable Markdown list."""
    document = {"format": dealbreakers.FORMAT, "version": 1, "items": [{"text": "Mine"}]}
    result = call("dealbreakers_markdown", data=document, lang="en")
    assert (
        result["errors"] == []
        and result["markdown"].startswith("# ")
        and "- Mine" in result["markdown"]
    )


def test_unknown_language_is_refused() -> None:
    """A language outside fr and en is a ValueError for the generic handler."""
    with pytest.raises(ValueError):
        OPS["dealbreakers_catalog"]({"lang": "de"})
