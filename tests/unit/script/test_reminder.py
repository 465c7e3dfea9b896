"""The iCalendar reminder: RFC 5545 line endings, folding, escaping, dates and UID."""

from __future__ import annotations

from datetime import date

import pytest

from widgets.assessment.verdicts import VERDICTS
from widgets.fields.errors import InputError
from widgets.i18n import LANGS, t
from widgets.script.reminder import ALARM_TRIGGER, PATHS, escape_text, fold_line, reminder_ics

TODAY = date(2025, 1, 15)


def unfolded(ics: str) -> list[str]:
    """The content lines of an iCalendar text, continuation lines joined back."""
    return ics.replace("\r\n ", "").split("\r\n")[:-1]


def property_of(ics: str, name: str) -> str:
    """The value of the first property called ``name``."""
    return next(
        line.split(":", 1)[1] for line in unfolded(ics) if line.split(":")[0].split(";")[0] == name
    )


@pytest.mark.parametrize("lang", LANGS)
def test_lines_end_with_crlf(lang: str) -> None:
    """Every line ends with CRLF, and there is no bare line feed."""
    ics = reminder_ics("ACME", 30, TODAY, lang)
    assert ics.endswith("\r\n")
    assert "\n" not in ics.replace("\r\n", "")


def test_lines_are_folded_at_75_octets() -> None:
    """No line is longer than 75 octets, even with accents and a long name."""
    ics = reminder_ics("Société Éléphant " * 50 + "😀" * 30, 30, TODAY, "fr")
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_folding_never_splits_a_character() -> None:
    """Folded lines unfold to the original line, and each part is valid UTF-8."""
    line = "SUMMARY:" + "é😀a" * 40
    folded = fold_line(line)
    assert folded.replace("\r\n ", "") == line
    for part in folded.split("\r\n"):
        part.encode("utf-8").decode("utf-8")


def test_event_is_a_whole_day_after_the_delay() -> None:
    """DTSTART is today plus the delay, DTEND the day after, DTSTAMP from today."""
    ics = reminder_ics("ACME", 30, TODAY, "en")
    assert property_of(ics, "DTSTART") == "20250214"
    assert property_of(ics, "DTEND") == "20250215"
    assert property_of(ics, "DTSTAMP") == "20250115T000000Z"


