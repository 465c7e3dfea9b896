"""What a client earns you per hour, against your standard rate (part 1, step 4)."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.assessment.answers import Answers

MONTHS_IN_A_YEAR = 12


@dataclass(frozen=True)
class Money:
    """The money figures of one client; None wherever an answer is missing."""

    annual_revenue: float | None
    annual_hours: float | None
    effective_rate: float | None
    standard_rate: float | None
    rate_ratio: float | None
    revenue_share: float | None


def money_figures(answers: Answers) -> Money:
    """Annual hours, effective hourly rate and its ratio to the standard rate."""
    hours = answers.hours_per_month
    annual_hours = None if hours is None else hours * MONTHS_IN_A_YEAR
    effective_rate = None
    # No hours spent means no hourly rate at all, not an infinite one.
    if answers.annual_revenue is not None and annual_hours:
        effective_rate = answers.annual_revenue / annual_hours
    rate_ratio = None
    if effective_rate is not None and answers.standard_rate:
        rate_ratio = effective_rate / answers.standard_rate
    return Money(
        annual_revenue=answers.annual_revenue,
        annual_hours=annual_hours,
        effective_rate=effective_rate,
        standard_rate=answers.standard_rate,
        rate_ratio=rate_ratio,
        revenue_share=answers.revenue_share,
    )
