"""The assessment: scores, contributions, flags and next steps together."""

from __future__ import annotations

import pytest

from widgets.assessment.answers import Answers
from widgets.assessment.criteria import CRITERIA
from widgets.assessment.model import MODEL_VERSION, assess, combine, score
from widgets.assessment.thresholds import THRESHOLDS, case_band, risk_band

TRIED = {"tried_reset_expectations": True, "tried_frank_talk": True}
AGREED = {"consulted": 2, "agree_unsalvageable": 2}


def test_every_criterion_contributes_in_table_order() -> None:
    """The contributions list every criterion, even at zero points."""
    assert [c.id for c in assess(Answers()).contributions] == [c.id for c in CRITERIA]


def test_points_combine_as_a_probabilistic_sum() -> None:
    """The worst counts in full; each other covers its share of what is left to 100."""
    assert combine([70, 51]) == pytest.approx(70 + 51 * 0.30)
    assert combine([51, 70]) == pytest.approx(combine([70, 51]))
    assert combine([]) == 0
    assert combine([100, 40]) == 100


def test_the_case_score_is_the_rounded_combination_of_case_points() -> None:
    """Unpaid extras always (70) and late payments often (51) make 85.3, scored 85."""
    result = assess(Answers(unpaid_extras="always", late_payments="often"))
    case = combine(c.points for c in result.contributions if c.kind == "case")
    assert (round(case, 1), result.case_score) == (85.3, 85)


def test_one_severe_problem_is_a_strong_case_by_itself() -> None:
    """A single problem at "always" is enough: problems the client lacks do not dilute it."""
    result = assess(Answers(late_inputs="always"))
    assert result.case_band == "strong"


def test_two_occasional_problems_stay_minor_and_three_add_up() -> None:
    """Diminishing returns: friction stays minor until it becomes a pattern."""
    two = assess(Answers(late_payments="sometimes", late_inputs="sometimes"))
    three = assess(
        Answers(late_payments="sometimes", late_inputs="sometimes", disrespect="sometimes")
    )
    assert two.case_score < THRESHOLDS.case_real <= three.case_score


def test_scores_round_half_up() -> None:
    """Half a point rounds up, never to the nearest even number."""
    assert (score(12.5), score(13.5), score(-1), score(100.4)) == (13, 14, 0, 100)


@pytest.mark.parametrize(
    ("case", "band"), [(0, "weak"), (24, "weak"), (25, "real"), (59, "real"), (60, "strong")]
)
def test_case_bands(case: int, band: str) -> None:
    """Weak, real and strong case, from the thresholds."""
    assert case_band(case) == band


@pytest.mark.parametrize(
    ("risk", "band"), [(0, "low"), (24, "low"), (25, "moderate"), (49, "moderate"), (50, "high")]
)
def test_risk_bands(risk: int, band: str) -> None:
    """Low, moderate and high risk, from the thresholds."""
    assert risk_band(risk) == band


def test_the_model_version_is_reported() -> None:
    """Saved results say which model produced them."""
    assert assess(Answers()).model_version == MODEL_VERSION


def test_flags_are_raised_whatever_the_verdict() -> None:
    """A kept client who holds a stake still raises the professional-advice flag."""
    result = assess(Answers(holds_stake=True))
    assert (result.verdict, result.flags) == ("keep", ("professional_advice",))


def test_chain_reaction_flag_from_many_connections() -> None:
    """Many shared connections raise the chain-reaction flag."""
    assert "chain_reaction" in assess(Answers(connections=5)).flags
    assert "chain_reaction" not in assess(Answers(connections=4)).flags


def test_chain_reaction_flag_from_high_visibility() -> None:
    """A high profile raises the chain-reaction flag."""
    assert "chain_reaction" in assess(Answers(visibility="high")).flags


def test_revenue_dependence_flag_from_a_high_share() -> None:
    """A quarter of your revenue or more raises the dependence flag."""
    assert assess(Answers(revenue_share=25)).flags == ("revenue_dependence",)
    assert assess(Answers(revenue_share=24.9)).flags == ()


def test_fix_first_asks_for_the_remedy_due_first() -> None:
    """The first step is the remedy the problem calls for, not one it does not need."""
    result = assess(Answers(late_payments="always"))
    ids = [step.id for step in result.next_steps]
    assert ids[0] == "frank_talk"
    assert "reset_expectations" not in ids


def test_fix_first_skips_the_remedy_already_tried() -> None:
    """A remedy already tried is not suggested again."""
    result = assess(Answers(late_payments="always", unpaid_extras="always", tried_frank_talk=True))
    ids = [step.id for step in result.next_steps]
    assert ids[0] == "reset_expectations"
    assert "frank_talk" not in ids


def test_remedies_come_before_the_second_opinion() -> None:
    """With nothing tried and nobody asked, remedies first, then the check with others."""
    ids = [step.id for step in assess(Answers(unpaid_extras="often")).next_steps]
    assert ids[:2] == ["reset_expectations", "ask_second_opinion"]


def test_nobody_consulted_makes_the_second_opinion_the_first_step() -> None:
    """Remedies tried, nobody asked: the first thing to do is to ask one or two people."""
    result = assess(Answers(late_inputs="always", **TRIED, holds_stake=True))
    assert [step.id for step in result.next_steps][:2] == [
        "ask_second_opinion",
        "get_professional_advice",
    ]


def test_warning_steps_follow_the_flags() -> None:
    """Steps tied to a warning appear only when it is raised."""
    strong = {"late_payments": "always", "unpaid_extras": "always", "late_inputs": "always"}
    calm = assess(Answers(**strong, **TRIED, **AGREED, revenue_share=10))
    risky = assess(Answers(**strong, **TRIED, **AGREED, holds_stake=True, revenue_share=40))
    calm_ids = {step.id for step in calm.next_steps}
    risky_ids = {step.id for step in risky.next_steps}
    assert risky.verdict == "exit_with_care"
    assert {"get_professional_advice", "replace_revenue"} <= risky_ids
    assert "plan_for_reactions" not in risky_ids
    assert not {"get_professional_advice", "replace_revenue"} & calm_ids


def test_every_verdict_has_next_steps_to_playbook_sections() -> None:
    """Each verdict leads somewhere in the playbook."""
    for answers in (
        Answers(),
        Answers(late_payments="always"),
        Answers(late_payments="always", **TRIED, partner_wants_client=True),
        Answers(late_payments="always", **TRIED),
        Answers(late_payments="always", **TRIED, **AGREED, deal_breakers_hit=("x",)),
    ):
        result = assess(answers)
        assert result.next_steps, result.verdict
        assert all(step.step.page in ("decide", "do-it") for step in result.next_steps)


def test_one_problem_alone_keeps_its_exact_points() -> None:
    """10.5 points alone score 11 (half up), not 10 from a rounding error in the product."""
    assert combine([10.5]) == 10.5
    assert assess(Answers(not_worth_fee="sometimes")).case_score == 11
