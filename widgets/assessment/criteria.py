"""The criteria of the model: what each one weighs and which step of the article it applies.

Case criteria add up to the case for ending the relationship, risk criteria to the risk of
doing it; each family weighs 100 points in all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from widgets.assessment.scales import (
    FREQUENCY_SHARES,
    VISIBILITY_SHARES,
    AgreeShare,
    AnyItem,
    ByChoice,
    RateGap,
    Scale,
    UpTo,
    WhenTrue,
)
from widgets.assessment.steps import (
    DECIDE_1,
    DECIDE_2,
    DECIDE_3,
    DECIDE_4,
    DECIDE_5,
    DO_IT_1,
    DO_IT_2,
    DO_IT_4,
    Step,
)

Kind = Literal["case", "risk"]
KINDS: tuple[Kind, ...] = ("case", "risk")


@dataclass(frozen=True)
class Criterion:
    """One scored criterion: its points at most, and the scale that grants them."""

    id: str
    kind: Kind
    step: Step
    max_points: float
    scale: Scale

    @property
    def label_key(self) -> str:
        """Catalogue key of the criterion's name."""
        return f"assessment.criteria.{self.id}"


CRITERIA: tuple[Criterion, ...] = (
    # The case: objective problems (part 1, steps 1 to 3), money and second opinion (step 4),
    # disrespect and deal-breakers (part 2).
    Criterion("late_payments", "case", DECIDE_1, 15, ByChoice("late_payments", FREQUENCY_SHARES)),
    Criterion("unpaid_extras", "case", DECIDE_2, 8, ByChoice("unpaid_extras", FREQUENCY_SHARES)),
    Criterion(
        "unrealistic_expectations",
        "case",
        DECIDE_2,
        8,
        ByChoice("unrealistic_expectations", FREQUENCY_SHARES),
    ),
    Criterion("not_worth_fee", "case", DECIDE_2, 8, ByChoice("not_worth_fee", FREQUENCY_SHARES)),
    Criterion("late_inputs", "case", DECIDE_3, 12, ByChoice("late_inputs", FREQUENCY_SHARES)),
    Criterion("disrespect", "case", DO_IT_2, 10, ByChoice("disrespect", FREQUENCY_SHARES)),
    Criterion("low_rate", "case", DECIDE_4, 12, RateGap(full_gap=50)),
    Criterion("second_opinion", "case", DECIDE_4, 12, AgreeShare()),
    Criterion("deal_breakers", "case", DO_IT_4, 15, AnyItem("deal_breakers_hit")),
    # The risk: influence (part 1, step 5), dependence on the revenue (step 4), a stake in
    # your company (part 2, step 1).
    Criterion("connections", "risk", DECIDE_5, 35, UpTo("connections", full_at=10)),
    Criterion("visibility", "risk", DECIDE_5, 25, ByChoice("visibility", VISIBILITY_SHARES)),
    Criterion("revenue_dependence", "risk", DECIDE_4, 25, UpTo("revenue_share", full_at=50)),
    Criterion("holds_stake", "risk", DO_IT_1, 15, WhenTrue("holds_stake")),
)

CRITERIA_BY_ID: dict[str, Criterion] = {criterion.id: criterion for criterion in CRITERIA}
