"""The script generator's operations the browser worker calls: JSON-ready payloads in and out."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from widgets.fields.errors import InputError
from widgets.i18n import Lang, t
from widgets.script.bridge import OPS
from widgets.script.model import SECTION_IDS


def call(op: str, lang: str = "fr", **payload: Any) -> Any:
    """Run one operation and check its result survives JSON."""
    result = OPS[op](payload, Lang(lang))
    assert json.loads(json.dumps(result)) == json.loads(json.dumps(result, ensure_ascii=False))
    return result


def test_every_operation_is_listed() -> None:
    """The worker finds each operation by name; none that no page calls."""
    assert set(OPS) == {"script", "blame_check", "prefill", "reminder"}


def test_script_returns_every_output(example: Callable[[str], dict[str, Any]]) -> None:
    """A valid form gives the sections, email, letter, objections, warnings and renders."""
    body = call("script", "en", inputs=example("freelance-en"))
    assert [section["id"] for section in body["conversation"]] == list(SECTION_IDS)
    assert body["email"]["subject"] and body["letter"]["text"]
    assert len(body["objections"]) == 5 and body["warnings"]
    assert body["text"].startswith("Script") and body["markdown"].startswith("# ")


def test_script_document_is_the_shape_of_its_text(example: Callable[[str], dict[str, Any]]) -> None:
    """The page's blocks say, in order, every line the text version says."""
    body = call("script", "fr", inputs={**example("agency-fr"), "holds_stake": True})
    kinds = [block["kind"] for block in body["document"]]
    assert kinds[0] == "title" and kinds.count("part") == 5
    parts = [block["id"] for block in body["document"] if block["kind"] == "part"]
    assert parts == ["warnings", "conversation", "objections", "email", "letter"]
    position = 0
    for block in body["document"]:
        line = block["line"] if block["kind"] != "text" else block["text"].rstrip("\n")
        found = body["text"].find(line, position)
        assert found >= 0, line
        position = found
    subject = next(block for block in body["document"] if block["id"] == "subject")
    assert subject["line"] == t("fr", "script.render.labelled", label="Objet", text=subject["text"])


def test_script_reports_every_field_error() -> None:
    """Invalid inputs give no script and one error per field."""
    with pytest.raises(InputError) as caught:
        call("script", "en", inputs={"tone": "harsh", "notice_days": -3})
    worded = caught.value.as_json("en")
    assert [(error["field"], error["code"]) for error in worded] == [
        ("tone", "not_a_choice"),
        ("notice_days", "out_of_range"),
    ]
    assert "Tone" in worded[0]["message"]


def test_script_uses_the_payload_language_when_inputs_have_none() -> None:
    """The page's language is the script's unless the inputs choose."""
    assert call("script", "en", inputs={})["lang"] == "en"
    assert call("script", "en", inputs={"lang": "fr"})["lang"] == "fr"


def test_blame_check_gives_offsets_category_and_rewording() -> None:
    """A hit comes with where it is, its category (the page words it) and a neutral rewording."""
    [hit] = call("blame_check", "en", text="😀 You never call.")
    assert hit["rule_id"] == "en-you-always-never" and hit["match"] == "You never"
    assert (hit["start"], hit["end"]) == (2, 11)
    assert hit["category"] == "second_person"
    assert hit["suggestion"]


def test_prefill_returns_generator_inputs_and_notices() -> None:
    """A report becomes inputs the script operation accepts, and what to tell the reader."""
    report = {
        "verdict": "hand_over",
        "contributions": [],
        "client_name": "ACME",
        "partner_name": "Bo",
        "holds_stake": True,
    }
    result = call("prefill", "en", report=report)
    assert result["inputs"]["replacements"] == [{"name": "Bo", "contact": ""}]
    assert call("script", "en", inputs=result["inputs"])["client"] == "ACME"
    assert [notice["id"] for notice in result["notices"]] == ["prefilled", "professional_advice"]
    assert result["notices"][1]["text"] == t("en", "script.warnings.professional_advice")


@pytest.mark.parametrize("verdict", ["keep", "fix_first"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_prefill_of_a_report_that_advises_no_exit_says_so(verdict: str, lang: str) -> None:
    """Keep and fix first: the page says what the assessment advised and offers the reminder
    to reassess, in the page's words."""
    notices = call("prefill", lang, report={"verdict": verdict})["notices"]
    assert [(notice["id"], notice["reminder"]) for notice in notices] == [
        ("prefilled", False),
        ("reassess", True),
    ]
    assert notices[1]["text"] == t(lang, f"script.ui.advised.{verdict}")


@pytest.mark.parametrize("verdict", ["hand_over", "exit_with_care", "exit"])
def test_prefill_of_an_exit_report_gives_no_advice_against_it(verdict: str) -> None:
    """An exit verdict: the generator is the next step, with no note against it."""
    notices = call("prefill", "en", report={"verdict": verdict})["notices"]
    assert [notice["id"] for notice in notices] == ["prefilled"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_script_names_its_files_in_its_own_language(lang: str) -> None:
    """The files' names start with a word of the script's language, whatever the page's."""
    other = "en" if lang == "fr" else "fr"
    files = call("script", other, inputs={"lang": lang})["files"]
    assert files == {
        "script": t(lang, "script.ui.filename"),
        "reminder": t(lang, "script.ui.reminder_filename"),
    }


def test_reminder_returns_ics_text() -> None:
    """The reminder is iCalendar text for the given day."""
    ics = call("reminder", client_name="ACME", days=14, today="2025-01-01")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and "DTSTART;VALUE=DATE:20250115" in ics


def test_reminder_follows_the_verdict_it_is_given() -> None:
    """The page sends the verdict of the assessment the script comes from: its path words
    the reminder."""
    exit_path = call("reminder", "en", client_name="ACME", today="2025-01-01", verdict="exit")
    keep_path = call("reminder", "en", client_name="ACME", today="2025-01-01", verdict="keep")
    assert "Follow up on the end" in exit_path and "Reassess" in keep_path


def test_reminder_takes_the_delay_as_typed() -> None:
    """The page sends the delay as typed; blank is the default of 30 days."""
    assert "DTSTART;VALUE=DATE:20250131" in call("reminder", days="", today="2025-01-01")
    assert "DTSTART;VALUE=DATE:20250102" in call("reminder", days=" 1 ", today="2025-01-01")


def test_reminder_errors_name_the_field() -> None:
    """A bad date is an error of the reminder's form, worded in the reader's language."""
    with pytest.raises(InputError) as caught:
        call("reminder", "en", client_name="ACME", days=14, today="soon")
    (worded,) = caught.value.as_json("en")
    assert (worded["field"], worded["code"]) == ("today", "not_a_date")
    assert worded["message"].startswith("“Today\u2019s date”")
