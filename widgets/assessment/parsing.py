"""Form or JSON answers to checked ``Answers``, with every error at once."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from widgets.assessment.answers import Answers
from widgets.assessment.fields import FIELDS, FIELDS_BY_ID, Field, FieldValue
from widgets.assessment.numbers import format_number, parse_number_text
from widgets.i18n import t

Params = dict[str, str | int | float | tuple[str, ...]]
# Every code an answer can fail with; each has a message in the catalogue.
ERROR_CODES = (
    "not_an_object",
    "unknown_field",
    "not_a_boolean",
    "not_a_number",
    "not_an_integer",
    "not_a_string",
    "not_a_list",
    "not_a_choice",
    "too_small",
    "too_large",
    "too_long",
    "too_many_items",
    "item_not_a_string",
    "item_too_long",
    "more_than_consulted",
)


@dataclass(frozen=True)
class FieldError:
    """One problem with one answer; ``code`` names it, ``params`` fill its message."""

    field: str
    code: str
    params: Params = dataclasses.field(default_factory=dict)

    def message(self, lang: str) -> str:
        """The error in plain words in ``lang``, naming the field by its label."""
        known = FIELDS_BY_ID.get(self.field)
        values: dict[str, str] = {"field": t(lang, known.label_key) if known else self.field}
        for name, value in self.params.items():
            if isinstance(value, tuple):
                labels = [t(lang, known.choice_key(v)) if known else v for v in value]
                values[name] = ", ".join(labels)
            elif isinstance(value, int | float):
                values[name] = format_number(lang, value)
            else:
                values[name] = value
        return t(lang, f"assessment.errors.{self.code}", **values)

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        """The error as JSON; with ``lang``, its message instead of its raw parameters."""
        if lang is None:
            return {"field": self.field, "code": self.code, "params": dict(self.params)}
        return {"field": self.field, "code": self.code, "message": self.message(lang)}


class AnswersError(ValueError):
    """The answers cannot be assessed; ``errors`` lists every field at fault."""

    def __init__(self, errors: tuple[FieldError, ...]) -> None:
        """Keep every error, in the order of the form."""
        super().__init__("; ".join(f"{error.field}: {error.code}" for error in errors))
        self.errors = errors

    def messages(self, lang: str) -> list[str]:
        """Every error in plain words in ``lang``."""
        return [error.message(lang) for error in self.errors]

    def as_dict(self) -> dict[str, Any]:
        """Language-neutral detail for a JSON error response."""
        return {"code": "invalid_answers", "errors": [error.as_json() for error in self.errors]}


class _Invalid(Exception):
    """One answer is wrong; carries the error code and its parameters."""

    def __init__(self, code: str, **params: str | int | float | tuple[str, ...]) -> None:
        """Keep the code and the message parameters."""
        super().__init__(code)
        self.code = code
        self.params: Params = dict(params)


def _is_unset(raw: object) -> bool:
    """Null and blank strings leave an answer at its default."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _number(raw: object, spec: Field) -> float:
    """A JSON number or numeric string, within the field's bounds."""
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise _Invalid("not_a_number")
    number = parse_number_text(raw) if isinstance(raw, str) else float(raw)
    if number is None or not math.isfinite(number):
        raise _Invalid("not_a_number")
    if spec.minimum is not None and number < spec.minimum:
        raise _Invalid("too_small", min=spec.minimum)
    if spec.maximum is not None and number > spec.maximum:
        raise _Invalid("too_large", max=spec.maximum)
    return number


def _integer(raw: object, spec: Field) -> int:
    """A whole number (``3``, ``3.0`` or ``"3"``) within the field's bounds."""
    number = _number(raw, spec)
    if not number.is_integer():
        raise _Invalid("not_an_integer")
    return int(number)


def _boolean(raw: object, spec: Field) -> bool:
    """A JSON boolean, or the strings "true" and "false"."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
        return raw.strip().lower() == "true"
    raise _Invalid("not_a_boolean")


def _choice(raw: object, spec: Field) -> str:
    """One of the field's choices."""
    if not isinstance(raw, str) or raw.strip() not in spec.choices:
        raise _Invalid("not_a_choice", choices=spec.choices)
    return raw.strip()


def _text(raw: object, spec: Field) -> str:
    """A text no longer than the field allows, without surrounding spaces."""
    if not isinstance(raw, str):
        raise _Invalid("not_a_string")
    if spec.max_length is not None and len(raw) > spec.max_length:
        raise _Invalid("too_long", max_length=spec.max_length)
    return raw.strip()


def _text_list(raw: object, spec: Field) -> tuple[str, ...]:
    """A list of texts; blank and repeated items are dropped."""
    if not isinstance(raw, list | tuple):
        raise _Invalid("not_a_list")
    if spec.max_items is not None and len(raw) > spec.max_items:
        raise _Invalid("too_many_items", max_items=spec.max_items)
    items: list[str] = []
    for position, item in enumerate(raw, start=1):
        if not isinstance(item, str):
            raise _Invalid("item_not_a_string", item=position)
        if spec.max_length is not None and len(item) > spec.max_length:
            raise _Invalid("item_too_long", item=position, max_length=spec.max_length)
        if item.strip() and item.strip() not in items:
            items.append(item.strip())
    return tuple(items)


_PARSERS: dict[str, Callable[[object, Field], FieldValue]] = {
    "frequency": _choice,
    "choice": _choice,
    "bool": _boolean,
    "int": _integer,
    "amount": _number,
    "hours": _number,
    "percent": _number,
    "text": _text,
    "text_list": _text_list,
}


def _cross_field_errors(values: Mapping[str, FieldValue]) -> list[FieldError]:
    """Errors that only two answers together reveal."""
    consulted, agree = values.get("consulted"), values.get("agree_unsalvageable")
    if isinstance(consulted, int) and isinstance(agree, int) and agree > consulted:
        return [FieldError("agree_unsalvageable", "more_than_consulted", {"consulted": consulted})]
    return []


def parse_answers(data: Mapping[str, Any]) -> Answers:
    """Check every answer in ``data`` and return them; raise AnswersError listing all faults."""
    if not isinstance(data, Mapping):
        raise AnswersError((FieldError("", "not_an_object"),))
    errors = [FieldError(str(name), "unknown_field") for name in data if name not in FIELDS_BY_ID]
    values: dict[str, FieldValue] = {}
    for spec in FIELDS:
        raw = data.get(spec.id)
        if _is_unset(raw):
            values[spec.id] = spec.default
            continue
        try:
            values[spec.id] = _PARSERS[spec.kind](raw, spec)
        except _Invalid as invalid:
            errors.append(FieldError(spec.id, invalid.code, invalid.params))
    errors += _cross_field_errors(values)
    if errors:
        raise AnswersError(tuple(errors))
    return Answers(**cast(dict[str, Any], values))
