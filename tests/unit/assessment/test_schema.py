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
