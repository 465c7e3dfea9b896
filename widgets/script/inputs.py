"""What the reader gives the script generator, once parsed and checked."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, cast

from widgets.i18n import DEFAULT_LANG, LANGS, Lang, t
from widgets.script.errors import shown, worded_params
from widgets.script.reasons import REASON_IDS

Channel = Literal["phone", "in_person"]
Tone = Literal["formal", "cordial"]
CHANNELS: tuple[Channel, ...] = ("phone", "in_person")
TONES: tuple[Tone, ...] = ("formal", "cordial")

TEXT_MAX_LENGTH = 10_000
LIST_MAX_ITEMS = 100
# Beyond ten years of notice a date computation is meaningless (and could overflow).
NOTICE_MAX_DAYS = 3_650
RELATIONSHIP_MAX_YEARS = 100

TEXT_FIELDS = ("your_name", "your_company", "client_name", "client_contact")
HANDOVER_ITEMS = ("files", "access", "work_in_progress", "final_invoice")
REPLACEMENT_PARTS = ("name", "contact")
FIELDS = (
    "lang",
    "channel",
    "tone",
    *TEXT_FIELDS,
    "reasons",
    "own_reasons",
    "capacity_line",
    "replacements",
    "end_date",
    "notice_days",
    "relationship_years",
    "handover",
    "holds_stake",
)

_PATH = re.compile(r"^(?P<field>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<part>\w+))?$")


@dataclass(frozen=True)
class Replacement:
    """A provider the reader recommends to the client."""

    name: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Handover:
    """What the reader commits to hand over before the end date."""

    files: bool = False
    access: bool = False
    work_in_progress: bool = False
    final_invoice: bool = False

    def chosen(self) -> tuple[str, ...]:
        """The ids of the items ticked, in form order."""
        return tuple(item for item in HANDOVER_ITEMS if getattr(self, item))


@dataclass(frozen=True)
class ScriptInputs:
    """Every input of the generator; each default is a blank form."""

    lang: Lang = DEFAULT_LANG
    channel: Channel = "phone"
    tone: Tone = "formal"
    your_name: str = ""
    your_company: str = ""
    client_name: str = ""
    client_contact: str = ""
    reasons: tuple[str, ...] = ()
    own_reasons: tuple[str, ...] = ()
    capacity_line: bool = True
    replacements: tuple[Replacement, ...] = ()
    end_date: date | None = None
    notice_days: int | None = None
    relationship_years: float | None = None
    handover: Handover = Handover()
    holds_stake: bool = False


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; ``field`` is a path such as ``replacements[0].name``."""

    field: str
    code: str
    params: dict[str, str | int] = dataclasses.field(default_factory=dict, hash=False)

    def message(self, lang: str) -> str:
        """The problem in words, naming the field by its form label."""
        problem = t(lang, f"script.errors.{self.code}", **worded_params(self.params, lang))
        # An unknown field has no label: its own name is the clearest way to point at it.
        where = self.field if self.code == "unknown_field" else field_label(self.field, lang)
        return t(lang, "script.errors.where", where=where, problem=problem)

    def as_dict(self, lang: str) -> dict[str, str]:
        """The error as the browser shows it."""
        return {"field": self.field, "code": self.code, "message": self.message(lang)}


class InputsError(ValueError):
    """Every problem found in the inputs at once, so the form can flag them all."""

    def __init__(self, errors: tuple[FieldError, ...]) -> None:
        super().__init__("; ".join(f"{error.field}: {error.code}" for error in errors))
        self.errors = errors

    def messages(self, lang: str) -> list[str]:
        """Each error in words."""
        return [error.message(lang) for error in self.errors]

    def as_dict(self, lang: str = DEFAULT_LANG) -> dict[str, Any]:
        """The structured detail the bridge sends back."""
        return {"code": "invalid_inputs", "errors": [error.as_dict(lang) for error in self.errors]}


def field_label(path: str, lang: str) -> str:
    """The form label of a field path, with the item number and part when there are any."""
    if not path:
        return t(lang, "script.errors.whole")
    found = _PATH.match(path)
    if found is None or found["field"] not in FIELDS:
        return path
    name, index, part = found["field"], found["index"], found["part"]
    label = t(lang, f"script.fields.{name}.label")
    if index is not None:
        label = t(lang, "script.errors.item", label=label, number=int(index) + 1)
    if part is not None:
        parts = ("script.fields", name, "parts", part)
        label = t(lang, "script.errors.part", label=label, part=t(lang, ".".join(parts)))
    return label


class _Collector:
    """Gathers the errors of one parse."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, path: str, code: str, **params: str | int) -> None:
        """Record one problem."""
        self.errors.append(FieldError(path, code, dict(params)))


def _empty(value: object) -> bool:
    """Whether a value means "left blank"."""
    return value is None or (isinstance(value, str) and not value.strip())


def _choice(value: object, path: str, choices: tuple[str, ...], errors: _Collector) -> str | None:
    """One of ``choices``, or None after recording an error."""
    if isinstance(value, str) and value in choices:
        return value
    errors.add(path, "unknown_choice", value=shown(value), choices=", ".join(choices))
    return None


def _text(value: object, path: str, errors: _Collector) -> str:
    """A free text (kept as typed, outer spaces aside), or "" after recording an error."""
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.add(path, "not_text")
        return ""
    if len(value) > TEXT_MAX_LENGTH:
        errors.add(path, "too_long", max=TEXT_MAX_LENGTH, length=len(value))
        return ""
    return value.strip()


def _bool(value: object, path: str, default: bool, errors: _Collector) -> bool:
    """A yes/no answer."""
    if value is None:
        return default
    if not isinstance(value, bool):
        errors.add(path, "not_bool")
        return default
    return value


def _list(value: object, path: str, errors: _Collector) -> list[Any]:
    """A list of at most LIST_MAX_ITEMS items, or [] after recording an error."""
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        errors.add(path, "not_list")
        return []
    if len(value) > LIST_MAX_ITEMS:
        errors.add(path, "too_many", max=LIST_MAX_ITEMS)
        return []
    return list(value)


def _object(
    value: object, path: str, keys: tuple[str, ...], errors: _Collector
) -> Mapping[str, Any]:
    """A JSON object with only ``keys``, or {} after recording an error."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        errors.add(path, "not_object")
        return {}
    for key in value:
        if key not in keys:
            errors.add(f"{path}.{key}", "unknown_field")
    return value


