"""The assessment's form: its fieldsets, the rows of ``Answers``, and the check across two rows.

Parsing, the JSON Schema, the form and the error messages all read this form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from widgets.assessment.answers import (
    FREQUENCIES,
    HOURS_IN_A_MONTH,
    LIST_MAX_ITEMS,
    TEXT_MAX_LENGTH,
    Answers,
)
from widgets.fields.errors import FieldError
from widgets.fields.table import Field, Form, Group
from widgets.steps import DECIDE_1, DECIDE_2, DECIDE_4, DECIDE_5, DO_IT_1, DO_IT_4

__all__ = [
    "ASSESSMENT",
    "FIELDS",
    "FIELDS_BY_ID",
    "FREQUENCY_FIELDS",
    "GROUPS",
    "HOURS_IN_A_MONTH",
    "LIST_MAX_ITEMS",
    "TEXT_MAX_LENGTH",
    "Field",
    "Group",
]


def _agree_within_consulted(values: Mapping[str, Any]) -> list[FieldError]:
    """No more people find it unsalvageable than were consulted (part 1, step 4)."""
    consulted, agree = values.get("consulted"), values.get("agree_unsalvageable")
    if isinstance(consulted, int) and isinstance(agree, int) and agree > consulted:
        return [FieldError("agree_unsalvageable", "more_than_consulted", {"consulted": consulted})]
    return []


ASSESSMENT: Form[Answers] = Form(
    Answers,
    "assessment",
    groups=(
        Group("client", DO_IT_1),
        Group("performance", DECIDE_1),
        Group("tried", DECIDE_2),
        Group("second_opinion", DECIDE_4),
        Group("money", DECIDE_4),
        Group("influence", DECIDE_5),
        Group("overrides", DO_IT_4),
    ),
    checks=(_agree_within_consulted,),
)

GROUPS: tuple[Group, ...] = ASSESSMENT.groups
FIELDS: tuple[Field, ...] = ASSESSMENT.fields
FIELDS_BY_ID: dict[str, Field] = ASSESSMENT.by_id
# The "how often" questions: what would change the verdict moves them one notch at a time.
FREQUENCY_FIELDS: tuple[str, ...] = tuple(spec.id for spec in FIELDS if spec.choices == FREQUENCIES)
