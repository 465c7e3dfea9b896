"""A generated script as one document: plain text, Markdown, or the email alone.

Nothing is escaped: the browser shows these with textContent and typed text stays as typed.
"""

from __future__ import annotations

import re
from typing import Literal

from widgets.i18n import t
from widgets.script.model import Line, Script

Format = Literal["text", "markdown", "email"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "email")
_BACKTICK_RUNS = re.compile(r"`+")


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


def _titles(script: Script) -> dict[str, str]:
    """The headings of the document, in the script's language."""
    lang = script.lang
    channel = t(lang, f"script.fields.channel.options.{script.channel}")
    return {
        "title": t(lang, "script.render.title", client=script.client),
        "warnings": t(lang, "script.render.warnings"),
        "conversation": t(lang, "script.render.conversation", channel=channel),
        "objections": t(lang, "script.render.objections"),
        "email": t(lang, "script.render.email"),
        "letter": t(lang, "script.render.letter"),
    }


def _underlined(title: str, mark: str) -> list[str]:
    """A plain-text heading."""
    return [title, mark * len(title), ""]


def _labelled(lang: str, label_key: str, text: str) -> str:
    """``text`` after its label, with the colon spacing of the language."""
    return t(lang, "script.render.labelled", label=t(lang, label_key), text=text)


def _text_line(lang: str, line: Line) -> str:
    """One conversation line, indented under its section."""
    if line.kind == "cue":
        return f"  ({_labelled(lang, 'script.render.tip', line.text)})"
    prefix = "- " if line.kind == "item" else ""
    return f"  {prefix}{line.text}"


def render_text(script: Script) -> str:
    """The whole script as plain text, for reading aloud or printing."""
    lang, titles = script.lang, _titles(script)
    out = _underlined(titles["title"], "=")
    if script.warnings:
        out += _underlined(titles["warnings"], "-")
        out += [f"! {warning.text}" for warning in script.warnings] + [""]
    out += _underlined(titles["conversation"], "-")
    for section in script.conversation:
        out += [section.title] + [_text_line(lang, line) for line in section.lines] + [""]
    out += _underlined(titles["objections"], "-")
    for objection in script.objections:
        out += [objection.label]
        out += [f"  {_labelled(lang, 'script.render.heard', objection.example)}"]
        out += [f"  {_labelled(lang, 'script.render.reply', objection.reply)}", ""]
    out += _underlined(titles["email"], "-")
    subject = _labelled(lang, "script.render.subject", script.email.subject)
    out += [subject, "", script.email.body]
    out += [*_underlined(titles["letter"], "-"), script.letter.text]
    return "\n".join(out)


def _fenced(text: str) -> list[str]:
    """``text`` in a code fence longer than any run of backticks inside it, so lines stay put."""
    longest = max((len(run) for run in _BACKTICK_RUNS.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", text.rstrip("\n"), fence, ""]


def render_markdown(script: Script) -> str:
    """The whole script as Markdown."""
    lang, titles = script.lang, _titles(script)
    tip = t(lang, "script.render.tip")
    out = [f"# {titles['title']}", ""]
    if script.warnings:
        out += [f"## {titles['warnings']}", ""]
        out += [f"- {warning.text}" for warning in script.warnings] + [""]
    out += [f"## {titles['conversation']}", ""]
    for section in script.conversation:
        out += [f"### {section.title}", ""]
        for line in section.lines:
            if line.kind == "cue":
                out += [f"> **{tip}** — {line.text}", ""]
            elif line.kind == "item":
                out += [f"- {line.text}"]
            else:
                out += ["", line.text, ""]
        out += [""]
    out += [f"## {titles['objections']}", ""]
    for objection in script.objections:
        heard = t(lang, "script.render.heard")
        reply = t(lang, "script.render.reply")
        out += [f"### {objection.label}", "", f"- **{heard}** — {objection.example}"]
        out += [f"- **{reply}** — {objection.reply}", ""]
    out += [f"## {titles['email']}", ""]
    out += [f"**{t(lang, 'script.render.subject')}** — {script.email.subject}", ""]
    out += _fenced(script.email.body)
    out += [f"## {titles['letter']}", ""]
    out += _fenced(script.letter.text)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip("\n") + "\n"
