"""What to do next for each verdict, each step linked to its section of the playbook."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from widgets.assessment.criteria import RESET, TALK, Remedy
from widgets.assessment.verdicts import Facts, Verdict
from widgets.steps import (
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

Condition = Callable[[Facts], bool]


def _due(remedy: Remedy) -> Condition:
    """The remedy is called for by the problems behind the case and was not tried yet."""
    return lambda facts: remedy in facts.remedies_due


def _flag(flag: str) -> Condition:
    """The warning ``flag`` is raised."""
    return lambda facts: flag in facts.flags


def _nobody_consulted(facts: Facts) -> bool:
    """Nobody has checked your judgement yet (part 1, step 4)."""
    return facts.opinion == "not_checked"


def _opinions_differ(facts: Facts) -> bool:
    """Most of the people consulted think the relationship can be saved."""
    return facts.opinion == "contested"


@dataclass(frozen=True)
class NextStep:
    """One thing to do, when its condition (if any) holds."""

    id: str
    step: Step
    when: Condition | None = None

    @property
    def text_key(self) -> str:
        """Catalogue key of the sentence that says what to do."""
        return f"assessment.next_steps.{self.id}"


# Part 1, step 4: before anything is said to the client, check your judgement with others.
_ASK = NextStep("ask_second_opinion", DECIDE_4, _nobody_consulted)
_ADVICE = NextStep("get_professional_advice", DO_IT_1, _flag("professional_advice"))

NEXT_STEPS: dict[Verdict, tuple[NextStep, ...]] = {
    "keep": (
        NextStep("set_expectations", DECIDE_2),
        NextStep("raise_issues_early", DECIDE_3),
        NextStep("write_deal_breakers", DO_IT_4),
        NextStep("review_later", DECIDE_1),
    ),
    # The remedies come first, in the playbook's order; the check comes after them.
    "fix_first": (
        NextStep("reset_expectations", DECIDE_2, _due(RESET)),
        NextStep("frank_talk", DECIDE_3, _due(TALK)),
        _ASK,
        NextStep("write_deal_breakers", DO_IT_4),
        NextStep("review_later", DECIDE_1),
    ),
    "hand_over": (
        _ADVICE,
        NextStep("agree_with_partner", DECIDE_4),
        NextStep("prepare_explanation", DO_IT_1),
        NextStep("announce_in_person", DO_IT_3),
        NextStep("introduce_partner", DO_IT_3),
        NextStep("confirm_in_writing", DO_IT_3),
    ),
    "exit_with_care": (
        _ASK,
        NextStep("hear_objections", DECIDE_4, _opinions_differ),
        _ADVICE,
        NextStep("plan_for_reactions", DECIDE_5, _flag("chain_reaction")),
        NextStep("replace_revenue", DECIDE_4, _flag("revenue_dependence")),
        NextStep("prepare_explanation", DO_IT_1),
        NextStep("stay_impersonal", DO_IT_2),
        NextStep("announce_in_person", DO_IT_3),
        NextStep("offer_alternative", DO_IT_3),
        NextStep("confirm_in_writing", DO_IT_3),
    ),
    "exit": (
        NextStep("prepare_explanation", DO_IT_1),
        NextStep("stay_impersonal", DO_IT_2),
        NextStep("announce_in_person", DO_IT_3),
        NextStep("offer_alternative", DO_IT_3),
        NextStep("confirm_in_writing", DO_IT_3),
        NextStep("write_deal_breakers", DO_IT_4),
    ),
}


def next_steps(verdict: Verdict, facts: Facts) -> tuple[NextStep, ...]:
    """The next steps of ``verdict`` whose condition holds for ``facts``."""
    return tuple(step for step in NEXT_STEPS[verdict] if step.when is None or step.when(facts))
