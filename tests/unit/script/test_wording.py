"""Dates and durations in each language."""

from __future__ import annotations

from datetime import date

from widgets.script.wording import format_date, oneline, plural


def test_dates_in_words() -> None:
    """Dates are written out, with "1er" for the first of the month in French."""
    assert format_date(date(2025, 3, 1), "fr") == "1er mars 2025"
    assert format_date(date(2025, 8, 15), "fr") == "15 août 2025"
    assert format_date(date(2025, 3, 1), "en") == "1 March 2025"


def test_plurals() -> None:
    """French counts 1.5 as singular, English only exactly one."""
    assert plural("fr", "years", 1.5) == "1,5\u00a0an"
    assert plural("en", "years", 1.5) == "1.5\u00a0years"
    assert plural("en", "years", 1) == "1\u00a0year"
    assert plural("fr", "days", 3650) == "3\u202f650\u00a0jours"


def test_oneline_joins_lines() -> None:
    """Line breaks become single spaces."""
    assert oneline("  a\r\n\n  b\nc ") == "a b c"
