"""The notice and the end date: the reader's own notice in days, or about a month per year of
relationship, counted from the day the letter is sent."""

from __future__ import annotations

from datetime import date

import pytest

from widgets.script.inputs import ScriptInputs
from widgets.script.notice import (
    Notice,
    add_months,
    end_date,
    ends_before_notice,
    ends_before_sending,
    given_days,
    is_short,
    notice_end,
    notice_for,
    proportional_months,
)


@pytest.mark.parametrize(
    ("years", "months"), [(0, 1), (0.4, 1), (1, 1), (1.5, 2), (3, 3), (18, 18), (60, 18)]
)
def test_proportional_months(years: float, months: int) -> None:
    """About one month per year, at least one, at most eighteen."""
    assert proportional_months(years) == months


def test_readers_days_come_first() -> None:
    """A notice in days wins over the relationship."""
    assert notice_for(ScriptInputs(notice_days=10, relationship_years=5)) == Notice(days=10)


def test_relationship_gives_months() -> None:
    """Without days, the relationship gives a notice in months."""
    assert notice_for(ScriptInputs(relationship_years=5)) == Notice(months=5)


def test_nothing_known_gives_no_notice() -> None:
    """Without days nor relationship, the notice is left to fill in."""
    assert notice_for(ScriptInputs()) is None


def test_notice_in_words() -> None:
    """Singular and plural in each language."""
    assert Notice(days=1).in_words("en") == "1\u00a0day"
    assert Notice(months=3).in_words("fr") == "3\u00a0mois"


def test_short_notice_compares_with_the_relationship() -> None:
    """Thirty days after three years is short; ninety is not."""
    assert is_short(ScriptInputs(notice_days=30, relationship_years=3))
    assert not is_short(ScriptInputs(notice_days=90, relationship_years=3))


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 15), 1, date(2025, 2, 15)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 8, 31), 1, date(2025, 9, 30)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 1), 18, date(2027, 6, 1)),
    ],
)
def test_months_are_calendar_months_ending_on_the_last_day(
    start: date, months: int, expected: date
) -> None:
    """A month later is the same day of the month, or the month's last day when it is shorter."""
    assert add_months(start, months) == expected


def test_a_notice_in_days_counts_calendar_days() -> None:
    """Thirty days from 31 January 2025 end on 2 March 2025."""
    assert Notice(days=30).ends(date(2025, 1, 31)) == date(2025, 3, 2)


def test_a_notice_past_the_calendar_has_no_end() -> None:
    """A notice that would end after year 9999 has no end date, rather than an error."""
    assert Notice(days=3650).ends(date(9999, 1, 1)) is None
    assert Notice(months=18).ends(date(9999, 1, 1)) is None


def test_the_end_date_is_computed_from_the_sending_date_when_not_typed() -> None:
    """Days or months from the sending date; nothing without a sending date or a notice."""
    sent = date(2025, 3, 3)
    assert end_date(ScriptInputs(send_date=sent, notice_days=45)) == date(2025, 4, 17)
    assert end_date(ScriptInputs(send_date=sent, relationship_years=4)) == date(2025, 7, 3)
    assert end_date(ScriptInputs(notice_days=45)) is None
    assert end_date(ScriptInputs(send_date=sent)) is None


def test_a_typed_end_date_wins() -> None:
    """What the reader typed is what the letters say (a warning says when it is too early)."""
    inputs = ScriptInputs(send_date=date(2025, 3, 3), notice_days=45, end_date=date(2025, 4, 1))
    assert end_date(inputs) == date(2025, 4, 1)
    assert notice_end(inputs) == date(2025, 4, 17)
    assert ends_before_notice(inputs)


def test_a_fixed_term_ends_at_its_term_only() -> None:
    """A fixed-term contract ends at the term typed; no end is computed from a notice."""
    sent = date(2025, 3, 3)
    assert (
        end_date(ScriptInputs(contract_kind="fixed_term", send_date=sent, notice_days=45)) is None
    )
    term = ScriptInputs(contract_kind="fixed_term", send_date=sent, end_date=date(2025, 6, 30))
    assert end_date(term) == date(2025, 6, 30)
    assert given_days(term) == 119
    assert not ends_before_notice(term)


def test_an_end_on_or_before_the_sending_date() -> None:
    """The same day or before counts; the next day does not."""
    sent = date(2025, 3, 3)
    assert ends_before_sending(ScriptInputs(send_date=sent, end_date=sent))
    assert ends_before_sending(ScriptInputs(send_date=sent, end_date=date(2025, 3, 1)))
    assert not ends_before_sending(ScriptInputs(send_date=sent, end_date=date(2025, 3, 4)))
    assert not ends_before_sending(ScriptInputs(end_date=sent))
