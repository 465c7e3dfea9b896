"""What to do next for each verdict, each step linked to its section of the playbook."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.assessment.answers import Answers
from widgets.assessment.steps import (
    DECIDE_1,
    DECIDE_2,
    DECIDE_3,
    DECIDE_4,
    DECIDE_5,
    DO_IT_1,
    DO_IT_2,
    DO_IT_3,
    DO_IT_4,
    Step,
)
from widgets.assessment.verdicts import Verdict


@dataclass(frozen=True)
class NextStep:
    """One thing to do, unless the answer ``done_if`` is yes or the warning ``flag`` is not up."""

    id: str
    step: Step
    done_if: str | None = None
    flag: str | None = None

    @property
    def text_key(self) -> str:
        """Catalogue key of the sentence that says what to do."""
        return f"assessment.next_steps.{self.id}"


NEXT_STEPS: dict[Verdict, tuple[NextStep, ...]] = {
    "keep": (
        NextStep("set_expectations", DECIDE_2),
        NextStep("raise_issues_early", DECIDE_3),
        NextStep("write_deal_breakers", DO_IT_4),
        NextStep("review_later", DECIDE_1),
    ),
    "fix_first": (
        NextStep("reset_expectations", DECIDE_2, done_if="tried_reset_expectations"),
        NextStep("frank_talk", DECIDE_3, done_if="tried_frank_talk"),
        NextStep("write_deal_breakers", DO_IT_4),
        NextStep("review_later", DECIDE_1),
    ),
    "hand_over": (
        NextStep("get_professional_advice", DO_IT_1, flag="professional_advice"),
        NextStep("agree_with_partner", DECIDE_4),
        NextStep("prepare_explanation", DO_IT_1),
        NextStep("announce_in_person", DO_IT_3),
        NextStep("introduce_partner", DO_IT_3),
        NextStep("confirm_in_writing", DO_IT_3),
    ),
    "exit_with_care": (
        NextStep("get_professional_advice", DO_IT_1, flag="professional_advice"),
        NextStep("plan_for_reactions", DECIDE_5, flag="chain_reaction"),
        NextStep("replace_revenue", DECIDE_4, flag="revenue_dependence"),
        NextStep("prepare_explanation", DO_IT_1),
        NextStep("stay_impersonal", DO_IT_2),
        NextStep("announce_in_person", DO_IT_3),
        NextStep("offer_alternative", DO_IT_3),
        NextStep("confirm_in_writing", DO_IT_3),
    ),
    "exit": (
        NextStep("prepare_explanation", DO_IT_1),
        NextStep("announce_in_person", DO_IT_3),
        NextStep("offer_alternative", DO_IT_3),
        NextStep("confirm_in_writing", DO_IT_3),
        NextStep("write_deal_breakers", DO_IT_4),
    ),
}


def next_steps(verdict: Verdict, answers: Answers, flags: tuple[str, ...]) -> tuple[NextStep, ...]:
    """The next steps of ``verdict`` that apply and are not done already."""
    return tuple(
        step
        for step in NEXT_STEPS[verdict]
        if (step.done_if is None or getattr(answers, step.done_if) is not True)
        and (step.flag is None or step.flag in flags)
    )
