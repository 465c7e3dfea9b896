"""The field table as JSON, for the form rendered at build time."""

from __future__ import annotations

import json

from widgets.assessment.fields import FIELDS, GROUPS
from widgets.assessment.form import form_table


def test_groups_and_fields_follow_the_table() -> None:
    """Groups keep their order, and every field appears once."""
    table = form_table()
    assert [group["id"] for group in table["groups"]] == [group.id for group in GROUPS]
    ids = [field["id"] for group in table["groups"] for field in group["fields"]]
    assert sorted(ids) == sorted(spec.id for spec in FIELDS)


def test_without_language_only_keys_are_given() -> None:
    """A build step can translate the keys itself."""
    field = form_table()["groups"][0]["fields"][0]
    assert "label" not in field
    assert field["label_key"] == "assessment.fields.client_name.label"


def test_with_language_texts_are_given() -> None:
    """With a language, labels, hints, legends and choices come translated."""
    table = form_table("fr")
    performance = next(g for g in table["groups"] if g["id"] == "performance")
    late = performance["fields"][0]
    assert performance["legend"] == "Ses performances, objectivement"
    assert late["label"] == "Retards de paiement"
    assert [c["label"] for c in late["choices"]] == ["jamais", "parfois", "souvent", "toujours"]


def test_bounds_and_defaults_are_given() -> None:
    """The form can set min, max and default values from the table."""
    money = next(g for g in form_table()["groups"] if g["id"] == "money")
    hours = next(f for f in money["fields"] if f["id"] == "hours_per_month")
    assert (hours["minimum"], hours["maximum"], hours["default"]) == (0, 744, None)
    assert money["step"] == {"page": "decide", "anchor": "step-4"}


def test_table_is_plain_json() -> None:
    """The table survives a JSON round trip."""
    table = form_table("en")
    assert json.loads(json.dumps(table)) == table
