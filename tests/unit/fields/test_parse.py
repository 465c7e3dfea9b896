"""The one parser: every kind of field, read the same way whatever the form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from widgets.fields.errors import InputError
from widgets.fields.parse import parse, read
from widgets.fields.table import Form, Group, row


@dataclass(frozen=True)
class Part:
    """A record of two texts."""

    name: str = row("text", "", max_length=5)
    note: str = row("text", "")


@dataclass(frozen=True)
class Either:
    """A record that is one thing or the other."""

    code: str | None = row("id", choices=("a", "b"))
    text: str | None = row("text")


@dataclass(frozen=True)
class Boxes:
    """Two boxes to tick."""

    left: bool = row("bool", False)
    right: bool = row("bool", True)


@dataclass(frozen=True)
class Sample:
    """A table with one field of each kind."""

    kind: str = row("const", "sample")
    choice: str = row("choice", "x", group="g", choices=("x", "y"))
    flag: bool = row("bool", False, group="g")
    count: int = row("int", 0, group="g", minimum=0, maximum=10)
    amount: float | None = row("amount", group="g", minimum=0)
    ceiling: float | None = row("number", group="g", maximum=5)
    name: str = row("text", "", group="g", max_length=3)
    needed: str | None = row("text", required=True)
    day: date | None = row("date", group="g")
    lines: tuple[str, ...] = row("text_list", (), group="g", max_items=5, unique=True)
    picks: tuple[str, ...] = row("ids", (), group="g", choices=("p", "q"), unique=True)
    parts: tuple[Part, ...] = row("records", (), group="g", model=Part, max_items=2)
    either: tuple[Either, ...] = row("records", (), group="g", model=Either, exclusive=True)
    boxes: Boxes = row("flags", Boxes(), group="g", model=Boxes)


FORM = Form(Sample, "sample", groups=(Group("g"),))
VALID = {"kind": "sample", "needed": "yes"}


def errors_of(data: Any) -> list[tuple[str, str]]:
    """The (path, code) pairs that parsing ``data`` raises."""
    with pytest.raises(InputError) as caught:
        parse(FORM, data)
    return [(error.field, error.code) for error in caught.value.errors]


def test_blank_and_null_leave_defaults() -> None:
    """Null and blank text give every field its default."""
    data = {**VALID, "choice": "", "count": None, "amount": " ", "name": None, "day": ""}
    assert parse(FORM, data) == Sample(needed="yes")


def test_unknown_names_come_first_then_fields_in_table_order() -> None:
    """Every problem at once: unknown names first, then the table's order."""
    data = {"name": "long", "other": 1, "choice": "z", "kind": "sample", "needed": "x"}
    assert errors_of(data) == [
        ("other", "unknown_field"),
        ("choice", "not_a_choice"),
        ("name", "too_long"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "other"}, ("kind", "unsupported")),
        ({"kind": None}, ("kind", "unsupported")),
        ({"needed": "  "}, ("needed", "required")),
        ({"flag": "maybe"}, ("flag", "not_a_boolean")),
        ({"count": "2,5"}, ("count", "not_an_integer")),
        ({"count": "many"}, ("count", "not_an_integer")),
        ({"count": 11}, ("count", "out_of_range")),
        ({"amount": "-1"}, ("amount", "too_small")),
        ({"amount": "abc"}, ("amount", "not_a_number")),
        ({"ceiling": 6}, ("ceiling", "too_large")),
        ({"name": 3}, ("name", "not_a_string")),
        ({"day": "31/12/2025"}, ("day", "not_a_date")),
        ({"lines": "a"}, ("lines", "not_a_list")),
        ({"lines": ["a"] * 6}, ("lines", "too_many_items")),
        ({"lines": ["a", 3]}, ("lines[1]", "not_a_string")),
        ({"picks": ["p", "r"]}, ("picks[1]", "unknown_id")),
        ({"parts": [{"name": "toolong"}]}, ("parts[0].name", "too_long")),
        ({"parts": [1]}, ("parts[0]", "not_an_object")),
        ({"parts": [{"nom": "x"}]}, ("parts[0].nom", "unknown_field")),
        ({"either": [{"code": "a", "text": "t"}]}, ("either[0]", "one_part")),
        ({"either": [{"text": " "}]}, ("either[0].text", "required")),
        ({"either": [{"code": "c"}]}, ("either[0].code", "unknown_id")),
        ({"boxes": []}, ("boxes", "not_an_object")),
        ({"boxes": {"middle": True}}, ("boxes.middle", "unknown_field")),
        ({"boxes": {"left": "yes"}}, ("boxes.left", "not_a_boolean")),
    ],
)
def test_each_kind_refuses_with_its_code(data: dict[str, Any], expected: tuple[str, str]) -> None:
    """Each kind of wrong value gets its code, on the path of the value at fault."""
    assert errors_of({**VALID, **data}) == [expected]