def test_calendar_has_one_event_with_the_required_properties() -> None:
    """VCALENDAR wraps one VEVENT with UID, DTSTAMP, DTSTART and SUMMARY."""
    lines = unfolded(reminder_ics("ACME", 30, TODAY, "en"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1
    names = {line.split(":")[0].split(";")[0] for line in lines}
    assert {"VERSION", "PRODID", "UID", "DTSTAMP", "DTSTART", "SUMMARY"} <= names


def test_uid_is_deterministic() -> None:
    """The same inputs give the same UID; other inputs another one."""
    first = property_of(reminder_ics("ACME", 30, TODAY, "en"), "UID")
    assert first == property_of(reminder_ics("ACME", 30, TODAY, "en"), "UID")
    assert first != property_of(reminder_ics("ACME", 31, TODAY, "en"), "UID")


def test_text_values_are_escaped() -> None:
    """Commas, semicolons, backslashes and line breaks are escaped in text values."""
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    summary = property_of(reminder_ics("Dupuis, Fils; Cie", 30, TODAY, "fr"), "SUMMARY")
    assert "Dupuis\\, Fils\\; Cie" in summary


def test_summary_is_in_the_chosen_language() -> None:
    """The summary names the client in the reader's language."""
    assert property_of(reminder_ics("ACME", 30, TODAY, "fr", "keep"), "SUMMARY").startswith(
        "Réévaluer"
    )
    assert property_of(reminder_ics("ACME", 30, TODAY, "en", "keep"), "SUMMARY").startswith(
        "Reassess"
    )


def unescaped(value: str) -> str:
    """A TEXT value as a calendar shows it."""
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["", "   "])
def test_without_a_client_name_the_summary_says_none_was_given(lang: str, name: str) -> None:
    """No name, no placeholder in brackets: the summary says plainly that none was given."""
    for verdict in (None, *VERDICTS):
        summary = property_of(reminder_ics(name, 30, TODAY, lang, verdict), "SUMMARY")
        assert "[" not in summary
        unnamed = t(lang, f"script.reminder.paths.{PATHS[verdict]}.summary_unnamed")
        assert unescaped(summary) == unnamed


@pytest.mark.parametrize("lang", LANGS)
def test_the_text_follows_the_path_the_reader_is_on(lang: str) -> None:
    """Keep and fix first ask to take the assessment again; an exit, or a script made without
    an assessment, asks to follow up on the end. Only fix first speaks of fixing first."""
    fix_first = t(lang, "script.reminder.paths.fix_first.description", days=30)
    for verdict in (None, *VERDICTS):
        ics = reminder_ics("ACME", 30, TODAY, lang, verdict)
        path = PATHS[verdict]
        assert unescaped(property_of(ics, "SUMMARY")) == t(
            lang, f"script.reminder.paths.{path}.summary", client="ACME"
        )
        description = unescaped(property_of(ics, "DESCRIPTION"))
        assert description == t(lang, f"script.reminder.paths.{path}.description", days=30)
        assert (description == fix_first) is (verdict == "fix_first")
    assert {PATHS[verdict] for verdict in ("hand_over", "exit_with_care", "exit", None)} == {"exit"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_event_rings_an_alarm_on_its_morning(lang: str) -> None:
    """One VALARM inside the event: a display alarm 9 hours into the day, saying the summary."""
    lines = unfolded(reminder_ics("ACME", 30, TODAY, lang, "exit"))
    start, end = lines.index("BEGIN:VALARM"), lines.index("END:VALARM")
    assert lines.index("BEGIN:VEVENT") < start < end < lines.index("END:VEVENT")
    alarm = lines[start + 1 : end]
    assert "ACTION:DISPLAY" in alarm
    assert f"TRIGGER;RELATED=START:{ALARM_TRIGGER}" in alarm and ALARM_TRIGGER == "PT9H"
    summary = property_of(reminder_ics("ACME", 30, TODAY, lang, "exit"), "SUMMARY")
    assert f"DESCRIPTION:{summary}" in alarm


def test_a_verdict_the_assessment_does_not_give_is_refused() -> None:
    """The verdict is one of the assessment's, and the error names it."""
    with pytest.raises(InputError) as caught:
        reminder_ics("ACME", 30, TODAY, "en", "maybe")
    assert [(error.field, error.code) for error in caught.value.errors] == [
        ("verdict", "not_a_choice")
    ]


@pytest.mark.parametrize("days", [0, 366, -5, "400"])
def test_delay_must_be_between_1_and_365_days(days: object) -> None:
    """The delay is a number of days from 1 to 365, and the message says so."""
    with pytest.raises(InputError) as caught:
        reminder_ics("ACME", days, TODAY, "en")
    assert [(error.field, error.code) for error in caught.value.errors] == [
        ("days", "out_of_range")
    ]
    (text,) = caught.value.messages("en")
    assert "1" in text and "365" in text


@pytest.mark.parametrize("days", [True, 2.5, "soon"])
def test_delay_must_be_a_whole_number(days: object) -> None:
    """The delay is a whole number of days, and the message names the field."""
    with pytest.raises(InputError) as caught:
        reminder_ics("ACME", days, TODAY, "en")
    assert [(error.field, error.code) for error in caught.value.errors] == [
        ("days", "not_an_integer")
    ]
    assert "Remind me in (days)" in caught.value.messages("en")[0]


def test_a_day_beyond_the_calendar_is_refused() -> None:
    """A reminder that would fall after the year 9999 is an error, not a crash."""
    with pytest.raises(InputError) as caught:
        reminder_ics("ACME", 30, date(9999, 12, 20), "en")
    assert [(error.field, error.code) for error in caught.value.errors] == [("today", "not_a_date")]


@pytest.mark.parametrize("days", [1, 365])
def test_delay_bounds_are_accepted(days: int) -> None:
    """One day and a year are both fine."""
    assert "BEGIN:VEVENT" in reminder_ics("ACME", days, TODAY, "en")
