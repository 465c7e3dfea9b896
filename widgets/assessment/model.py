"""The assessment itself: answers in, scores, verdict and next steps out."""

from __future__ import annotations

import math
from dataclasses import dataclass

from widgets.assessment.answers import Answers
from widgets.assessment.criteria import CRITERIA, Kind
from widgets.assessment.flags import FLAGS
from widgets.assessment.money import Money, money_figures
from widgets.assessment.next_steps import NextStep, next_steps
from widgets.assessment.steps import Step
from widgets.assessment.verdicts import Facts, Verdict, first_rule

# Changes whenever a weight, a threshold or a rule changes, so saved results stay explicable.
MODEL_VERSION = "1.0.0"


@dataclass(frozen=True)
class Contribution:
    """The points one criterion adds to its score."""

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
    contributions: tuple[Contribution, ...]
    money: Money
    flags: tuple[str, ...]
    next_steps: tuple[NextStep, ...]


def _score(points: float) -> int:
    """Points rounded half up to a whole score between 0 and 100."""
    return min(100, max(0, math.floor(points + 0.5)))


def assess(answers: Answers) -> Assessment:
    """Score the case and the risk, raise the flags, and apply the verdict rules in order."""
    contributions = tuple(
        Contribution(
            criterion.id,
            criterion.kind,
            criterion.scale.share(answers) * criterion.max_points,
            criterion.max_points,
            criterion.step,
        )
        for criterion in CRITERIA
    )
    case_points = sum(c.points for c in contributions if c.kind == "case")
    risk_points = sum(c.points for c in contributions if c.kind == "risk")
    flags = tuple(flag.id for flag in FLAGS if flag.raised(answers))
    facts = Facts(answers, case_points, _score(case_points), _score(risk_points), frozenset(flags))
    rule = first_rule(facts)
    return Assessment(
        model_version=MODEL_VERSION,
        verdict=rule.verdict,
        rule=rule.id,
        case_score=facts.case_score,
        risk_score=facts.risk_score,
        contributions=contributions,
        money=money_figures(answers),
        flags=flags,
        next_steps=next_steps(rule.verdict, answers, flags),
    )
