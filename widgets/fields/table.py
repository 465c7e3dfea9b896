"""A form's table: the fields it holds, each with its kind, limits, fieldset and catalogue keys.

A table is a frozen dataclass whose attributes are the form's fields, in form order. Each
attribute's default is a row made by ``row`` (or a helper of the table built on it), so the
type a field holds, its default and everything the parser, the form and the messages need are
written once, on one line. ``Form`` reads the rows and gives each its catalogue keys:

- ``<keys>.fields.<id>.label`` and ``.hint``: the field's label and the sentence under it;
- ``<keys>.fields.<id>.options.<choice>``: a choice's label, unless the row names other keys;
- ``<keys>.fields.<id>.parts.<part>``: a part of a record (a list row, a set of boxes);
- ``<keys>.fields.<id>.row``: the legend of one row of a list of records (``{number}``);
- ``<keys>.groups.<group>.legend``: a fieldset's legend;
- ``<keys>.whole``: the form as a whole, as an error about the whole of it names it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Generic, Literal, TypeVar

from widgets.fields.errors import FieldError
from widgets.i18n import t
from widgets.steps import Step

Kind = Literal[
    # One value: a choice among named values, a yes/no answer, a number, a text, a date.
    "choice",
    "bool",
    "int",
    "number",
    "amount",
    "hours",
    "percent",
    "text",
    "date",
    # One id of a bank too long to list in a message (a behaviour of the deal-breakers).
    "id",
    # A value a document must hold exactly (its format and version).
    "const",
    # Lists: texts one per line, ids of a bank, records of parts.
    "text_list",
    "ids",
    "records",
    # Named yes/no parts, one box each.
    "flags",
]
NUMERIC_KINDS: frozenset[Kind] = frozenset({"int", "number", "amount", "hours", "percent"})
# Unknown names in a form: refused, or left alone (a report read for a few of its values).
Extra = Literal["refuse", "ignore"]
ROW = "widgets.fields.row"


@dataclass(frozen=True)
class Field:
    """One field of a form: what the parser accepts, what the form shows, what messages say."""

    kind: Kind
    default: Any = None
    group: str = ""
    step: Step | None = None
    minimum: float | None = None
    maximum: float | None = None
    # Numbers kept to this many decimals (cents, hundredths of an hour), so that no value within
    # the bounds is too small to divide by: nothing the engine computes from them overflows.
    decimals: int | None = None
    choices: tuple[str, ...] = ()
    # Fixed labels of the choices (the languages' own names), else catalogue keys.
    choice_names: Mapping[str, str] | None = dataclasses.field(default=None, hash=False)
    choice_keys: str = ""
    max_length: int | None = None
    max_items: int | None = None
    # Lists: drop repeated items (blank ones always go).
    unique: bool = False
    required: bool = False
    # Records and flags: the dataclass of one record, itself a table of rows.
    model: type[Any] | None = None
    # Records: exactly one part per record; a blank record is refused rather than dropped.
    exclusive: bool = False
    extra: Extra = "refuse"
    # How the form shows it: lines of text (1 is a one-line input), a drop-down for a choice,
    # the browser's autofill hint, rows of a list of records.
    lines: int = 1
    select: bool = False
    autocomplete: str = "off"
    rows: int = 1
    # Set by ``Form`` from the table.
    id: str = ""
    label_key: str = ""
    hint_key: str = ""
    row_key: str = ""
    parts: tuple[Field, ...] = ()

    def choice_key(self, choice: str) -> str:
        """Catalogue key of the label of one choice."""
        return self.choice_keys.format(choice=choice)

    def choice_label(self, lang: str, choice: str) -> str:
        """The label of one choice, in ``lang``."""
        if self.choice_names is not None:
            return self.choice_names[choice]
        return t(lang, self.choice_key(choice))

    def part(self, part_id: str) -> Field | None:
        """The part of a record or of a set of boxes with this id."""
        return next((part for part in self.parts if part.id == part_id), None)


def row(kind: Kind, default: Any = None, **options: Any) -> Any:
    """A dataclass attribute's default that carries the field's row of the table."""
    return dataclasses.field(default=default, metadata={ROW: Field(kind, default, **options)})


@dataclass(frozen=True)
class Group:
    """A fieldset of a form, tied to the step of the playbook it comes from when there is one."""

    id: str
    step: Step | None = None
    legend_key: str = ""


def _rows(model: type[Any], keys: str) -> tuple[Field, ...]:
    """The rows of a table, each with its id and catalogue keys."""
    found: list[Field] = []
    for attribute in dataclasses.fields(model):
        spec: Field | None = attribute.metadata.get(ROW)
        if spec is None:
            raise TypeError(f"{model.__name__}.{attribute.name} has no row: use widgets.fields.row")
        base = f"{keys}.fields.{attribute.name}"
        parts = tuple(
            replace(part, label_key=f"{base}.parts.{part.id}", hint_key="")
            for part in (_rows(spec.model, keys) if spec.model else ())
        )
        found.append(
            replace(
                spec,
                id=attribute.name,
                label_key=f"{base}.label",
                hint_key=f"{base}.hint",
                row_key=f"{base}.row",
                choice_keys=spec.choice_keys or f"{base}.options.{{choice}}",
                parts=parts,
            )
        )
    return tuple(found)


T = TypeVar("T")
# A rule on several fields at once, given the values that parsed: the errors it finds.
Check = Callable[[Mapping[str, Any]], list[FieldError]]


class Form(Generic[T]):
    """A form: its table (``model``), its fieldsets, and the checks across its fields.

    ``id`` names the form in the page (its fields' HTML ids start with it); ``keys`` is where
    its texts live in the catalogues (``id`` unless said otherwise).
    """

    def __init__(
        self,
        model: type[T],
        id: str,
        *,
        keys: str | None = None,
        groups: tuple[Group, ...] = (),
        checks: tuple[Check, ...] = (),
        extra: Extra = "refuse",
    ) -> None:
        self.model = model
        self.id = id
        self.keys = keys or id
        self.groups = tuple(
            replace(group, legend_key=f"{self.keys}.groups.{group.id}.legend") for group in groups
        )
        self.checks = checks
        self.extra = extra
        self.whole_key = f"{self.keys}.whole"
        self.fields = _rows(model, self.keys)
        self.by_id = {spec.id: spec for spec in self.fields}
        unknown = {spec.group for spec in self.fields if spec.group} - {g.id for g in groups}
        if unknown:
            raise ValueError(f"{model.__name__}: fields in unknown groups {sorted(unknown)}")

    def field(self, field_id: str) -> Field | None:
        """The field with this id, if the form has one."""
        return self.by_id.get(field_id)

    def defaults(self) -> dict[str, Any]:
        """Every field's default, by id: the blank form."""
        return {spec.id: spec.default for spec in self.fields}
