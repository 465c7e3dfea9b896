"""The assessment: scores, contributions, flags and next steps together."""

from __future__ import annotations

from widgets.assessment.answers import Answers
from widgets.assessment.criteria import CRITERIA
from widgets.assessment.model import MODEL_VERSION, assess

TRIED = {"tried_reset_expectations": True, "tried_frank_talk": True}


def test_every_criterion_contributes_in_table_order() -> None:
    """The contributions list every criterion, even at zero points."""
    assert [c.id for c in assess(Answers()).contributions] == [c.id for c in CRITERIA]


def test_case_score_is_the_rounded_sum_of_case_points() -> None:
    """5 + 2.67 case points round to a case score of 8."""
    result = assess(Answers(late_payments="sometimes", unpaid_extras="sometimes"))
    case = sum(c.points for c in result.contributions if c.kind == "case")
    assert (round(case, 2), result.case_score) == (7.67, 8)


def test_scores_round_half_up() -> None:
    """Half a point rounds up, never to the nearest even number."""
    assert assess(Answers(visibility="medium")).risk_score == 13


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


def test_fix_first_skips_the_remedy_already_tried() -> None:
    """A remedy already tried is not suggested again."""
    result = assess(Answers(late_payments="always", tried_reset_expectations=True))
    ids = [step.id for step in result.next_steps]
    assert "frank_talk" in ids
    assert "reset_expectations" not in ids


def test_warning_steps_follow_the_flags() -> None:
    """Steps tied to a warning appear only when it is raised."""
    strong = {"late_payments": "always", "unpaid_extras": "always", "late_inputs": "always"}
    calm = assess(Answers(**strong, **TRIED, consulted=2, agree_unsalvageable=2, revenue_share=10))
    risky = assess(Answers(**strong, **TRIED, holds_stake=True, revenue_share=40))
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
        Answers(late_payments="always", **TRIED, deal_breakers_hit=("x",)),
    ):
        result = assess(answers)
        assert result.next_steps, result.verdict
        assert all(step.step.page in ("decide", "do-it") for step in result.next_steps)
