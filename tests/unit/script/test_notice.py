"""The notice: the reader's own in days, or about a month per year of relationship."""

from __future__ import annotations

import pytest

from widgets.script.inputs import ScriptInputs
from widgets.script.notice import Notice, is_short, notice_for, proportional_months


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
