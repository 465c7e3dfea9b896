"""The field table: one source for parsing, the schema and the form."""

from __future__ import annotations

from dataclasses import fields

from widgets.assessment.answers import Answers
from widgets.assessment.fields import FIELDS, FIELDS_BY_ID, GROUPS, HOURS_IN_A_MONTH


def test_every_answer_has_exactly_one_field() -> None:
    """The table and the Answers dataclass list the same ids."""
    assert len(FIELDS) == len(fields(Answers))
    assert {spec.id for spec in FIELDS} == {f.name for f in fields(Answers)}


def test_table_defaults_match_the_dataclass() -> None:
    """Each field's documented default is the Answers default."""
    blank = Answers()
    for spec in FIELDS:
        assert getattr(blank, spec.id) == spec.default, spec.id


def test_every_group_has_fields_and_a_step() -> None:
    """No fieldset is empty, and each points to a step of the article."""
    for group in GROUPS:
        assert any(spec.group == group.id for spec in FIELDS), group.id
        assert group.step.anchor.startswith("step-")


def test_a_month_has_at_most_744_hours() -> None:
    """Hours per month are capped at 31 days of 24 hours."""
    assert FIELDS_BY_ID["hours_per_month"].maximum == HOURS_IN_A_MONTH == 31 * 24


def test_shares_are_percentages() -> None:
    """The revenue share runs from 0 to 100."""
    spec = FIELDS_BY_ID["revenue_share"]
    assert (spec.minimum, spec.maximum) == (0, 100)


def test_choice_fields_list_their_choices() -> None:
    """Frequency and choice fields carry the values they accept."""
    for spec in FIELDS:
        assert bool(spec.choices) == (spec.kind in ("frequency", "choice")), spec.id
