"""The verdict rules, one definition at a time, and their order."""

from __future__ import annotations

from typing import Any

from widgets.assessment.answers import Answers
from widgets.assessment.model import assess
from widgets.assessment.thresholds import THRESHOLDS
from widgets.assessment.verdicts import VERDICT_RULES, VERDICTS, Facts, first_rule

# Case points: 15 + 8 + 8 + 8 + 12 = 51, a strong case.
STRONG: dict[str, Any] = {
    "late_payments": "always",
    "unpaid_extras": "always",
    "unrealistic_expectations": "always",
    "not_worth_fee": "always",
    "late_inputs": "always",
}
# Case points: 15 + 8 = 23, a real but not strong case.
MODERATE: dict[str, Any] = {"late_payments": "always", "late_inputs": "often"}
# Case points: 5 + 2.7, minor problems.
WEAK: dict[str, Any] = {"late_payments": "sometimes", "unpaid_extras": "sometimes"}
TRIED: dict[str, Any] = {"tried_reset_expectations": True, "tried_frank_talk": True}
DEAL_BREAKER: dict[str, Any] = {"deal_breakers_hit": ("Insults our staff",)}


def rule_for(**answers: Any) -> str:
    """The id of the rule that decides for these answers."""
    return assess(Answers(**answers)).rule


def verdict_for(**answers: Any) -> str:
    """The verdict for these answers."""
    return assess(Answers(**answers)).verdict


def facts(case_score: int, risk_score: int = 0, **answers: Any) -> Facts:
    """Facts with chosen scores, to test a rule at its threshold."""
    return Facts(Answers(**answers), float(case_score), case_score, risk_score, frozenset())


# keep
def test_keep_when_only_demanding_without_objective_problem() -> None:
    """A client who is only demanding or bossy is kept, as the article advises."""
    assert (verdict_for(only_demanding=True), rule_for(only_demanding=True)) == (
        "keep",
        "only_demanding",
    )


def test_only_demanding_does_not_hide_objective_problems() -> None:
    """Objective answers outweigh the "only demanding" box."""
    assert verdict_for(only_demanding=True, **MODERATE, **TRIED) != "keep"


def test_keep_when_the_case_is_weak() -> None:
    """Minor problems keep the client."""
    assert (verdict_for(**WEAK), rule_for(**WEAK)) == ("keep", "weak_case")


def test_weak_case_ends_at_its_threshold() -> None:
    """A case score at the weak threshold is no longer weak."""
    below = first_rule(facts(THRESHOLDS.case_weak - 1, **TRIED))
    at = first_rule(facts(THRESHOLDS.case_weak, **TRIED))
    assert (below.id, at.id) == ("weak_case", "moderate_case")


def test_a_deal_breaker_is_never_kept() -> None:
    """A written deal-breaker lifts even a weak case out of "keep"."""
    assert verdict_for(**WEAK, **DEAL_BREAKER) not in ("keep", "fix_first")


def test_a_blank_form_keeps_the_client() -> None:
    """With no problem at all, there is nothing to end."""
    assert verdict_for() == "keep"


# fix_first
def test_fix_first_when_no_remedy_was_tried() -> None:
    """Real problems with no remedy tried: fix first."""
    assert (verdict_for(**MODERATE), rule_for(**MODERATE)) == ("fix_first", "remedies_untried")


def test_fix_first_when_only_one_remedy_was_tried() -> None:
    """Both remedies are needed, even with a strong case."""
    assert verdict_for(**STRONG, tried_reset_expectations=True) == "fix_first"
    assert verdict_for(**STRONG, tried_frank_talk=True) == "fix_first"


def test_a_deal_breaker_skips_fix_first() -> None:
    """A deal-breaker hit needs no further remedy."""
    assert verdict_for(**MODERATE, **DEAL_BREAKER) == "exit"


