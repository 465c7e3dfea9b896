"""The criteria: weights, steps and scales."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.assessment.answers import Answers
from widgets.assessment.criteria import CRITERIA, CRITERIA_BY_ID


def points(criterion: str, **answers: Any) -> float:
    """The points one criterion gives for these answers."""
    spec = CRITERIA_BY_ID[criterion]
    return spec.scale.share(Answers(**answers)) * spec.max_points


@pytest.mark.parametrize("kind", ["case", "risk"])
def test_each_family_weighs_100_points(kind: str) -> None:
    """Scores are out of 100 because the weights add up to 100."""
    assert sum(c.max_points for c in CRITERIA if c.kind == kind) == 100


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
        ("second_opinion", "case", "decide", "step-4"),
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
    assert len(CRITERIA) == len(CRITERIA_BY_ID) == 13


def test_frequencies_earn_thirds_of_the_points() -> None:
    """Never, sometimes, often, always: 0, a third, two thirds, all."""
    full = CRITERIA_BY_ID["late_payments"].max_points
    earned = [
        points("late_payments", late_payments=f) for f in ("never", "sometimes", "often", "always")
    ]
    assert earned == pytest.approx([0, full / 3, 2 * full / 3, full])


def test_low_rate_is_full_at_half_the_standard_rate() -> None:
    """An effective rate half the standard rate earns every point."""
    full = CRITERIA_BY_ID["low_rate"].max_points
    assert points("low_rate", annual_revenue=6000, hours_per_month=10, standard_rate=100) == full


def test_low_rate_is_proportional_in_between() -> None:
    """75 % of the standard rate earns half the points."""
    full = CRITERIA_BY_ID["low_rate"].max_points
    earned = points("low_rate", annual_revenue=9000, hours_per_month=10, standard_rate=100)
    assert earned == pytest.approx(full / 2)


def test_a_rate_at_or_above_standard_earns_nothing() -> None:
    """A client paying your rate, or more, is no case."""
    assert points("low_rate", annual_revenue=24000, hours_per_month=10, standard_rate=100) == 0


def test_unknown_money_earns_nothing() -> None:
    """Unknown amounts contribute no point."""
    assert points("low_rate", annual_revenue=1000) == 0
    assert points("revenue_dependence") == 0


def test_second_opinion_is_the_agreeing_share() -> None:
    """Three people of four agreeing earn three quarters of the points."""
    full = CRITERIA_BY_ID["second_opinion"].max_points
    assert points("second_opinion", consulted=4, agree_unsalvageable=3) == pytest.approx(
        full * 0.75
    )


def test_nobody_consulted_earns_nothing() -> None:
    """No second opinion, no point."""
    assert points("second_opinion") == 0


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
