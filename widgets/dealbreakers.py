"""The reader's deal-breakers: client behaviours that end a relationship, written down once.

The article (part 2, step 4): write down formally the behaviours so harmful to your business
that they give you a reason to end the relationship, to judge each new situation objectively.
Each catalogue behaviour is tied to the assessment criterion it feeds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from widgets.i18n import check_lang, t
from widgets.script.errors import LocalizedError, shown

FORMAT = "client-exit-playbook/deal-breakers"
VERSION = 1
TEXT_MAX_LENGTH = 10_000
MAX_ITEMS = 100


@dataclass(frozen=True)
class Behaviour:
    """A catalogue behaviour and the assessment criterion it feeds."""

    id: str
    criterion: str

    def text(self, lang: str) -> str:
        """The behaviour in words."""
        return t(lang, f"dealbreakers.items.{self.id}")


BEHAVIOURS: tuple[Behaviour, ...] = (
    Behaviour("late-payments", "late_payments"),
    Behaviour("unpaid-extras", "unpaid_extras"),
    Behaviour("unrealistic-expectations", "unrealistic_expectations"),
    Behaviour("not-worth-the-fee", "not_worth_fee"),
    Behaviour("missing-inputs", "late_inputs"),
    Behaviour("disrespect", "disrespect"),
    Behaviour("pressure-on-team", "disrespect"),
    Behaviour("revenue-not-worth-the-trouble", "low_rate"),
    Behaviour("below-rate-pressure", "low_rate"),
    Behaviour("broken-agreements", "deal_breakers"),
    Behaviour("unethical-requests", "deal_breakers"),
)
_BY_ID = {behaviour.id: behaviour for behaviour in BEHAVIOURS}


@dataclass(frozen=True)
class DealBreaker:
    """One item of the list: a catalogue behaviour (``id``) or the reader's own words (``text``)."""

    id: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        """Refuse an item that is both, or neither."""
        if (self.id is None) == (self.text is None):
            raise ValueError("a deal-breaker has either an id or a text")

    def label(self, lang: str) -> str:
        """The item in words: the catalogue text, or the reader's text as typed."""
        return _BY_ID[self.id].text(lang) if self.id is not None else self.text or ""


@dataclass(frozen=True)
class DealBreakerList:
    """The reader's list, in the order they wrote it."""

    items: tuple[DealBreaker, ...] = ()


class DealBreakersError(LocalizedError):
    """A loaded list that does not hold: says what is wrong, in the reader's language."""

    prefix = "dealbreakers.errors"


def behaviour(behaviour_id: str) -> Behaviour:
    """The catalogue behaviour with this id (KeyError when there is none)."""
    return _BY_ID[behaviour_id]


def catalog_items(lang: str) -> list[dict[str, str]]:
    """The catalogue as the form lists it: id, text and criterion."""
    lang = check_lang(lang)
    return [
        {"id": item.id, "text": item.text(lang), "criterion": item.criterion} for item in BEHAVIOURS
    ]


def criteria(lst: DealBreakerList) -> tuple[str, ...]:
    """The assessment criteria the list's catalogue items feed, without repeats."""
    found = (_BY_ID[item.id].criterion for item in lst.items if item.id is not None)
    return tuple(dict.fromkeys(found))


def to_json(lst: DealBreakerList) -> dict[str, Any]:
    """The list as a versioned JSON document, to save and load again."""
    items = [{"id": item.id} if item.id is not None else {"text": item.text} for item in lst.items]
    return {"format": FORMAT, "version": VERSION, "items": items}


def _item(raw: object, number: int) -> DealBreaker:
    """One item of a loaded document, checked."""
    if not isinstance(raw, Mapping) or len(raw) != 1 or not ({"id", "text"} & set(raw)):
        raise DealBreakersError("bad_item", number=number)
    if "id" in raw:
        value = raw["id"]
        if not isinstance(value, str) or value not in _BY_ID:
            raise DealBreakersError("unknown_id", number=number, value=shown(value))
        return DealBreaker(id=value)
    text = raw["text"]
    if not isinstance(text, str) or not text.strip():
        raise DealBreakersError("empty_text", number=number)
    if len(text) > TEXT_MAX_LENGTH:
        raise DealBreakersError("too_long", number=number, max=TEXT_MAX_LENGTH, length=len(text))
    return DealBreaker(text=text.strip())


def from_json(data: Any) -> DealBreakerList:
    """The list in a loaded document, or DealBreakersError naming the first problem."""
    if not isinstance(data, Mapping):
        raise DealBreakersError("not_object")
    if data.get("format") != FORMAT:
        raise DealBreakersError("wrong_format", value=shown(data.get("format")), expected=FORMAT)
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        raise DealBreakersError("wrong_version", value=shown(version), expected=VERSION)
    extra = sorted(str(key) for key in data if key not in ("format", "version", "items"))
    if extra:
        raise DealBreakersError("unknown_key", value=shown(extra[0]))
    items = data.get("items")
    if not isinstance(items, list):
        raise DealBreakersError("items_not_list")
    if len(items) > MAX_ITEMS:
        raise DealBreakersError("too_many", count=len(items), max=MAX_ITEMS)
    return DealBreakerList(tuple(_item(raw, number) for number, raw in enumerate(items, start=1)))


def to_markdown(lst: DealBreakerList, lang: str) -> str:
    """The list as a titled, printable Markdown document."""
    lang = check_lang(lang)
    lines = [f"# {t(lang, 'dealbreakers.title')}", "", t(lang, "dealbreakers.intro"), ""]
    if not lst.items:
        lines.append(t(lang, "dealbreakers.empty"))
    # Continuation lines are indented so a multi-line item stays one list item.
    lines += ["- " + item.label(lang).replace("\n", "\n  ") for item in lst.items]
    return "\n".join(lines) + "\n"
