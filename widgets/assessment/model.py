"""The assessment itself: answers in, scores, verdict, next steps and what would change out.

Each criterion gives points on its own (``Contribution.points``); the criteria of one kind
combine as a probabilistic sum, 100 * (1 - prod(1 - points / 100)). The worst problem counts
in full and each other one covers its share of what is left to 100, so one severe problem
makes a case by itself and several add up with diminishing returns.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from widgets.assessment.answers import Answers
from widgets.assessment.changes import Change, what_would_change
from widgets.assessment.criteria import CRITERIA, REMEDIES, Criterion, Kind, Remedy
from widgets.assessment.flags import FLAGS
from widgets.assessment.money import Money, money_figures
from widgets.assessment.next_steps import NextStep, next_steps
from widgets.assessment.thresholds import (
    THRESHOLDS,
    CaseBand,
    RiskBand,
    case_band,
    risk_band,
)
from widgets.assessment.verdicts import Facts, Verdict, VerdictRule, first_rule
from widgets.steps import Step

# Changes whenever a weight, a threshold or a rule changes, so saved results stay explicable.
MODEL_VERSION = "2.0.0"


@dataclass(frozen=True)
class Contribution:
    """The points one criterion gives on its own, out of its maximum."""

    id: str
    kind: Kind
    points: float
    max_points: float
    step: Step


@dataclass(frozen=True)
class Assessment:
    """The language-neutral outcome of one assessment."""

    model_version: str
    verdict: Verdict
    rule: str
    case_score: int
    risk_score: int
    case_band: CaseBand
    risk_band: RiskBand
    contributions: tuple[Contribution, ...]
    money: Money
    flags: tuple[str, ...]
    next_steps: tuple[NextStep, ...]
    what_would_change: tuple[Change, ...]
    facts: Facts


def combine(points: Iterable[float]) -> float:
    """The probabilistic sum of points out of 100: 100 * (1 - prod(1 - p / 100)).

    Computed worst first, each other share added in proportion to what is left to 100: the
    same sum, with the worst problem's points kept exact, as the scoring page shows it.
    """
    ordered = sorted((min(100.0, max(0.0, value)) for value in points), reverse=True)
    if not ordered:
        return 0.0
    total = ordered[0]
    for value in ordered[1:]:
        total += value * (100 - total) / 100
    return total


def score(points: float) -> int:
    """Points rounded half up to a whole score between 0 and 100."""
    return min(100, max(0, math.floor(points + 0.5)))


_REMEDY_OF: dict[str, Remedy | None] = {c.id: c.remedy for c in CRITERIA}


def _contribution(criterion: Criterion, answers: Answers) -> Contribution:
    """What one criterion gives on its own for these answers."""
    points = criterion.scale.share(answers) * criterion.max_points
    return Contribution(criterion.id, criterion.kind, points, criterion.max_points, criterion.step)


def _remedies_due(answers: Answers, contributions: tuple[Contribution, ...]) -> tuple[Remedy, ...]:
    """The untried remedies of the real problems, or of every problem when none is real."""
    problems = [c for c in contributions if c.kind == "case" and c.points > 0]
    real = [c for c in problems if c.points >= THRESHOLDS.case_real]
    wanted = {_REMEDY_OF[c.id] for c in (real or problems)}
    return tuple(r for r in REMEDIES if r in wanted and getattr(answers, r) is not True)


def judge(answers: Answers) -> tuple[Facts, VerdictRule, tuple[Contribution, ...]]:
    """Score the case and the risk, raise the flags, and find the first rule that applies."""
    contributions = tuple(_contribution(criterion, answers) for criterion in CRITERIA)
    case_points = combine(c.points for c in contributions if c.kind == "case")
    risk_points = combine(c.points for c in contributions if c.kind == "risk")
    facts = Facts(
        answers=answers,
        case_points=case_points,
        case_score=score(case_points),
        risk_score=score(risk_points),
        flags=frozenset(flag.id for flag in FLAGS if flag.raised(answers)),
        remedies_due=_remedies_due(answers, contributions),
    )
    return facts, first_rule(facts), contributions


def verdict_of(answers: Answers) -> Verdict:
    """The verdict alone, for trying changes to the answers."""
    return judge(answers)[1].verdict


def assess(answers: Answers) -> Assessment:
    """The whole assessment: scores and bands, verdict, next steps and what would change it."""
    facts, rule, contributions = judge(answers)
    return Assessment(
        model_version=MODEL_VERSION,
        verdict=rule.verdict,
        rule=rule.id,
        case_score=facts.case_score,
        risk_score=facts.risk_score,
        case_band=case_band(facts.case_score),
        risk_band=risk_band(facts.risk_score),
        contributions=contributions,
        money=money_figures(answers),
        flags=tuple(flag.id for flag in FLAGS if flag.id in facts.flags),
        next_steps=next_steps(rule.verdict, facts),
        what_would_change=what_would_change(answers, rule.verdict, verdict_of),
        facts=facts,
    )
