"""The verdict rules, one definition at a time, and their order."""

from __future__ import annotations

from typing import Any

from widgets.assessment.answers import Answers
from widgets.assessment.model import assess
from widgets.assessment.thresholds import THRESHOLDS
from widgets.assessment.verdicts import (
    VERDICT_RULES,
    VERDICTS,
    Facts,
    first_rule,
    second_opinion,
)

# One problem at full strength: a strong case on its own.
STRONG: dict[str, Any] = {"late_inputs": "always"}
# One problem that happens often: a real case, not a strong one.
REAL: dict[str, Any] = {"unpaid_extras": "often"}
# Occasional friction: minor problems.
WEAK: dict[str, Any] = {"late_payments": "sometimes", "unpaid_extras": "sometimes"}
TRIED: dict[str, Any] = {"tried_reset_expectations": True, "tried_frank_talk": True}
AGREED: dict[str, Any] = {"consulted": 2, "agree_unsalvageable": 2}
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
    """A client who is only demanding or bossy is kept, as the playbook advises."""
    assert (verdict_for(only_demanding=True), rule_for(only_demanding=True)) == (
        "keep",
        "only_demanding",
    )


def test_only_demanding_does_not_hide_objective_problems() -> None:
    """Objective answers outweigh the "only demanding" box."""
    assert verdict_for(only_demanding=True, **REAL) == "fix_first"


def test_keep_when_the_case_is_weak() -> None:
    """Minor problems keep the client."""
    assert (verdict_for(**WEAK), rule_for(**WEAK)) == ("keep", "weak_case")


def test_weak_case_ends_at_its_threshold() -> None:
    """A case score at the real threshold is no longer weak."""
    below = first_rule(facts(THRESHOLDS.case_real - 1, **TRIED, **AGREED))
    at = first_rule(facts(THRESHOLDS.case_real, **TRIED, **AGREED))
    assert (below.id, at.id) == ("weak_case", "moderate_case")


def test_a_deal_breaker_is_never_kept() -> None:
    """A written deal-breaker lifts even a weak case out of "keep" and past the remedies."""
    assert verdict_for(**WEAK, **DEAL_BREAKER) not in ("keep", "fix_first")


def test_a_blank_form_keeps_the_client() -> None:
    """With no problem at all, there is nothing to end."""
    assert verdict_for() == "keep"


# fix_first
def test_one_real_problem_calls_for_its_remedy_first() -> None:
    """One problem marked "often", nothing tried: fix first, whatever the total."""
    assert (verdict_for(**REAL), rule_for(**REAL)) == ("fix_first", "remedies_untried")


def test_a_strong_case_still_calls_for_the_remedies_first() -> None:
    """Severity makes the case; the playbook still asks for remedies before any exit."""
    assert verdict_for(**STRONG, **AGREED) == "fix_first"


def test_only_the_remedy_the_problem_calls_for_is_due() -> None:
    """Late inputs (step 3) call for the frank talk; resetting expectations does not treat them."""
    assert verdict_for(**STRONG, **AGREED, tried_reset_expectations=True) == "fix_first"
    assert verdict_for(**STRONG, **AGREED, tried_frank_talk=True) == "exit"


def test_minor_problems_behind_a_real_case_call_for_their_remedies() -> None:
    """Three occasional problems add up to a real case: their remedies are due."""
    minor = {"late_payments": "sometimes", "late_inputs": "sometimes", "disrespect": "sometimes"}
    assert assess(Answers(**minor)).case_score >= THRESHOLDS.case_real
    assert verdict_for(**minor) == "fix_first"
    assert verdict_for(**minor, tried_frank_talk=True, **AGREED) != "fix_first"


def test_a_low_rate_calls_for_resetting_expectations() -> None:
    """A new rate or scope is agreed by resetting expectations before ending it."""
    half_rate = {"annual_revenue": 6000, "hours_per_month": 10, "standard_rate": 100}
    assert verdict_for(**half_rate) == "fix_first"
    assert verdict_for(**half_rate, tried_reset_expectations=True, **AGREED) == "exit"


def test_a_deal_breaker_skips_fix_first() -> None:
    """A deal-breaker hit needs no further remedy."""
    assert verdict_for(**REAL, **DEAL_BREAKER, **AGREED) == "exit"


# hand_over
def test_hand_over_when_a_partner_wants_the_client() -> None:
    """A partner who wants the client turns the exit into a transfer."""
    assert verdict_for(**STRONG, **TRIED, **AGREED, partner_wants_client=True) == "hand_over"


def test_hand_over_wins_over_a_high_risk() -> None:
    """A transfer suits risky clients too: nothing is broken off."""
    answers = {**STRONG, **TRIED, "partner_wants_client": True, "visibility": "high"}
    assert verdict_for(**answers) == "hand_over"


