"""Parsing and checking answers: every error, in both languages, all at once."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.assessment.answers import Answers
from widgets.assessment.fields import ASSESSMENT
from widgets.assessment.parsing import parse_answers
from widgets.fields.errors import FieldError, InputError, message


def raised(data: Any) -> InputError:
    """The error that parsing ``data`` raises."""
    with pytest.raises(InputError) as caught:
        parse_answers(data)
    return caught.value


def errors_of(data: Any) -> list[FieldError]:
    """The errors that parsing ``data`` raises."""
    return list(raised(data).errors)


def message_of(data: Any, lang: str) -> str:
    """The only error of ``data``, in words."""
    (error,) = errors_of(data)
    return message(ASSESSMENT, error, lang)


def codes_of(data: Any) -> list[tuple[str, str]]:
    """The (field, code) pairs that parsing ``data`` raises."""
    return [(error.field, error.code) for error in errors_of(data)]


def test_no_answers_means_every_default() -> None:
    """An empty object gives the documented defaults."""
    assert parse_answers({}) == Answers()


def test_null_and_blank_strings_leave_defaults() -> None:
    """Null and "" leave a field unset."""
    data = {"annual_revenue": "", "consulted": None, "late_payments": "", "client_name": "  "}
    assert parse_answers(data) == Answers()


def test_numeric_strings_with_french_formatting_parse() -> None:
    """Amounts typed the French way are read as numbers."""
    answers = parse_answers(
        {"annual_revenue": "1 200,50", "hours_per_month": "12,5", "revenue_share": "8,5"}
    )
    assert (answers.annual_revenue, answers.hours_per_month, answers.revenue_share) == (
        1200.5,
        12.5,
        8.5,
    )


def test_integer_fields_accept_whole_numeric_strings() -> None:
    """ "4" and 4.0 are whole numbers of people."""
    answers = parse_answers({"consulted": "4", "agree_unsalvageable": 3.0})
    assert (answers.consulted, answers.agree_unsalvageable) == (4, 3)


def test_booleans_accept_json_and_strings() -> None:
    """true, false, "true" and "false" are yes/no answers."""
    answers = parse_answers(
        {"holds_stake": "true", "tried_frank_talk": True, "only_demanding": "false"}
    )
    assert (answers.holds_stake, answers.tried_frank_talk, answers.only_demanding) == (
        True,
        True,
        False,
    )


def test_deal_breakers_drop_blank_and_repeated_items() -> None:
    """The list keeps each deal-breaker once, trimmed."""
    answers = parse_answers({"deal_breakers_hit": ["insults", " insults ", "", "late_payments"]})
    assert answers.deal_breakers_hit == ("insults", "late_payments")


def test_unknown_field_is_rejected() -> None:
    """A field the form does not have is an error."""
    assert codes_of({"favourite_colour": "blue"}) == [("favourite_colour", "unknown_field")]


def test_answers_must_be_an_object() -> None:
    """A list is not a set of answers."""
    assert codes_of(["late_payments"]) == [("", "not_an_object")]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"holds_stake": "yes"}, ("holds_stake", "not_a_boolean")),
        ({"holds_stake": 1}, ("holds_stake", "not_a_boolean")),
        ({"annual_revenue": "abc"}, ("annual_revenue", "not_a_number")),
        ({"annual_revenue": True}, ("annual_revenue", "not_a_number")),
        ({"annual_revenue": [1]}, ("annual_revenue", "not_a_number")),
        ({"annual_revenue": float("inf")}, ("annual_revenue", "not_a_number")),
        ({"annual_revenue": 10**400}, ("annual_revenue", "out_of_range")),
        ({"consulted": 2.5}, ("consulted", "not_an_integer")),
        ({"connections": "1,5"}, ("connections", "not_an_integer")),
        ({"client_name": 42}, ("client_name", "not_a_string")),
        ({"deal_breakers_hit": "insults"}, ("deal_breakers_hit", "not_a_list")),
        ({"late_payments": "weekly"}, ("late_payments", "not_a_choice")),
        ({"visibility": "huge"}, ("visibility", "not_a_choice")),
        ({"annual_revenue": -1}, ("annual_revenue", "out_of_range")),
        ({"standard_rate": "-10"}, ("standard_rate", "out_of_range")),
        ({"hours_per_month": 745}, ("hours_per_month", "out_of_range")),
        ({"revenue_share": "100,5"}, ("revenue_share", "out_of_range")),
        ({"consulted": 1001}, ("consulted", "out_of_range")),
        ({"connections": 10_001}, ("connections", "out_of_range")),
        ({"connections": 10**400}, ("connections", "out_of_range")),
        ({"client_name": "x" * 10_001}, ("client_name", "too_long")),
        ({"deal_breakers_hit": ["x"] * 51}, ("deal_breakers_hit", "too_many_items")),
        ({"deal_breakers_hit": ["ok", 3]}, ("deal_breakers_hit[1]", "not_a_string")),
        ({"deal_breakers_hit": ["x" * 10_001]}, ("deal_breakers_hit[0]", "too_long")),
        (
            {"consulted": 2, "agree_unsalvageable": 3},
            ("agree_unsalvageable", "more_than_consulted"),
        ),
    ],
)
def test_each_error_code(data: dict[str, Any], expected: tuple[str, str]) -> None:
    """Each kind of wrong answer gets its own code, on its own field."""
    assert codes_of(data) == [expected]


def test_bounds_themselves_are_accepted() -> None:
    """744 hours, 100 % and 0 are within range."""
    answers = parse_answers({"hours_per_month": 744, "revenue_share": 100, "annual_revenue": 0})
    assert (answers.hours_per_month, answers.revenue_share, answers.annual_revenue) == (744, 100, 0)


def test_all_errors_are_reported_at_once() -> None:
    """Every faulty field is listed, not only the first."""
    data = {"late_payments": "weekly", "annual_revenue": -5, "hours_per_month": 800, "oops": 1}
    assert {field for field, _ in codes_of(data)} == {
        "late_payments",
        "annual_revenue",
        "hours_per_month",
        "oops",
    }


@pytest.mark.parametrize(("lang", "label"), [("fr", "Heures par mois"), ("en", "Hours per month")])
def test_messages_name_the_field_by_its_label(lang: str, label: str) -> None:
    """The message quotes the field's label in the reader's language."""
    text = message_of({"hours_per_month": 800}, lang)
    assert label in text
    assert "744" in text


def test_french_messages_use_french_quotes() -> None:
    """French messages quote labels with « »."""
    assert "«\u00a0Chiffre d'affaires annuel\u00a0»" in message_of({"annual_revenue": "abc"}, "fr")


def test_choice_errors_list_the_choices_in_the_language() -> None:
    """The accepted choices are named with their labels."""
    data = {"late_payments": "weekly"}
    assert "jamais, parfois, souvent, toujours" in message_of(data, "fr")
    assert "never, sometimes, often, always" in message_of(data, "en")


def test_unknown_fields_are_named_as_sent() -> None:
    """An unknown field has no label, so its name is quoted."""
    assert "oops" in message_of({"oops": 1}, "en")


def test_error_as_json_is_language_neutral() -> None:
    """Without a language the error carries its parameters, not a message."""
    (error,) = errors_of({"consulted": 2, "agree_unsalvageable": 3})
    assert error.as_json() == {
        "field": "agree_unsalvageable",
        "code": "more_than_consulted",
        "params": {"consulted": 2},
    }


def test_answers_error_is_a_value_error_with_detail() -> None:
    """The bridge turns it into structured JSON errors, each worded."""
    with pytest.raises(ValueError) as caught:
        parse_answers({"oops": 1})
    assert isinstance(caught.value, InputError)
    (worded,) = caught.value.as_json("en")
    assert (worded["field"], worded["code"], worded["params"]) == ("oops", "unknown_field", {})
    assert "oops" in worded["message"]
