"""Warnings raised whatever the verdict, each pointing to the step that deals with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from widgets.assessment.answers import Answers
from widgets.assessment.thresholds import THRESHOLDS
from widgets.steps import DECIDE_4, DECIDE_5, DO_IT_1, Step


@dataclass(frozen=True)
class Flag:
    """One warning and the condition that raises it."""

    id: str
    step: Step
    raised: Callable[[Answers], bool]


def _holds_stake(answers: Answers) -> bool:
    """The article: always seek professional advice when the client has a stake."""
    return answers.holds_stake


def _chain_reaction(answers: Answers) -> bool:
    """Many connections or a high profile can cost you other clients."""
    return answers.connections >= THRESHOLDS.chain_connections or answers.visibility == "high"


def _revenue_dependence(answers: Answers) -> bool:
    """A large share of your revenue is at stake."""
    share = answers.revenue_share
    return share is not None and share >= THRESHOLDS.revenue_share_high


FLAGS: tuple[Flag, ...] = (
    Flag("professional_advice", DO_IT_1, _holds_stake),
    Flag("chain_reaction", DECIDE_5, _chain_reaction),
    Flag("revenue_dependence", DECIDE_4, _revenue_dependence),
)
FLAGS_BY_ID: dict[str, Flag] = {flag.id: flag for flag in FLAGS}
