"""A generated script as one document: plain text, Markdown, or the email alone.

Both documents follow the blocks of ``widgets.script.document``, the one shape of a script.
Nothing is escaped: the browser shows these with textContent and typed text stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Literal

from widgets.script.document import Block, document
from widgets.script.model import Script

Format = Literal["text", "markdown", "email"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "email")
_BACKTICK_RUNS = re.compile(r"`+")
_BLANK_RUNS = re.compile(r"\n{3,}")


def render(script: Script, fmt: str) -> str:
    """The script in format ``fmt`` (one of FORMATS)."""
    if fmt == "text":
        return render_text(script)
    if fmt == "markdown":
        return render_markdown(script)
    if fmt == "email":
        return render_email(script)
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


def render_email(script: Script) -> str:
    """The email alone, ready to paste into a mail client."""
    # "Subject:" is the email header name in every language, not a label to translate.
    return f"Subject: {script.email.subject}\n\n{script.email.body}"


def _text_lines(lang: str, block: Block, in_section: bool) -> list[str]:
    """One block as lines of plain text; lines of a section are indented under it."""
    indent = "  " if in_section else ""
    if block.kind in ("title", "part"):
        return [block.text, ("=" if block.kind == "title" else "-") * len(block.text), ""]
    if block.kind == "section":
        return [block.text]
    if block.kind == "warning":
        return [f"! {block.text}"]
    if block.kind == "item":
        return [f"{indent}- {block.text}"]
    if block.kind == "cue":
        return [f"{indent}({block.line(lang)})"]
    if block.kind == "labelled":
        return [f"{indent}{block.line(lang)}"]
    if block.kind == "text":
        return [block.text.rstrip("\n"), ""]
    return [f"{indent}{block.text}"]


def _lines(script: Script, lines_of: Callable[[Block, bool], list[str]]) -> list[str]:
    """The document's blocks as lines, in order: a blank line before each heading and each
    whole text, and whether a line sits in a section (indented, or a list item)."""
    out: list[str] = []
    in_section = False
    for block in document(script):
        if block.kind in ("part", "section"):
            in_section = block.kind == "section"
        if block.kind in ("part", "section", "text") and out and out[-1]:
            out.append("")
        out += lines_of(block, in_section)
    return out


def render_text(script: Script) -> str:
    """The whole script as plain text, for reading aloud or printing."""
    return "\n".join(_lines(script, partial(_text_lines, script.lang)))


def _fenced(text: str) -> list[str]:
    """``text`` in a code fence longer than any run of backticks inside it, so lines stay put."""
    longest = max((len(run) for run in _BACKTICK_RUNS.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", text.rstrip("\n"), fence, ""]


def _markdown_lines(block: Block, in_section: bool) -> list[str]:
    """One block as lines of Markdown."""
    heading = {"title": "#", "part": "##", "section": "###"}.get(block.kind)
    if heading:
        return [f"{heading} {block.text}", ""]
    if block.kind in ("item", "warning"):
        return [f"- {block.text}"]
    if block.kind == "cue":
        return [f"> **{block.label}** — {block.text}", ""]
    if block.kind == "labelled":
        line = f"**{block.label}** — {block.text}"
        return [f"- {line}"] if in_section else [line, ""]
    if block.kind == "text":
        return _fenced(block.text)
    return ["", block.text, ""]


def render_markdown(script: Script) -> str:
    """The whole script as Markdown."""
    text = "\n".join(_lines(script, _markdown_lines))
    return _BLANK_RUNS.sub("\n\n", text).rstrip("\n") + "\n"
