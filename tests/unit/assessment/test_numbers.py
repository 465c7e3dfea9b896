"""Numbers typed in forms, and numbers written for each language."""

from __future__ import annotations

import pytest

from widgets.assessment.numbers import format_number, format_percent, parse_number_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 200,50", 1200.5),
        ("1\u00a0200,50", 1200.5),
        ("1\u202f200,50", 1200.5),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1,200.50", 1200.5),
        ("1.200,50", 1200.5),
        ("1.000.000", 1_000_000.0),
        (" 42 ", 42.0),
        (".5", 0.5),
        ("-3", -3.0),
    ],
)
def test_parses_numbers_as_people_type_them(text: str, expected: float) -> None:
    """French and English ways of writing numbers are read."""
    assert parse_number_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("1,200", 1200.0), ("1.200", 1200.0)])
def test_a_lone_separator_before_three_digits_groups_thousands(text: str, expected: float) -> None:
    """ "1,200" is read as twelve hundred, not 1.2."""
    assert parse_number_text(text) == expected


def test_a_leading_zero_keeps_three_decimals() -> None:
    """ "0,125" can only be a decimal number."""
    assert parse_number_text("0,125") == 0.125


@pytest.mark.parametrize("text", ["abc", "", "5.", "1.2.3", "1,2.3,4", "12e3", "1" * 400, "--1"])
def test_rejects_what_is_not_a_number(text: str) -> None:
    """Text that is not a finite number gives None."""
    assert parse_number_text(text) is None


def test_formats_numbers_the_french_way() -> None:
    """French groups thousands with a narrow no-break space and uses a decimal comma."""
    assert format_number("fr", 1234.5) == "1\u202f234,50"


def test_formats_numbers_the_english_way() -> None:
    """English groups thousands with a comma and uses a decimal point."""
    assert format_number("en", 1234.5) == "1,234.50"


def test_whole_numbers_have_no_decimals() -> None:
    """A whole amount is written without ",00"."""
    assert format_number("fr", 18000.0) == "18\u202f000"


def test_percent_follows_the_language() -> None:
    """French puts a no-break space before the percent sign, English none."""
    assert (format_percent("fr", 12.5), format_percent("en", 12.5)) == ("12,5\u00a0%", "12.5%")
