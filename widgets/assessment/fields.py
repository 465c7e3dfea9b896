"""The one table of form fields: parsing, the JSON Schema and the form all read it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from widgets.assessment.answers import FREQUENCIES, VISIBILITIES
from widgets.assessment.steps import (
    DECIDE_1,
    DECIDE_2,
    DECIDE_3,
    DECIDE_4,
    DECIDE_5,
    DO_IT_1,
    DO_IT_2,
    DO_IT_4,
    Step,
)

GroupId = Literal[
    "client", "performance", "tried", "second_opinion", "money", "influence", "overrides"
]
FieldKind = Literal[
    "frequency", "bool", "int", "amount", "hours", "percent", "choice", "text", "text_list"
]
FieldValue = str | bool | int | float | tuple[str, ...] | None

NUMERIC_KINDS: frozenset[FieldKind] = frozenset({"int", "amount", "hours", "percent"})
# A month has at most 31 days of 24 hours.
HOURS_IN_A_MONTH = 744
TEXT_MAX_LENGTH = 10_000
LIST_MAX_ITEMS = 50


@dataclass(frozen=True)
class Group:
    """A fieldset of the form, tied to the step of the article it comes from."""

    id: GroupId
    step: Step

    @property
    def legend_key(self) -> str:
        """Catalogue key of the fieldset legend."""
        return f"assessment.groups.{self.id}.legend"


@dataclass(frozen=True)
class Field:
    """One answer: its type, default, bounds and catalogue keys."""

    id: str
    group: GroupId
    kind: FieldKind
    default: FieldValue
    step: Step
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    choice_set: str | None = None
    max_length: int | None = None
    max_items: int | None = None

    @property
    def label_key(self) -> str:
        """Catalogue key of the field label."""
        return f"assessment.fields.{self.id}.label"

    @property
    def hint_key(self) -> str:
        """Catalogue key of the sentence that explains the field."""
        return f"assessment.fields.{self.id}.hint"

    def choice_key(self, choice: str) -> str:
        """Catalogue key of the label of one choice."""
        return f"assessment.choices.{self.choice_set}.{choice}"


def _frequency(field_id: str, step: Step) -> Field:
    """A "how often" question of the performance group."""
    return Field(
        field_id,
        "performance",
        "frequency",
        "never",
        step,
        choices=FREQUENCIES,
        choice_set="frequency",
    )


def _bool(field_id: str, group: GroupId, step: Step) -> Field:
    """A yes/no question, "no" by default."""
    return Field(field_id, group, "bool", False, step)


def _money(field_id: str, kind: FieldKind, maximum: float | None = None) -> Field:
    """A money question: unknown (None) by default, never negative."""
    return Field(field_id, "money", kind, None, DECIDE_4, minimum=0, maximum=maximum)


def _text(field_id: str, group: GroupId, step: Step) -> Field:
    """A free text, unset by default."""
    return Field(field_id, group, "text", None, step, max_length=TEXT_MAX_LENGTH)


GROUPS: tuple[Group, ...] = (
    Group("client", DO_IT_1),
    Group("performance", DECIDE_1),
    Group("tried", DECIDE_2),
    Group("second_opinion", DECIDE_4),
    Group("money", DECIDE_4),
    Group("influence", DECIDE_5),
    Group("overrides", DO_IT_4),
)

FIELDS: tuple[Field, ...] = (
    _text("client_name", "client", DO_IT_1),
    _frequency("late_payments", DECIDE_1),
    _frequency("unpaid_extras", DECIDE_2),
    _frequency("unrealistic_expectations", DECIDE_2),
    _frequency("not_worth_fee", DECIDE_2),
    _frequency("late_inputs", DECIDE_3),
    _frequency("disrespect", DO_IT_2),
    _bool("only_demanding", "performance", DECIDE_1),
    _bool("tried_reset_expectations", "tried", DECIDE_2),
    _bool("tried_frank_talk", "tried", DECIDE_3),
    Field("consulted", "second_opinion", "int", 0, DECIDE_4, minimum=0, maximum=1000),
    # Its upper bound is the answer to "consulted", checked across fields.
    Field("agree_unsalvageable", "second_opinion", "int", 0, DECIDE_4, minimum=0, maximum=1000),
    _bool("partner_wants_client", "second_opinion", DECIDE_4),
    _text("partner_name", "second_opinion", DECIDE_4),
    _money("annual_revenue", "amount"),
    _money("hours_per_month", "hours", HOURS_IN_A_MONTH),
    _money("standard_rate", "amount"),
    _money("revenue_share", "percent", 100),
    Field("connections", "influence", "int", 0, DECIDE_5, minimum=0, maximum=10_000),
    Field(
        "visibility",
        "influence",
        "choice",
        "low",
        DECIDE_5,
        choices=VISIBILITIES,
        choice_set="visibility",
    ),
    _bool("holds_stake", "overrides", DO_IT_1),
    Field(
        "deal_breakers_hit",
        "overrides",
        "text_list",
        (),
        DO_IT_4,
        max_length=TEXT_MAX_LENGTH,
        max_items=LIST_MAX_ITEMS,
    ),
)

FIELDS_BY_ID: dict[str, Field] = {field.id: field for field in FIELDS}
GROUPS_BY_ID: dict[GroupId, Group] = {group.id: group for group in GROUPS}
