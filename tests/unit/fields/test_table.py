"""A form's table: rows read from a dataclass, each given its id and catalogue keys."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from widgets.fields.table import Form, Group, row


@dataclass(frozen=True)
class Item:
    """One row of a list."""

    name: str = row("text", "")


@dataclass(frozen=True)
class Table:
    """A small table."""

    colour: str = row("choice", "red", group="g", choices=("red", "blue"))
    size: str = row("choice", "s", group="g", choices=("s",), choice_keys="sizes.{choice}")
    items: tuple[Item, ...] = row("records", (), group="g", model=Item, rows=2)


def test_rows_get_their_ids_and_keys_from_the_form() -> None:
    """Labels, hints, choices, parts and rows are keyed under the form's keys."""
    form = Form(Table, "table", keys="tools.table", groups=(Group("g"),))
    colour, size, items = form.fields
    assert (colour.id, colour.label_key, colour.hint_key) == (
        "colour",
        "tools.table.fields.colour.label",
        "tools.table.fields.colour.hint",
    )
    assert colour.choice_key("blue") == "tools.table.fields.colour.options.blue"
    assert size.choice_key("s") == "sizes.s"
    assert items.parts[0].label_key == "tools.table.fields.items.parts.name"
    assert items.row_key == "tools.table.fields.items.row"
    assert form.groups[0].legend_key == "tools.table.groups.g.legend"
    assert form.whole_key == "tools.table.whole"
    assert form.defaults() == {"colour": "red", "size": "s", "items": ()}


def test_a_field_in_an_unknown_fieldset_is_refused() -> None:
    """A row names one of the form's fieldsets, or none."""
    with pytest.raises(ValueError):
        Form(Table, "table", groups=(Group("other"),))


def test_an_attribute_without_a_row_is_refused() -> None:
    """Every attribute of a table is a row."""

    @dataclass(frozen=True)
    class Loose:
        plain: int = 0

    with pytest.raises(TypeError):
        Form(Loose, "loose")