def test_each_kind_reads_its_values() -> None:
    """Numbers as typed, texts trimmed, lists without blanks, records and boxes as tables (a box
    not sent keeps its default)."""
    data = {
        **VALID,
        "choice": " y ",
        "flag": "TRUE",
        "count": "10",
        "amount": "1 200,50",
        "name": " ab",
        "day": "2025-12-31",
        "lines": [" a ", "", None, "a", "b"],
        "picks": ["q", "q", "p"],
        "parts": [{"name": "", "note": ""}, {"name": "n"}],
        "either": [{"code": "b"}, {"text": " t "}],
        "boxes": {"left": True},
    }
    assert parse(FORM, data) == Sample(
        choice="y",
        flag=True,
        count=10,
        amount=1200.5,
        name="ab",
        needed="yes",
        day=date(2025, 12, 31),
        lines=("a", "b"),
        picks=("q", "p"),
        parts=(Part(name="n"),),
        either=(Either(code="b"), Either(text="t")),
        boxes=Boxes(left=True, right=True),
    )


def test_a_whole_number_too_large_for_a_float_is_out_of_range() -> None:
    """A JSON integer of any size is compared with the bounds, not converted and crashed on."""
    assert errors_of({**VALID, "count": 10**400}) == [("count", "out_of_range")]
    assert errors_of({**VALID, "amount": 10**400}) == [("amount", "not_a_number")]


def test_checks_across_fields_come_after_the_fields() -> None:
    """A form's checks see every value that parsed, and add their errors last."""

    def check(values: Any) -> list[Any]:
        from widgets.fields.errors import FieldError

        return [FieldError("count", "too_large", {"max": 1})] if values["count"] > 1 else []

    form = Form(Sample, "sample", groups=(Group("g"),), checks=(check,))
    values, errors = read(form, {**VALID, "count": 2, "name": "long"})
    assert values["count"] == 2
    assert [(error.field, error.code) for error in errors] == [
        ("name", "too_long"),
        ("count", "too_large"),
    ]


def test_something_else_than_an_object_is_one_error() -> None:
    """A list is not a form's values."""
    assert errors_of(["kind"]) == [("", "not_an_object")]


def test_a_form_that_ignores_unknown_names() -> None:
    """A report read for a few of its values leaves the others alone."""
    form = Form(Sample, "sample", groups=(Group("g"),), extra="ignore")
    assert parse(form, {**VALID, "other": 1}) == Sample(needed="yes")


def test_digits_beyond_a_floats_range_are_too_large_not_a_mystery() -> None:
    """Three hundred and nine nines typed in a bounded field are over its bound, as 10 is."""
    assert errors_of({**VALID, "ceiling": "9" * 309}) == [("ceiling", "too_large")]
    assert errors_of({**VALID, "ceiling": "-" + "9" * 309}) == [("ceiling", "not_a_number")]
    assert errors_of({**VALID, "amount": "9" * 309}) == [("amount", "not_a_number")]


@dataclass(frozen=True)
class Money:
    """A bounded amount kept to the cent."""

    price: float | None = row("amount", minimum=0, maximum=100, decimals=2)


def test_a_number_is_kept_to_its_fields_decimals_once_within_its_bounds() -> None:
    """Cents are kept, what is below them goes; a value just under the minimum stays refused."""
    form = Form(Money, "money")
    assert parse(form, {"price": "12,3456"}).price == 12.35
    assert parse(form, {"price": 0.004}).price == 0.0
    assert str(parse(form, {"price": "0,001"}).price) == "0.0"
    with pytest.raises(InputError):
        parse(form, {"price": -0.001})