def _reasons(value: object, errors: _Collector) -> tuple[str, ...]:
    """Reason ids of the bank, duplicates dropped."""
    chosen: list[str] = []
    for index, item in enumerate(_list(value, "reasons", errors)):
        if not isinstance(item, str) or item not in REASON_IDS:
            errors.add(f"reasons[{index}]", "unknown_reason", value=shown(item))
        elif item not in chosen:
            chosen.append(item)
    return tuple(chosen)


def _own_reasons(value: object, errors: _Collector) -> tuple[str, ...]:
    """The reader's own reasons, blank ones dropped."""
    texts = (
        _text(item, f"own_reasons[{i}]", errors)
        for i, item in enumerate(_list(value, "own_reasons", errors))
    )
    return tuple(text for text in texts if text)


def _replacements(value: object, errors: _Collector) -> tuple[Replacement, ...]:
    """Recommended providers, entirely blank ones dropped."""
    found: list[Replacement] = []
    for index, item in enumerate(_list(value, "replacements", errors)):
        path = f"replacements[{index}]"
        if not isinstance(item, Mapping):
            errors.add(path, "not_object")
            continue
        parts = _object(item, path, REPLACEMENT_PARTS, errors)
        name = _text(parts.get("name"), f"{path}.name", errors)
        contact = _text(parts.get("contact"), f"{path}.contact", errors)
        if name or contact:
            found.append(Replacement(name, contact))
    return tuple(found)


def _end_date(value: object, errors: _Collector) -> date | None:
    """An ISO date, or None when blank or invalid."""
    if _empty(value):
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    errors.add("end_date", "invalid_date", value=shown(value))
    return None


def _number(
    value: object, path: str, maximum: int, integer: bool, errors: _Collector
) -> float | None:
    """A number between 0 and ``maximum`` (form inputs may send it as text), or None."""
    if _empty(value):
        return None
    number: float | None = None
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str):
            # French readers type a decimal comma.
            number = float(value.strip().replace(",", "."))
    except ValueError:
        number = None
    except OverflowError:  # an integer too large for a float
        number = math.inf
    if number is None or math.isnan(number):
        errors.add(path, "not_integer" if integer else "not_number")
        return None
    if integer and math.isfinite(number) and not number.is_integer():
        errors.add(path, "not_integer")
        return None
    if not 0 <= number <= maximum:
        errors.add(path, "out_of_range", min=0, max=maximum)
        return None
    return number


def _handover(value: object, errors: _Collector) -> Handover:
    """The handover items ticked."""
    items = _object(value, "handover", HANDOVER_ITEMS, errors)
    ticked = {
        item: _bool(items.get(item), f"handover.{item}", False, errors) for item in HANDOVER_ITEMS
    }
    return Handover(**ticked)


def _form_order(error: FieldError) -> int:
    """Where the error's field sits in the form; unknown fields come last."""
    found = _PATH.match(error.field)
    name = found["field"] if found else ""
    return FIELDS.index(name) if name in FIELDS else len(FIELDS)


def parse_inputs(data: Mapping[str, Any]) -> ScriptInputs:
    """Check every field of ``data`` and build the inputs, or raise InputsError with all errors."""
    errors = _Collector()
    if not isinstance(data, Mapping):
        errors.add("", "not_object")
        raise InputsError(tuple(errors.errors))
    for key in data:
        if key not in FIELDS:
            errors.add(str(key), "unknown_field")

    def choice(name: str, choices: tuple[str, ...], default: str) -> str:
        """The choice made for ``name``, or its default when blank or invalid."""
        value = data.get(name)
        return default if _empty(value) else _choice(value, name, choices, errors) or default

    def text(name: str) -> str:
        """The free text typed in ``name``."""
        return _text(data.get(name), name, errors)

    notice = _number(data.get("notice_days"), "notice_days", NOTICE_MAX_DAYS, True, errors)
    years = _number(
        data.get("relationship_years"), "relationship_years", RELATIONSHIP_MAX_YEARS, False, errors
    )
    inputs = ScriptInputs(
        lang=cast(Lang, choice("lang", LANGS, DEFAULT_LANG)),
        channel=cast(Channel, choice("channel", CHANNELS, "phone")),
        tone=cast(Tone, choice("tone", TONES, "formal")),
        your_name=text("your_name"),
        your_company=text("your_company"),
        client_name=text("client_name"),
        client_contact=text("client_contact"),
        reasons=_reasons(data.get("reasons"), errors),
        own_reasons=_own_reasons(data.get("own_reasons"), errors),
        capacity_line=_bool(data.get("capacity_line"), "capacity_line", True, errors),
        replacements=_replacements(data.get("replacements"), errors),
        end_date=_end_date(data.get("end_date"), errors),
        notice_days=None if notice is None else int(notice),
        relationship_years=years,
        handover=_handover(data.get("handover"), errors),
        holds_stake=_bool(data.get("holds_stake"), "holds_stake", False, errors),
    )
    if errors.errors:
        raise InputsError(tuple(sorted(errors.errors, key=_form_order)))
    return inputs
