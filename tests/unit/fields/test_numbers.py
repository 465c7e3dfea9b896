"""Numbers typed in forms, and numbers written for each language: one parser, one writer."""

from __future__ import annotations

import pytest

from widgets.fields.numbers import (
    PLURAL_RULES,
    format_count,
    format_number,
    format_percent,
    parse_number_text,
)
from widgets.i18n import LANGS, t


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


@pytest.mark.parametrize("text", ["abc", "", "5.", "1.2.3", "1,2.3,4", "12e3", "--1"])
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


def test_whole_numbers_of_any_size_are_exact() -> None:
    """A whole number is grouped as it is, however large, never through a float."""
    assert format_number("en", 10**20) == "100,000,000,000,000,000,000"
    assert format_number("fr", 3650) == "3\u202f650"


def test_decimals_can_be_fewer() -> None:
    """One decimal at most, when asked, without a trailing zero."""
    assert format_number("fr", 2.5, 1) == "2,5"
    assert format_number("en", 2.96, 1) == "3"


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_names_a_known_plural_rule(lang: str) -> None:
    """The catalogue's rule is one the writer knows."""
    assert t(lang, "format.plural") in PLURAL_RULES


def test_counts_take_the_noun_of_their_language_rule() -> None:
    """French counts 0 and 1.5 as singular, English only exactly one."""
    years = "script.units.years"
    assert format_count("fr", 1.5, years) == "1,5\u00a0an"
    assert format_count("fr", 0, years) == "0\u00a0an"
    assert format_count("fr", 2, years) == "2\u00a0ans"
    assert format_count("en", 1.5, years) == "1.5\u00a0years"
    assert format_count("en", 1, years) == "1\u00a0year"
    assert format_count("en", 0, years) == "0\u00a0years"


def test_digits_beyond_a_floats_range_read_as_an_infinity() -> None:
    """Four hundred digits are a number, too large for any field's bounds to take."""
    assert parse_number_text("1" * 400) == float("inf")
    assert parse_number_text("-" + "1" * 400) == float("-inf")
