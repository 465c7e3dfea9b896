"""The assessment's field table: what the reader answers about one client, one row per question.

Each attribute is a question, in the order of the form, with its type, its default (which
means "no problem" or "unknown"), its fieldset and the step of the playbook it comes from.
The parser, the form, the JSON Schema and the error messages all read these rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from widgets import steps
from widgets.fields.table import Kind, row
from widgets.steps import Step

Frequency = Literal["never", "sometimes", "often", "always"]
Visibility = Literal["low", "medium", "high"]
FREQUENCIES: tuple[Frequency, ...] = ("never", "sometimes", "often", "always")
# What one answer holds, whatever its field.
AnswerValue = str | bool | int | float | tuple[str, ...] | None
VISIBILITIES: tuple[Visibility, ...] = ("low", "medium", "high")

# A month has at most 31 days of 24 hours.
HOURS_IN_A_MONTH = 744
# No client brings a thousand billion a year, nor charges it by the hour, in any currency; and
# amounts and hours are kept to two decimals (cents, hundredths of an hour). Within these bounds
# every figure the model computes (an hourly rate, its ratio to the standard rate) stays finite.
MONEY_MAX = 1_000_000_000_000
MONEY_DECIMALS = 2
TEXT_MAX_LENGTH = 10_000
LIST_MAX_ITEMS = 50


def _how_often(step: Step) -> Any:
    """A "how often" question of the performance group, "never" by default."""
    keys = "assessment.choices.frequency.{choice}"
    return row(
        "choice", "never", group="performance", step=step, choices=FREQUENCIES, choice_keys=keys
    )


def _yes_no(group: str, step: Step) -> Any:
    """A yes/no question, "no" by default."""
    return row("bool", False, group=group, step=step)


def _name(group: str, step: Step) -> Any:
    """A free text, unset by default."""
    return row("text", group=group, step=step, max_length=TEXT_MAX_LENGTH)


def _count(group: str, step: Step, maximum: int) -> Any:
    """A number of people, 0 by default."""
    return row("int", 0, group=group, step=step, minimum=0, maximum=maximum)


def _money(kind: Kind, maximum: float, decimals: int | None = MONEY_DECIMALS) -> Any:
    """A money question: unknown (None) by default, never negative, to two decimals unless
    said otherwise."""
    return row(
        kind, group="money", step=steps.DECIDE_4, minimum=0, maximum=maximum, decimals=decimals
    )


def _visibility() -> Any:
    """How visible the client is, "low" by default."""
    keys = "assessment.choices.visibility.{choice}"
    return row(
        "choice",
        "low",
        group="influence",
        step=steps.DECIDE_5,
        choices=VISIBILITIES,
        choice_keys=keys,
    )


def _texts(group: str, step: Step) -> Any:
    """A list of texts, one per line, each kept once."""
    return row(
        "text_list",
        (),
        group=group,
        step=step,
        max_length=TEXT_MAX_LENGTH,
        max_items=LIST_MAX_ITEMS,
        unique=True,
        lines=3,
    )


@dataclass(frozen=True)
class Answers:
    """Every answer of the form; each default means "no problem" or "unknown"."""

    # Part 2, step 1: who the client is.
    client_name: str | None = _name("client", steps.DO_IT_1)
    # Part 1, steps 1 to 3 (and part 2, step 2 for disrespect): how often each problem occurs.
    late_payments: Frequency = _how_often(steps.DECIDE_1)
    unpaid_extras: Frequency = _how_often(steps.DECIDE_2)
    unrealistic_expectations: Frequency = _how_often(steps.DECIDE_2)
    not_worth_fee: Frequency = _how_often(steps.DECIDE_2)
    late_inputs: Frequency = _how_often(steps.DECIDE_3)
    disrespect: Frequency = _how_often(steps.DO_IT_2)
    only_demanding: bool = _yes_no("performance", steps.DECIDE_1)
    # Part 1, steps 2 and 3: the remedies the article asks for before any break.
    tried_reset_expectations: bool = _yes_no("tried", steps.DECIDE_2)
    tried_frank_talk: bool = _yes_no("tried", steps.DECIDE_3)
    # Part 1, step 4: a second opinion. The people who agree are at most the people consulted,
    # which ``widgets.assessment.fields`` checks across the two.
    consulted: int = _count("second_opinion", steps.DECIDE_4, 1000)
    agree_unsalvageable: int = _count("second_opinion", steps.DECIDE_4, 1000)
    partner_wants_client: bool = _yes_no("second_opinion", steps.DECIDE_4)
    partner_name: str | None = _name("second_opinion", steps.DECIDE_4)
    # Part 1, step 4: money; None means unknown, which scores nothing.
    annual_revenue: float | None = _money("amount", MONEY_MAX)
    hours_per_month: float | None = _money("hours", HOURS_IN_A_MONTH)
    standard_rate: float | None = _money("amount", MONEY_MAX)
    # A share of the revenue divides nothing: it is kept as typed.
    revenue_share: float | None = _money("percent", 100, decimals=None)
    # Part 1, step 5: influence.
    connections: int = _count("influence", steps.DECIDE_5, 10_000)
    visibility: Visibility = _visibility()
    # Part 2: what overrides the scores.
    holds_stake: bool = _yes_no("overrides", steps.DO_IT_1)
    deal_breakers_hit: tuple[str, ...] = _texts("overrides", steps.DO_IT_4)
