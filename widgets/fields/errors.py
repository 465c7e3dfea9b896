"""The one set of error codes of every form, and their messages in the reader's language.

An error is language-neutral: the path of the field at fault, a code, and the values its
message quotes. It is put in words only at the edge (the bridge, the command line), by
``message``: "“<where>”: <problem>", where names the field by its label in the form.
"""

from __future__ import annotations

import dataclasses
import re
import reprlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from widgets.fields.numbers import format_number
from widgets.i18n import t

if TYPE_CHECKING:
    from widgets.fields.table import Field, Form

# Every code an input can fail with; each has a message under ``errors.codes`` in the catalogues.
ERROR_CODES = (
    "not_an_object",
    "unknown_field",
    "required",
    "not_a_boolean",
    "not_a_number",
    "not_an_integer",
    "not_a_string",
    "not_a_list",
    "not_a_date",
    "not_a_choice",
    "unknown_id",
    "unsupported",
    "one_part",
    "too_small",
    "too_large",
    "out_of_range",
    "too_long",
    "too_many_items",
    "more_than_consulted",
    "bad_request",
    "not_json",
    "too_deep",
    "unanswerable",
)
# Quoting a whole 10,000-character value would drown the message.
QUOTE_MAX_LENGTH = 80
# A path: a field, the number of an item of a list, the part of a record.
_PATH = re.compile(r"^(?P<field>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<part>\w+))?$")

Param = str | int | float | tuple[str, ...]


# Lists and objects quoted a few levels and items deep: a value nested a thousand levels, or a
# whole number of a thousand digits, is shown without being written out whole.
_QUOTE = reprlib.Repr()
_QUOTE.maxlevel, _QUOTE.maxlist, _QUOTE.maxdict, _QUOTE.maxlong = 3, 4, 4, QUOTE_MAX_LENGTH


def shown(value: object) -> str:
    """A typed value short enough to quote in a message."""
    try:
        text = value if isinstance(value, str) else _QUOTE.repr(value)
    except ValueError:  # a whole number too long to write in digits
        text = type(value).__name__
    return text if len(text) <= QUOTE_MAX_LENGTH else text[: QUOTE_MAX_LENGTH - 1] + "…"


@dataclass(frozen=True)
class FieldError:
    """One problem: the path of the field (``replacements[0].name``, "" for the whole form)."""

    field: str
    code: str
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict, hash=False)

    def as_json(self) -> dict[str, Any]:
        """The error without words: path, code and the values its message quotes."""
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        return {"field": self.field, "code": self.code, "params": params}


class InputError(ValueError):
    """Input that a form refuses; ``errors`` lists every problem, in the order of the form."""

    def __init__(self, form: Form[Any], errors: tuple[FieldError, ...]) -> None:
        """Keep the form, which names the fields, and every error."""
        super().__init__("; ".join(f"{error.field}: {error.code}" for error in errors))
        self.form = form
        self.errors = errors

    def messages(self, lang: str) -> list[str]:
        """Every error in plain words in ``lang``."""
        return [message(self.form, error, lang) for error in self.errors]

    def as_json(self, lang: str) -> list[dict[str, Any]]:
        """Every error as the bridge sends it: path, code, values and message."""
        return [
            {**error.as_json(), "message": message(self.form, error, lang)} for error in self.errors
        ]


def field_at(form: Form[Any], path: str) -> Field | None:
    """The field or part a path points to, if the form has it."""
    found = _PATH.match(path)
    spec = form.field(found["field"]) if found else None
    if found is None or spec is None or found["part"] is None:
        return spec
    return spec.part(found["part"])


def where(form: Form[Any], path: str, lang: str) -> str:
    """A path in words: the field's label, with the item's number and the part's label."""
    if not path:
        return t(lang, form.whole_key)
    found = _PATH.match(path)
    spec = form.field(found["field"]) if found else None
    if found is None or spec is None:
        return path
    label = t(lang, spec.label_key)
    if found["index"] is not None:
        label = t(lang, "errors.item", label=label, number=int(found["index"]) + 1)
    if found["part"] is not None:
        part = spec.part(found["part"])
        if part is None:
            return path
        label = t(lang, "errors.part", label=label, part=t(lang, part.label_key))
    return label


def _worded(lang: str, value: Param, spec: Field | None) -> str:
    """One value of a message: numbers as ``lang`` writes them, choices by their labels."""
    if isinstance(value, tuple):
        return ", ".join(spec.choice_label(lang, v) if spec else v for v in value)
    if isinstance(value, int | float):
        return format_number(lang, value)
    return value


def failure(error: Exception) -> FieldError:
    """Any exception as an error about the whole input, so that every caller can word it: a
    request nested too deep to read (RecursionError), a request that does not hold
    (ValueError), or anything else the engine could not answer (OverflowError, say)."""
    if isinstance(error, RecursionError):
        return FieldError("", "too_deep")
    if isinstance(error, ValueError):
        return FieldError("", "bad_request", {"detail": shown(str(error))})
    return FieldError("", "unanswerable", {"detail": type(error).__name__})


def sentence(error: FieldError, lang: str) -> str:
    """An error about no field in particular in plain words in ``lang``, as a sentence."""
    problem = t(lang, f"errors.codes.{error.code}", **error.params)
    return problem[:1].upper() + problem[1:]


def message(form: Form[Any], error: FieldError, lang: str) -> str:
    """The error in plain words in ``lang``, naming the field by its label."""
    spec = field_at(form, error.field)
    values = {name: _worded(lang, value, spec) for name, value in error.params.items()}
    problem = t(lang, f"errors.codes.{error.code}", **values)
    # An unknown field has no label: its name as sent is the clearest way to point at it.
    place = error.field if error.code == "unknown_field" else where(form, error.field, lang)
    return t(lang, "errors.where", where=place, problem=problem)
