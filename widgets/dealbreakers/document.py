"""The reader's list as a document: its table, read by the one parser, and its JSON and Markdown.

The article (part 2, step 4): write down formally the behaviours so harmful to your business
that they give you a reason to end the relationship, to judge each new situation objectively.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from widgets.dealbreakers.behaviours import BEHAVIOUR_IDS, behaviour
from widgets.fields.parse import parse
from widgets.fields.table import Form, row
from widgets.i18n import check_lang, t

FORMAT = "client-exit-playbook/deal-breakers"
VERSION = 1
TEXT_MAX_LENGTH = 10_000
MAX_ITEMS = 100
# Where the pages keep the list on the reader's device, when asked to: the deal-breakers page
# writes it, the assessment offers its items.
STORAGE_KEY = "deal-breakers"


@dataclass(frozen=True)
class DealBreaker:
    """One item of the list: a catalogue behaviour (``id``) or the reader's own words (``text``)."""

    id: str | None = row("id", choices=BEHAVIOUR_IDS)
    text: str | None = row("text", max_length=TEXT_MAX_LENGTH)

    def __post_init__(self) -> None:
        """Refuse an item that is both, or neither."""
        if (self.id is None) == (self.text is None):
            raise ValueError("a deal-breaker has either an id or a text")

    def label(self, lang: str) -> str:
        """The item in words: the catalogue text, or the reader's text as typed."""
        return behaviour(self.id).text(lang) if self.id is not None else self.text or ""


@dataclass(frozen=True)
class DealBreakerList:
    """The reader's list, in the order they wrote it."""

    items: tuple[DealBreaker, ...] = ()


@dataclass(frozen=True)
class Document:
    """The saved list's table: which format it is, and its items."""

    format: str = row("const", FORMAT)
    version: int = row("const", VERSION)
    items: tuple[DealBreaker, ...] = row(
        "records", (), model=DealBreaker, exclusive=True, max_items=MAX_ITEMS
    )


DOCUMENT: Form[Document] = Form(Document, "dealbreakers")


def to_json(lst: DealBreakerList) -> dict[str, Any]:
    """The list as a versioned JSON document, to save and load again."""
    items = [{"id": item.id} if item.id is not None else {"text": item.text} for item in lst.items]
    return {"format": FORMAT, "version": VERSION, "items": items}


def from_json(data: object) -> DealBreakerList:
    """The list in a loaded document, or InputError naming every problem."""
    return DealBreakerList(parse(DOCUMENT, data).items)


def to_markdown(lst: DealBreakerList, lang: str) -> str:
    """The list as a titled, printable Markdown document."""
    lang = check_lang(lang)
    lines = [f"# {t(lang, 'dealbreakers.title')}", "", t(lang, "dealbreakers.intro"), ""]
    if not lst.items:
        lines.append(t(lang, "dealbreakers.empty"))
    # Continuation lines are indented so a multi-line item stays one list item.
    lines += ["- " + item.label(lang).replace("\n", "\n  ") for item in lst.items]
    return "\n".join(lines) + "\n"