def test_no_hand_over_without_a_case() -> None:
    """A partner's interest does not turn "keep" into a transfer."""
    assert verdict_for(partner_wants_client=True) == "keep"


def test_remedies_come_before_a_hand_over() -> None:
    """The playbook's order: remedies (steps 2-3) before a second opinion (step 4)."""
    assert verdict_for(**STRONG, partner_wants_client=True) == "fix_first"


# exit_with_care
def test_nobody_consulted_is_not_yet_checked() -> None:
    """Remedies tried, but nobody asked: the case is not checked, so no plain exit."""
    answers = {**STRONG, **TRIED}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit_with_care", "not_checked")


def test_people_who_think_it_can_be_saved_call_for_care() -> None:
    """Fewer than half of the people consulted agreeing: they see a way to save it."""
    answers = {**STRONG, **TRIED, "consulted": 3, "agree_unsalvageable": 1}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit_with_care", "opinions_differ")


def test_the_second_opinion_confirms_from_its_threshold() -> None:
    """Half of the people consulted agreeing confirms the case; fewer does not."""
    assert second_opinion(Answers(consulted=2, agree_unsalvageable=1)) == "confirmed"
    assert second_opinion(Answers(consulted=3, agree_unsalvageable=1)) == "contested"
    assert second_opinion(Answers()) == "not_checked"


def test_exit_with_care_when_the_risk_score_is_high() -> None:
    """Several moderate risks, none a warning on its own, add up to a high risk."""
    answers = {**STRONG, **TRIED, **AGREED, "connections": 4, "visibility": "medium"}
    answers["revenue_share"] = 20
    assert assess(Answers(**answers)).flags == ()
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit_with_care", "high_risk")


def test_high_risk_starts_at_its_threshold() -> None:
    """A risk score at the threshold is high; just below, it is not."""
    strong = THRESHOLDS.case_strong
    assert first_rule(facts(strong, THRESHOLDS.risk_high, **TRIED, **AGREED)).id == "high_risk"
    below = first_rule(facts(strong, THRESHOLDS.risk_high - 1, **TRIED, **AGREED))
    assert below.id == "strong_case"


def test_exit_with_care_when_the_client_holds_a_stake() -> None:
    """A stake in your company raises a flag, which alone calls for care."""
    answers = {**STRONG, **TRIED, **AGREED, "holds_stake": True}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit_with_care", "warning_raised")


def test_exit_with_care_when_you_depend_on_the_revenue() -> None:
    """A high revenue share alone calls for care."""
    share = THRESHOLDS.revenue_share_high
    assert verdict_for(**STRONG, **TRIED, **AGREED, revenue_share=share) == "exit_with_care"


def test_exit_with_care_when_the_case_is_only_real() -> None:
    """Real, persisting problems that fall short of a strong case: leave gently."""
    answers = {**REAL, **TRIED, **AGREED}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit_with_care", "moderate_case")


# exit
def test_exit_when_every_check_is_met() -> None:
    """A strong case, remedies tried, a confirmed opinion and a low risk: end it."""
    answers = {**STRONG, **TRIED, **AGREED}
    assert (verdict_for(**answers), rule_for(**answers)) == ("exit", "strong_case")


def test_strong_case_starts_at_its_threshold() -> None:
    """A case score at the strong threshold is strong; just below, it is only real."""
    assert first_rule(facts(THRESHOLDS.case_strong, **TRIED, **AGREED)).id == "strong_case"
    assert first_rule(facts(THRESHOLDS.case_strong - 1, **TRIED, **AGREED)).id == "moderate_case"


def test_a_deal_breaker_makes_a_strong_case() -> None:
    """With a deal-breaker hit, the case is strong whatever else is answered."""
    assert assess(Answers(**DEAL_BREAKER)).case_score >= THRESHOLDS.case_strong
    assert verdict_for(**DEAL_BREAKER, **AGREED) == "exit"


def test_a_deal_breaker_still_needs_a_second_opinion() -> None:
    """A deal-breaker skips the remedies, never the check with others."""
    assert rule_for(**DEAL_BREAKER) == "not_checked"


# the rules as data
def test_rules_are_tried_in_the_documented_order() -> None:
    """The order of the rules is part of the model: the playbook's order."""
    assert [rule.id for rule in VERDICT_RULES] == [
        "only_demanding",
        "weak_case",
        "remedies_untried",
        "partner_wants_client",
        "not_checked",
        "opinions_differ",
        "warning_raised",
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
    """Each band starts above the one before it."""
    assert 0 < THRESHOLDS.case_real < THRESHOLDS.case_strong <= 100
    assert 0 < THRESHOLDS.risk_moderate < THRESHOLDS.risk_high <= 100
    assert 0 < THRESHOLDS.agree_share <= 100
