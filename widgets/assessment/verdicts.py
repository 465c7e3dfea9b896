"""The verdict rules, tried in the playbook's order: the first one that applies gives the verdict.

Part 1 of the playbook sets the order: judge on facts (step 1), try the remedies (steps 2
and 3), check your judgement with others (step 4), weigh the risk (steps 4 and 5). A
written deal-breaker (part 2, step 4) skips the remedies, never the check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from widgets.assessment.answers import Answers
from widgets.assessment.criteria import Remedy
from widgets.assessment.thresholds import THRESHOLDS

Verdict = Literal["keep", "fix_first", "hand_over", "exit_with_care", "exit"]
VERDICTS: tuple[Verdict, ...] = ("keep", "fix_first", "hand_over", "exit_with_care", "exit")
# The verdicts that end the relationship in one way or another.
EXIT_FAMILY: frozenset[Verdict] = frozenset({"hand_over", "exit_with_care", "exit"})
# What the second opinion of part 1, step 4 says about the case.
Opinion = Literal["not_checked", "confirmed", "contested"]
OPINIONS: tuple[Opinion, ...] = ("not_checked", "confirmed", "contested")


def second_opinion(answers: Answers) -> Opinion:
    """Nobody consulted, enough of them find it beyond saving, or too few do."""
    if answers.consulted <= 0:
        return "not_checked"
    agreeing = answers.agree_unsalvageable * 100
    return "confirmed" if agreeing >= THRESHOLDS.agree_share * answers.consulted else "contested"


@dataclass(frozen=True)
class Facts:
    """What the rules look at: the answers, the scores, the problems and the raised flags."""

    answers: Answers
    case_points: float
    case_score: int
    risk_score: int
    flags: frozenset[str]
    # The remedies the problems behind the case call for and that were not tried yet.
    remedies_due: tuple[Remedy, ...] = ()

    @property
    def deal_breaker(self) -> bool:
        """The client has hit one of your written deal-breakers (part 2, step 4)."""
        return bool(self.answers.deal_breakers_hit)

    @property
    def opinion(self) -> Opinion:
        """What the people consulted think (part 1, step 4)."""
        return second_opinion(self.answers)


@dataclass(frozen=True)
class VerdictRule:
    """One rule: the verdict it gives and when it applies."""

    id: str
    verdict: Verdict
    applies: Callable[[Facts], bool]


def _only_demanding(facts: Facts) -> bool:
    """Demanding or bossy, with no objective problem: the playbook says not to end it."""
    return facts.answers.only_demanding and facts.case_points == 0


def _weak_case(facts: Facts) -> bool:
    """No real problem, and the minor ones do not add up to a real case."""
    return facts.case_score < THRESHOLDS.case_real


def _remedies_untried(facts: Facts) -> bool:
    """A real case, and a remedy it calls for was not tried; a deal-breaker skips this."""
    return not facts.deal_breaker and bool(facts.remedies_due)


def _partner_wants_client(facts: Facts) -> bool:
    """Another partner would take the client over (part 1, step 4)."""
    return facts.answers.partner_wants_client


def _not_checked(facts: Facts) -> bool:
    """Nobody was consulted: the case rests on your opinion alone."""
    return facts.opinion == "not_checked"


def _opinions_differ(facts: Facts) -> bool:
    """Most of the people consulted think the relationship can still be saved."""
    return facts.opinion == "contested"


def _warning_raised(facts: Facts) -> bool:
    """A warning flag: a stake in your company, a chain reaction or revenue dependence."""
    return bool(facts.flags)


def _high_risk(facts: Facts) -> bool:
    """A high risk score."""
    return facts.risk_score >= THRESHOLDS.risk_high


def _moderate_case(facts: Facts) -> bool:
    """A real case that falls short of a strong one (a deal-breaker always makes it strong)."""
    return facts.case_score < THRESHOLDS.case_strong


def _strong_case(facts: Facts) -> bool:
    """Whatever is left: a strong case, checked with others, and a manageable risk."""
    return True


VERDICT_RULES: tuple[VerdictRule, ...] = (
    VerdictRule("only_demanding", "keep", _only_demanding),
    VerdictRule("weak_case", "keep", _weak_case),
    VerdictRule("remedies_untried", "fix_first", _remedies_untried),
    VerdictRule("partner_wants_client", "hand_over", _partner_wants_client),
    VerdictRule("not_checked", "exit_with_care", _not_checked),
    VerdictRule("opinions_differ", "exit_with_care", _opinions_differ),
    VerdictRule("warning_raised", "exit_with_care", _warning_raised),
    VerdictRule("high_risk", "exit_with_care", _high_risk),
    VerdictRule("moderate_case", "exit_with_care", _moderate_case),
    VerdictRule("strong_case", "exit", _strong_case),
)
VERDICT_RULES_BY_ID: dict[str, VerdictRule] = {rule.id: rule for rule in VERDICT_RULES}


def first_rule(facts: Facts) -> VerdictRule:
    """The first rule, in order, that applies to ``facts``."""
    return next(rule for rule in VERDICT_RULES if rule.applies(facts))
