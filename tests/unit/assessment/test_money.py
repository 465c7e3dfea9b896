"""Money figures: the effective hourly rate against the standard rate."""

from __future__ import annotations

import pytest

from widgets.assessment.answers import Answers
from widgets.assessment.money import money_figures


def test_effective_rate_is_revenue_over_yearly_hours() -> None:
    """18,000 a year for 20 hours a month is 75 an hour."""
    money = money_figures(Answers(annual_revenue=18_000, hours_per_month=20, standard_rate=100))
    assert (money.annual_hours, money.effective_rate, money.rate_ratio) == (240, 75, 0.75)


def test_no_hours_means_no_rate() -> None:
    """Zero hours give no hourly rate rather than an infinite one."""
    money = money_figures(Answers(annual_revenue=1000, hours_per_month=0, standard_rate=50))
    assert (money.effective_rate, money.rate_ratio) == (None, None)


@pytest.mark.parametrize(
    "answers",
    [
        Answers(hours_per_month=10, standard_rate=50),
        Answers(annual_revenue=1000, standard_rate=50),
        Answers(annual_revenue=1000, hours_per_month=10),
        Answers(annual_revenue=1000, hours_per_month=10, standard_rate=0),
    ],
)
def test_missing_amounts_leave_the_ratio_unknown(answers: Answers) -> None:
    """Without revenue, hours or a standard rate, there is nothing to compare."""
    assert money_figures(answers).rate_ratio is None
