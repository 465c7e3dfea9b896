"""The one parser of every form: JSON (or form values) in, the form's table filled in out.

Every field is read by its kind, so every tool accepts the same things the same way: "1 200,50"
is a number everywhere, null and blank text leave a field at its default, and every problem is
reported at once, unknown names first, then in the order of the form.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from widgets.fields.errors import FieldError, InputError, Param, shown
from widgets.fields.numbers import parse_number_text
from widgets.fields.table import NUMERIC_KINDS, Extra, Field, Form

T = TypeVar("T")


class _Invalid(Exception):
    """One value is wrong; carries the error code and the values its message quotes."""

    def __init__(self, code: str, **params: Param) -> None:
        """Keep the code and the message's values."""
        super().__init__(code)
        self.code = code
        self.params = params


def is_unset(raw: object) -> bool:
    """Null and blank text leave a field at its default."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _at(path: str, name: str) -> str:
    """The path of ``name`` inside ``path``."""
    return f"{path}.{name}" if path else name


def _bounds(spec: Field, number: float) -> None:
    """Refuse a number outside the field's bounds, naming the bounds it has."""
    low, high = spec.minimum, spec.maximum
    if (low is None or number >= low) and (high is None or number <= high):
        return
    if low is not None and high is not None:
        raise _Invalid("out_of_range", min=low, max=high)
    if high is None:
        raise _Invalid("too_small", min=low if low is not None else number)
    raise _Invalid("too_large", max=high)


def _number(raw: object, spec: Field) -> float:
    """A JSON number or numeric text within the field's bounds; whole for ``int`` fields."""
    whole = spec.kind == "int"
    fault = "not_an_integer" if whole else "not_a_number"
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise _Invalid(fault)
    try:
        number = parse_number_text(raw) if isinstance(raw, str) else float(raw)
    except OverflowError:  # a whole number too large for a float: beyond any bound
        number = (math.inf if raw > 0 else -math.inf) if isinstance(raw, int) else None
    if number is None or math.isnan(number) or (math.isinf(number) and isinstance(raw, float)):
        raise _Invalid(fault)
    if whole and math.isfinite(number) and not number.is_integer():
        raise _Invalid(fault)
    _bounds(spec, number)
    if not math.isfinite(number):
        raise _Invalid(fault)
    if whole:
        return int(number)
    # Rounded within the bounds, so that a value just below the minimum is still refused.
    return number if spec.decimals is None else round(number, spec.decimals) + 0.0


def _boolean(raw: object, spec: Field) -> bool:
    """A JSON boolean, or the texts "true" and "false"."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
        return raw.strip().lower() == "true"
    raise _Invalid("not_a_boolean")


def _choice(raw: object, spec: Field) -> str:
    """One of the field's choices."""
    if not isinstance(raw, str) or raw.strip() not in spec.choices:
        raise _Invalid("not_a_choice", value=shown(raw), choices=spec.choices)
    return raw.strip()


def _bank_id(raw: object, spec: Field) -> str:
    """One id of the field's bank."""
    if not isinstance(raw, str) or raw not in spec.choices:
        raise _Invalid("unknown_id", value=shown(raw))
    return raw


def _text(raw: object, spec: Field) -> str:
    """A text no longer than the field allows, without surrounding spaces."""
    if not isinstance(raw, str):
        raise _Invalid("not_a_string")
    if spec.max_length is not None and len(raw) > spec.max_length:
        raise _Invalid("too_long", max=spec.max_length, length=len(raw))
    return raw.strip()


def _date(raw: object, spec: Field) -> date:
    """An ISO date (YYYY-MM-DD), or a date already (from Python callers)."""
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise _Invalid("not_a_date", value=shown(raw))


def _const(raw: object, spec: Field) -> object:
    """Exactly the field's value, of the same type (a document's format or version)."""
    if type(raw) is not type(spec.default) or raw != spec.default:
        raise _Invalid("unsupported", value=shown(raw), expected=str(spec.default))
    return raw


_ONE_VALUE: dict[str, Callable[[object, Field], object]] = {
    "choice": _choice,
    "bool": _boolean,
    "text": _text,
    "date": _date,
    "id": _bank_id,
    "const": _const,
    **{kind: _number for kind in NUMERIC_KINDS},
}


