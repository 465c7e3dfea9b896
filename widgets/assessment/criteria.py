"""The criteria of the model: how much each one weighs and which step of the playbook it applies.

Each criterion gives points on its own, up to ``max_points`` (out of 100): a problem at full
strength is a case by itself. The model then combines the criteria of one kind as a
probabilistic sum (see ``model.combine``). Each case criterion names the remedy of part 1,
steps 2 and 3, that the playbook asks to try before any break, if it has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from widgets.assessment.scales import (
    FREQUENCY_SHARES,
    VISIBILITY_SHARES,
    AnyItem,
    ByChoice,
    RateGap,
    Scale,
    UpTo,
    WhenTrue,
)
from widgets.steps import (
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
# The answers that say a remedy was tried: resetting expectations (part 1, step 2) and the
# frank talk (part 1, step 3).
Remedy = Literal["tried_reset_expectations", "tried_frank_talk"]
REMEDIES: tuple[Remedy, ...] = ("tried_reset_expectations", "tried_frank_talk")
RESET: Remedy = "tried_reset_expectations"
TALK: Remedy = "tried_frank_talk"


@dataclass(frozen=True)
class Criterion:
    """One scored criterion: its points at most, the scale that grants them, its remedy."""

    id: str
    kind: Kind
    step: Step
    max_points: float
    scale: Scale
    remedy: Remedy | None = None

    @property
    def label_key(self) -> str:
        """Catalogue key of the criterion's name."""
        return f"assessment.criteria.{self.id}"


def _frequency(criterion_id: str, step: Step, max_points: float, remedy: Remedy) -> Criterion:
    """A problem scored by how often it happens."""
    scale = ByChoice(criterion_id, FREQUENCY_SHARES)
    return Criterion(criterion_id, "case", step, max_points, scale, remedy)


CRITERIA: tuple[Criterion, ...] = (
    # The case: objective problems (part 1, steps 1 to 3), money (step 4), disrespect and
    # deal-breakers (part 2). Money and the work the client owes you weigh most; a written
    # deal-breaker is, by definition, a reason to end it on its own.
    _frequency("late_payments", DECIDE_1, 85, TALK),
    _frequency("unpaid_extras", DECIDE_2, 70, RESET),
    _frequency("unrealistic_expectations", DECIDE_2, 70, RESET),
    _frequency("not_worth_fee", DECIDE_2, 70, RESET),
    _frequency("late_inputs", DECIDE_3, 80, TALK),
    _frequency("disrespect", DO_IT_2, 75, TALK),
    # A new rate or a new scope (step 4) is agreed by resetting expectations (step 2).
    Criterion("low_rate", "case", DECIDE_4, 80, RateGap(free_gap=10, full_gap=50), RESET),
    Criterion("deal_breakers", "case", DO_IT_4, 90, AnyItem("deal_breakers_hit")),
    # The risk: influence (part 1, step 5), dependence on the revenue (step 4), a stake in
    # your company (part 2, step 1).
    Criterion("connections", "risk", DECIDE_5, 60, UpTo("connections", full_at=10)),
    Criterion("visibility", "risk", DECIDE_5, 50, ByChoice("visibility", VISIBILITY_SHARES)),
    Criterion("revenue_dependence", "risk", DECIDE_4, 60, UpTo("revenue_share", full_at=50)),
    Criterion("holds_stake", "risk", DO_IT_1, 60, WhenTrue("holds_stake")),
)

CRITERIA_BY_ID: dict[str, Criterion] = {criterion.id: criterion for criterion in CRITERIA}
