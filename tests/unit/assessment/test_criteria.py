"""The criteria: weights, steps and scales."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.assessment.answers import Answers
from widgets.assessment.criteria import CRITERIA, CRITERIA_BY_ID, REMEDIES
from widgets.assessment.scales import FREQUENCY_SHARES
from widgets.assessment.thresholds import THRESHOLDS

FREQUENCY_CRITERIA = [
    c.id for c in CRITERIA if getattr(c.scale, "shares", None) is FREQUENCY_SHARES
]


def points(criterion: str, **answers: Any) -> float:
    """The points one criterion gives for these answers."""
    spec = CRITERIA_BY_ID[criterion]
    return spec.scale.share(Answers(**answers)) * spec.max_points


@pytest.mark.parametrize("criterion", [c for c in CRITERIA if c.kind == "case"])
def test_every_problem_at_full_strength_is_a_strong_case_on_its_own(criterion: Any) -> None:
    """One severe, persistent problem is a case by itself: its maximum reaches the strong band."""
    assert THRESHOLDS.case_strong <= criterion.max_points <= 100


@pytest.mark.parametrize("criterion", [c for c in CRITERIA if c.kind == "risk"])
def test_every_risk_stays_within_the_scale(criterion: Any) -> None:
    """A risk criterion gives at most 100 points on its own."""
    assert 0 < criterion.max_points <= 100


@pytest.mark.parametrize("criterion", FREQUENCY_CRITERIA)
def test_often_is_a_real_problem_and_sometimes_is_not(criterion: str) -> None:
    """Often is a real problem on its own; sometimes is the friction of any relationship."""
    assert points(criterion, **{criterion: "often"}) >= THRESHOLDS.case_real
    assert points(criterion, **{criterion: "sometimes"}) < THRESHOLDS.case_real


@pytest.mark.parametrize(
    ("criterion", "kind", "page", "anchor"),
    [
        ("late_payments", "case", "decide", "step-1"),
        ("unpaid_extras", "case", "decide", "step-2"),
        ("unrealistic_expectations", "case", "decide", "step-2"),
        ("not_worth_fee", "case", "decide", "step-2"),
        ("late_inputs", "case", "decide", "step-3"),
        ("disrespect", "case", "do-it", "step-2"),
        ("low_rate", "case", "decide", "step-4"),
        ("deal_breakers", "case", "do-it", "step-4"),
        ("connections", "risk", "decide", "step-5"),
        ("visibility", "risk", "decide", "step-5"),
        ("revenue_dependence", "risk", "decide", "step-4"),
        ("holds_stake", "risk", "do-it", "step-1"),
    ],
)
def test_each_criterion_points_to_its_step(
    criterion: str, kind: str, page: str, anchor: str
) -> None:
    """Criterion ids, kinds and steps are fixed: other code maps them."""
    spec = CRITERIA_BY_ID[criterion]
    assert (spec.kind, spec.step.page, spec.step.anchor) == (kind, page, anchor)


def test_the_criteria_are_exactly_the_documented_ones() -> None:
    """No criterion is added or lost silently."""
    assert len(CRITERIA) == len(CRITERIA_BY_ID) == 12


@pytest.mark.parametrize(
    ("criterion", "remedy"),
    [
        ("late_payments", "tried_frank_talk"),
        ("unpaid_extras", "tried_reset_expectations"),
        ("unrealistic_expectations", "tried_reset_expectations"),
        ("not_worth_fee", "tried_reset_expectations"),
        ("late_inputs", "tried_frank_talk"),
        ("disrespect", "tried_frank_talk"),
        ("low_rate", "tried_reset_expectations"),
        ("deal_breakers", None),
    ],
)
def test_each_problem_names_the_remedy_to_try_first(criterion: str, remedy: str | None) -> None:
    """Step 2 resets expectations (and the rate), step 3 is the frank talk; deal-breakers skip."""
    assert CRITERIA_BY_ID[criterion].remedy == remedy


def test_risks_have_no_remedy() -> None:
    """Remedies treat problems, not risks."""
    assert all(c.remedy is None for c in CRITERIA if c.kind == "risk")
    assert {c.remedy for c in CRITERIA if c.remedy} == set(REMEDIES)


def test_frequencies_earn_their_shares_of_the_points() -> None:
    """Never, sometimes, often, always: none, a little, most, all."""
    full = CRITERIA_BY_ID["late_payments"].max_points
    earned = [
        points("late_payments", late_payments=f) for f in ("never", "sometimes", "often", "always")
    ]
    assert earned == pytest.approx([0, 0.15 * full, 0.6 * full, full])


def test_low_rate_is_full_at_half_the_standard_rate() -> None:
    """An effective rate half the standard rate earns every point."""
    full = CRITERIA_BY_ID["low_rate"].max_points
    assert points("low_rate", annual_revenue=6000, hours_per_month=10, standard_rate=100) == full


def test_low_rate_is_proportional_in_between() -> None:
    """70 % of the standard rate, halfway between the free gap and the full one, earns half."""
    full = CRITERIA_BY_ID["low_rate"].max_points
    earned = points("low_rate", annual_revenue=8400, hours_per_month=10, standard_rate=100)
    assert earned == pytest.approx(full / 2)


def test_a_small_rate_gap_earns_nothing() -> None:
    """Up to 10 % below the standard rate (a discount, an estimate off) is no problem."""
    assert points("low_rate", annual_revenue=10_800, hours_per_month=10, standard_rate=100) == 0


def test_a_quarter_below_the_standard_rate_is_a_real_problem() -> None:
    """A large rate gap is a real problem on its own, as step 4 says."""
    earned = points("low_rate", annual_revenue=9000, hours_per_month=10, standard_rate=100)
    assert THRESHOLDS.case_real <= earned < THRESHOLDS.case_strong


def test_a_rate_at_or_above_standard_earns_nothing() -> None:
    """A client paying your rate, or more, is no case."""
    assert points("low_rate", annual_revenue=24000, hours_per_month=10, standard_rate=100) == 0


def test_unknown_money_earns_nothing() -> None:
    """Unknown amounts contribute no point."""
    assert points("low_rate", annual_revenue=1000) == 0
    assert points("revenue_dependence") == 0


def test_one_deal_breaker_earns_every_point() -> None:
    """A single deal-breaker hit is enough."""
    full = CRITERIA_BY_ID["deal_breakers"].max_points
    assert points("deal_breakers", deal_breakers_hit=("x",)) == full


def test_connections_saturate() -> None:
    """Beyond the saturation point, more connections add nothing."""
    full = CRITERIA_BY_ID["connections"].max_points
    assert points("connections", connections=10) == points("connections", connections=500) == full


def test_visibility_scores_by_level() -> None:
    """Low, medium and high visibility earn none, half and all the points."""
    full = CRITERIA_BY_ID["visibility"].max_points
    levels = [points("visibility", visibility=v) for v in ("low", "medium", "high")]
    assert levels == [0, full / 2, full]


def test_a_stake_earns_every_point() -> None:
    """A client holding a stake adds all the stake points to the risk."""
    assert points("holds_stake", holds_stake=True) == CRITERIA_BY_ID["holds_stake"].max_points