# hand_over
def test_hand_over_when_a_partner_wants_the_client() -> None:
    """A partner who wants the client turns the exit into a transfer."""
    assert verdict_for(**STRONG, **TRIED, partner_wants_client=True) == "hand_over"


def test_hand_over_wins_over_a_high_risk() -> None:
    """A transfer suits risky clients too: nothing is broken off."""
    answers = {**STRONG, **TRIED, "partner_wants_client": True, "visibility": "high"}
    assert verdict_for(**answers) == "hand_over"


def test_no_hand_over_without_a_case() -> None:
    """A partner's interest does not turn "keep" into a transfer."""
    assert verdict_for(partner_wants_client=True) == "keep"


def test_remedies_come_before_a_hand_over() -> None:
    """The article's order: remedies (steps 2-3) before a second opinion (step 4)."""
    assert verdict_for(**STRONG, partner_wants_client=True) == "fix_first"


# exit_with_care
def test_exit_with_care_when_the_risk_score_is_high() -> None:
    """A strong case with a high risk calls for care."""
    answers = {**STRONG, **TRIED, "connections": 10, "visibility": "high"}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit_with_care", "high_risk")


def test_high_risk_starts_at_its_threshold() -> None:
    """A risk score at the threshold is high; just below, it is not."""
    strong = THRESHOLDS.case_strong
    assert first_rule(facts(strong, THRESHOLDS.risk_high, **TRIED)).id == "high_risk"
    assert first_rule(facts(strong, THRESHOLDS.risk_high - 1, **TRIED)).id == "strong_case"


def test_exit_with_care_when_the_client_holds_a_stake() -> None:
    """A stake in your company raises a flag, which alone calls for care."""
    assert verdict_for(**STRONG, **TRIED, holds_stake=True) == "exit_with_care"


def test_exit_with_care_when_you_depend_on_the_revenue() -> None:
    """A high revenue share alone calls for care."""
    share = THRESHOLDS.revenue_share_high
    assert verdict_for(**STRONG, **TRIED, revenue_share=share) == "exit_with_care"


def test_exit_with_care_when_the_case_is_only_moderate() -> None:
    """Real, persisting problems that fall short of a strong case: leave gently."""
    answers = {**MODERATE, **TRIED}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit_with_care", "moderate_case")


# exit
def test_exit_when_the_case_is_strong_and_the_risk_manageable() -> None:
    """A strong case, remedies tried and a low risk: end the relationship."""
    answers = {**STRONG, **TRIED}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit", "strong_case")


def test_strong_case_starts_at_its_threshold() -> None:
    """A case score at the strong threshold is strong; just below, it is moderate."""
    assert first_rule(facts(THRESHOLDS.case_strong, **TRIED)).id == "strong_case"
    assert first_rule(facts(THRESHOLDS.case_strong - 1, **TRIED)).id == "moderate_case"


def test_a_deal_breaker_makes_a_strong_case() -> None:
    """With a deal-breaker hit, a moderate case is enough to exit."""
    assert verdict_for(**MODERATE, **TRIED, **DEAL_BREAKER) == "exit"


# the rules as data
def test_rules_are_tried_in_the_documented_order() -> None:
    """The order of the rules is part of the model."""
    assert [rule.id for rule in VERDICT_RULES] == [
        "only_demanding",
        "weak_case",
        "remedies_untried",
        "partner_wants_client",
        "high_risk",
        "moderate_case",
        "strong_case",
    ]


def test_every_verdict_has_a_rule() -> None:
    """Each of the five verdicts can be reached."""
    assert {rule.verdict for rule in VERDICT_RULES} == set(VERDICTS)


def test_the_last_rule_always_applies() -> None:
    """Some rule always decides."""
    assert VERDICT_RULES[-1].applies(facts(0))


def test_thresholds_are_ordered() -> None:
    """A weak case is below a strong one."""
    assert 0 < THRESHOLDS.case_weak < THRESHOLDS.case_strong <= 100
