"""The JSON Schemas: example answers and real reports validate against them."""

from __future__ import annotations

import pytest

from widgets.assessment.fields import FIELDS
from widgets.assessment.model import assess
from widgets.assessment.parsing import parse_answers
from widgets.assessment.report import report
from widgets.assessment.schema import answers_schema, report_schema

from .example_files import EXAMPLES, load_example

# The same tests run inside Pyodide, where jsonschema is absent.
jsonschema = pytest.importorskip("jsonschema")
EXAMPLE_NAMES = sorted(path.stem for path in EXAMPLES.glob("*.json"))


def validator(schema: dict[str, object]) -> object:
    """A draft 2020-12 validator, after checking the schema itself."""
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schemas_are_valid_draft_2020_12() -> None:
    """Both schemas are themselves valid."""
    validator(answers_schema())
    validator(report_schema())


def test_answers_schema_has_one_property_per_field() -> None:
    """The schema is built from the field table, and closed."""
    schema = answers_schema("fr")
    assert list(schema["properties"]) == [spec.id for spec in FIELDS]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["late_payments"]["title"] == "Retards de paiement"


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_answers_validate(name: str) -> None:
    """Every example file follows the answers schema."""
    jsonschema.validate(load_example(name), answers_schema(), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_example_reports_validate(name: str, lang: str) -> None:
    """The report of every example follows the report schema, in both languages."""
    answers = parse_answers(load_example(name))
    body = report(assess(answers), answers, lang)
    jsonschema.validate(body, report_schema(), cls=jsonschema.Draft202012Validator)


def test_unknown_answer_fails_the_schema() -> None:
    """The answers schema is closed, like the parser."""
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"oops": 1}, answers_schema())


def test_out_of_range_hours_fail_the_schema() -> None:
    """More hours than a month has fail the schema, like the parser."""
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"hours_per_month": 745}, answers_schema())


def test_numeric_text_passes_the_schema() -> None:
    """Forms send numbers as text; the schema accepts them."""
    jsonschema.validate({"annual_revenue": "1 200,50", "consulted": ""}, answers_schema())


def test_report_schema_is_closed() -> None:
    """A report with an extra key fails the schema."""
    answers = parse_answers({})
    body = {**report(assess(answers), answers, "en"), "extra": 1}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(body, report_schema())


def test_report_schema_describes_what_would_change() -> None:
    """The changes are in the schema, field by field, and a real list of them validates."""
    schema = report_schema()
    item = schema["properties"]["what_would_change"]["items"]
    assert set(item["required"]) == {"field", "value", "verdict", "text", "answers"}
    answers = parse_answers({"late_inputs": "always", "tried_frank_talk": True})
    body = report(assess(answers), answers, "fr")
    assert body["what_would_change"][0]["answers"] == {"consulted": 2, "agree_unsalvageable": 2}
    jsonschema.validate(body, schema, cls=jsonschema.Draft202012Validator)


def test_report_schema_refuses_an_unknown_field_in_a_change() -> None:
    """A change names a question of the form, nothing else."""
    answers = parse_answers({"late_inputs": "always", "tried_frank_talk": True})
    body = report(assess(answers), answers, "en")
    body["what_would_change"][0]["field"] = "mood"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(body, report_schema())


def test_answers_saved_by_model_1_still_load() -> None:
    """The answers format is unchanged: a file saved by the 1.0 widget assesses as it is."""
    saved = {
        "client_name": "Atelier Moreau",
        "late_payments": "often",
        "unpaid_extras": "never",
        "unrealistic_expectations": "sometimes",
        "not_worth_fee": "never",
        "late_inputs": "always",
        "disrespect": "never",
        "only_demanding": False,
        "tried_reset_expectations": True,
        "tried_frank_talk": False,
        "consulted": "2",
        "agree_unsalvageable": "1",
        "partner_wants_client": False,
        "annual_revenue": "24 000",
        "hours_per_month": "15",
        "standard_rate": "110",
        "revenue_share": "12",
        "connections": "3",
        "visibility": "medium",
        "holds_stake": False,
        "deal_breakers_hit": ["broken-agreements"],
    }
    jsonschema.validate(saved, answers_schema(), cls=jsonschema.Draft202012Validator)
    answers = parse_answers(saved)
    body = report(assess(answers), answers, "en")
    assert body["model_version"] == "2.0.0"
    jsonschema.validate(body, report_schema(), cls=jsonschema.Draft202012Validator)
