"""The verdict rules, tried in order: the first one that applies gives the verdict."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from widgets.assessment.answers import Answers
from widgets.assessment.thresholds import THRESHOLDS

Verdict = Literal["keep", "fix_first", "hand_over", "exit_with_care", "exit"]
VERDICTS: tuple[Verdict, ...] = ("keep", "fix_first", "hand_over", "exit_with_care", "exit")


@dataclass(frozen=True)
class Facts:
    """What the rules look at: the answers, the scores and the raised flags."""

    answers: Answers
    case_points: float
    case_score: int
    risk_score: int
    flags: frozenset[str]

    @property
    def deal_breaker(self) -> bool:
        """The client has hit one of your written deal-breakers (part 2, step 4)."""
        return bool(self.answers.deal_breakers_hit)


@dataclass(frozen=True)
class VerdictRule:
    """One rule: the verdict it gives and when it applies."""

    id: str
    verdict: Verdict
    applies: Callable[[Facts], bool]


def _only_demanding(facts: Facts) -> bool:
    """Demanding or bossy, with no objective problem: the article says not to end it."""
    return facts.answers.only_demanding and facts.case_points == 0


def _weak_case(facts: Facts) -> bool:
    """Minor problems, and no deal-breaker."""
    return not facts.deal_breaker and facts.case_score < THRESHOLDS.case_weak


def _remedies_untried(facts: Facts) -> bool:
    """Real problems, but expectations were not reset or no frank talk was held."""
    answers = facts.answers
    tried = answers.tried_reset_expectations and answers.tried_frank_talk
    return not facts.deal_breaker and not tried


def _partner_wants_client(facts: Facts) -> bool:
    """Another partner would take the client over (part 1, step 4)."""
    return facts.answers.partner_wants_client


def _high_risk(facts: Facts) -> bool:
    """A high risk score, or any warning flag."""
    return facts.risk_score >= THRESHOLDS.risk_high or bool(facts.flags)


def _moderate_case(facts: Facts) -> bool:
    """A real but not strong case, and no deal-breaker."""
    return not facts.deal_breaker and facts.case_score < THRESHOLDS.case_strong


def _strong_case(facts: Facts) -> bool:
    """Whatever is left: a strong case (or a deal-breaker) and a manageable risk."""
    return True


VERDICT_RULES: tuple[VerdictRule, ...] = (
    VerdictRule("only_demanding", "keep", _only_demanding),
    VerdictRule("weak_case", "keep", _weak_case),
    VerdictRule("remedies_untried", "fix_first", _remedies_untried),
    VerdictRule("partner_wants_client", "hand_over", _partner_wants_client),
    VerdictRule("high_risk", "exit_with_care", _high_risk),
    VerdictRule("moderate_case", "exit_with_care", _moderate_case),
    VerdictRule("strong_case", "exit", _strong_case),
)


def first_rule(facts: Facts) -> VerdictRule:
    """The first rule, in order, that applies to ``facts``."""
    return next(rule for rule in VERDICT_RULES if rule.applies(facts))