class _Reader:
    """Reads the values of one input, gathering every error on the way."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, path: str, code: str, **params: Param) -> None:
        """Record one problem."""
        self.errors.append(FieldError(path, code, params))

    def record(
        self, fields: tuple[Field, ...], raw: Mapping[str, Any], path: str, extra: Extra
    ) -> dict[str, Any]:
        """The value of every field of a record (the whole form, or one part of a list)."""
        if extra == "refuse":
            known = {spec.id for spec in fields}
            for name in raw:
                if name not in known:
                    self.fail(_at(path, str(name)), "unknown_field")
        return {spec.id: self.value(spec, raw.get(spec.id), _at(path, spec.id)) for spec in fields}

    def value(self, spec: Field, raw: object, path: str) -> Any:
        """The value of one field, or its default after recording what is wrong."""
        if is_unset(raw) and spec.kind != "const":
            if spec.required:
                self.fail(path, "required")
            return spec.default
        if spec.kind in _ONE_VALUE:
            try:
                return _ONE_VALUE[spec.kind](raw, spec)
            except _Invalid as invalid:
                self.fail(path, invalid.code, **invalid.params)
                return spec.default
        if spec.kind == "flags":
            return self.flags(spec, raw, path)
        return self.items(spec, raw, path)

    def flags(self, spec: Field, raw: object, path: str) -> Any:
        """A set of named yes/no parts, as the field's record type."""
        assert spec.model is not None
        if not isinstance(raw, Mapping):
            self.fail(path, "not_an_object")
            return spec.default
        return spec.model(**self.record(spec.parts, raw, path, spec.extra))

    def items(self, spec: Field, raw: object, path: str) -> tuple[Any, ...]:
        """A list: texts, ids of a bank or records, blank (and, if asked, repeated) ones dropped."""
        if not isinstance(raw, list | tuple):
            self.fail(path, "not_a_list")
            return tuple(spec.default)
        if spec.max_items is not None and len(raw) > spec.max_items:
            self.fail(path, "too_many_items", max=spec.max_items, count=len(raw))
            return tuple(spec.default)
        kept: list[Any] = []
        for index, item in enumerate(raw):
            value = self.item(spec, item, f"{path}[{index}]")
            if value is not None and value != "" and not (spec.unique and value in kept):
                kept.append(value)
        return tuple(kept)

    def item(self, spec: Field, raw: object, path: str) -> Any:
        """One item of a list, or None when it is blank or wrong."""
        if spec.kind == "records":
            return self.list_record(spec, raw, path)
        if raw is None:
            return None
        reader = _bank_id if spec.kind == "ids" else _text
        try:
            return reader(raw, spec)
        except _Invalid as invalid:
            self.fail(path, invalid.code, **invalid.params)
            return None

    def list_record(self, spec: Field, raw: object, path: str) -> Any:
        """One record of a list; None when it is entirely blank (the form's empty rows)."""
        assert spec.model is not None
        if not isinstance(raw, Mapping):
            self.fail(path, "not_an_object")
            return None
        before = len(self.errors)
        values = self.record(spec.parts, raw, path, spec.extra)
        present = [part.id for part in spec.parts if part.id in raw]
        given = [part.id for part in spec.parts if not is_unset(raw.get(part.id))]
        if spec.exclusive and len(present) != 1:
            self.fail(path, "one_part", parts=", ".join(part.id for part in spec.parts))
        elif spec.exclusive and not given:
            self.fail(_at(path, present[0]), "required")
        if len(self.errors) > before or not given:
            return None
        return spec.model(**values)


def read(form: Form[Any], data: object) -> tuple[dict[str, Any], list[FieldError]]:
    """Every value of ``data`` that parses, and every error found, checks across fields included."""
    reader = _Reader()
    if not isinstance(data, Mapping):
        reader.fail("", "not_an_object")
        return form.defaults(), reader.errors
    values = reader.record(form.fields, data, "", form.extra)
    for check in form.checks:
        reader.errors += check(values)
    return values, reader.errors


def parse(form: Form[T], data: object) -> T:
    """The form's table filled in from ``data``, or InputError listing every problem."""
    values, errors = read(form, data)
    if errors:
        raise InputError(form, tuple(errors))
    return form.model(**values)
