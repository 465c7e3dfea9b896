"""What the generator produces: plain data, rendered as text by the browser (never as HTML)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from widgets.i18n import Lang

SectionId = Literal[
    "opening",
    "decision",
    "reasons",
    "capacity",
    "listening",
    "replacement",
    "transition",
    "close",
]
SECTION_IDS: tuple[SectionId, ...] = (
    "opening",
    "decision",
    "reasons",
    "capacity",
    "listening",
    "replacement",
    "transition",
    "close",
)
# "say": words for the client; "item": one entry of a list said aloud; "cue": advice to the reader.
LineKind = Literal["say", "item", "cue"]


@dataclass(frozen=True)
class Line:
    """One line of a conversation section."""

    kind: LineKind
    text: str


@dataclass(frozen=True)
class Section:
    """One step of the conversation."""

    id: SectionId
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Email:
    """The follow-up email that confirms what was said."""

    subject: str
    body: str


@dataclass(frozen=True)
class Letter:
    """The formal letter; ``title`` names how to send it."""

    title: str
    text: str


@dataclass(frozen=True)
class Objection:
    """A reaction the client may have, and a calm reply to rehearse."""

    id: str
    label: str
    example: str
    reply: str


@dataclass(frozen=True)
class ScriptWarning:
    """Something the reader should check before using the script."""

    id: str
    text: str


@dataclass(frozen=True)
class Script:
    """Everything the generator produces for one set of inputs.

    ``client`` is the client's name as the script shows it (a placeholder when missing);
    ``placeholders`` are the bracketed markers left to fill in, once each, which the page
    names again before the script is copied, downloaded, printed or mailed.
    """

    lang: Lang
    channel: str
    client: str
    conversation: tuple[Section, ...]
    email: Email
    letter: Letter
    objections: tuple[Objection, ...]
    warnings: tuple[ScriptWarning, ...]
    placeholders: tuple[str, ...] = ()

    def section(self, section_id: str) -> Section | None:
        """The conversation section with this id, if the script has one."""
        return next((item for item in self.conversation if item.id == section_id), None)

    def as_dict(self) -> dict[str, Any]:
        """The script as JSON-ready data."""
        return asdict(self)
