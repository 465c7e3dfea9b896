"""The one shape of a script as a document: its parts, their sections and lines, in order.

Every rendering follows this shape: plain text and Markdown (``render``), and the page, which
writes the same blocks with ``textContent`` (``widgets/web/script-document.mjs``). Nothing is
escaped here: what the reader typed stays as typed.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Literal

from widgets.i18n import t
from widgets.script.model import Script

# The letter's templates end with notes for the sender, under a line such as
# "--- Notes for you: remove them before sending ---". They are the sender's, not the
# client's: the page shows them apart, and a printed letter leaves them out.
LETTER_NOTES = re.compile(r"^--- .+ ---$", re.MULTILINE)

# "title": the document's; "part": a part (warnings, conversation...); "section": a titled step
# inside a part; "say", "item", "cue": a conversation line (words, list entry, advice to the
# reader); "labelled": a value after its label; "warning": a point to check; "text": a whole
# preformatted text (the email's body, the letter).
BlockKind = Literal["title", "part", "section", "say", "item", "cue", "labelled", "warning", "text"]


@dataclass(frozen=True)
class Block:
    """One block of the document; ``id`` names parts and sections, ``label`` labelled lines."""

    kind: BlockKind
    text: str
    id: str = ""
    label: str = ""

    def line(self, lang: str) -> str:
        """The block as one line: a labelled one after its label, with the language's colon."""
        if not self.label:
            return self.text
        return t(lang, "script.render.labelled", label=self.label, text=self.text)

    def as_json(self, lang: str) -> dict[str, Any]:
        """The block as the page receives it, with its line ready to show."""
        return {**asdict(self), "line": self.line(lang)}


def letter_and_notes(text: str) -> tuple[str, str]:
    """The letter to send, and the notes for its sender ("" when it has none)."""
    notes = LETTER_NOTES.search(text)
    if notes is None:
        return text, ""
    return text[: notes.start()].rstrip() + "\n", text[notes.start() :]


def document(script: Script) -> tuple[Block, ...]:
    """The script as a document, in reading order."""
    lang = script.lang
    channel = t(lang, f"script.fields.channel.options.{script.channel}")
    blocks = [Block("title", t(lang, "script.render.title", client=script.client))]
    if script.warnings:
        blocks.append(Block("part", t(lang, "script.render.warnings"), "warnings"))
        blocks += [Block("warning", warning.text, warning.id) for warning in script.warnings]
    title = t(lang, "script.render.conversation", channel=channel)
    blocks.append(Block("part", title, "conversation"))
    tip = t(lang, "script.render.tip")
    for section in script.conversation:
        blocks.append(Block("section", section.title, section.id))
        blocks += [
            Block(line.kind, line.text, label=tip if line.kind == "cue" else "")
            for line in section.lines
        ]
    blocks.append(Block("part", t(lang, "script.render.objections"), "objections"))
    heard, reply = t(lang, "script.render.heard"), t(lang, "script.render.reply")
    for objection in script.objections:
        blocks.append(Block("section", objection.label, objection.id))
        blocks.append(Block("labelled", objection.example, label=heard))
        blocks.append(Block("labelled", objection.reply, label=reply))
    blocks.append(Block("part", t(lang, "script.render.email"), "email"))
    subject = t(lang, "script.render.subject")
    blocks.append(Block("labelled", script.email.subject, "subject", subject))
    blocks.append(Block("text", script.email.body, "email-body"))
    blocks.append(Block("part", t(lang, "script.render.letter"), "letter"))
    letter, notes = letter_and_notes(script.letter.text)
    blocks.append(Block("text", letter, "letter-text"))
    if notes:
        blocks.append(Block("text", notes, "letter-notes"))
    return tuple(blocks)
