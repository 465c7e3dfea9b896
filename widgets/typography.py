"""The typography of each language, as plain text functions.

French puts a narrow no-break space (U+202F) before ``; ! ?`` and a no-break space (U+00A0)
before ``:`` and inside « », so that a line never breaks before the sign or strands a
guillemet. English uses curly quotes and apostrophes. The same functions serve the build
(every text node of a page), the message catalogues and the script templates (fixed in the
source by ``python -m scripts.typography --fix``, and checked by a unit test), so pages and
tools follow one rule.

Only text is ever given to these functions: never code, addresses or markup, and never what a
reader typed.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable

NBSP = "\u00a0"
NNBSP = "\u202f"
# Spaces a writer may have typed, or that an earlier pass put there; never a line break.
_SPACE = "[ \t\u00a0\u202f\u2009]"
# The same in HTML, where a line break in the source is an ordinary space on screen.
_HTML_SPACE = "[ \t\n\r\u00a0\u202f\u2009]"


def _french_rules(space: str) -> list[tuple[re.Pattern[str], str]]:
    """The substitutions of French spacing, for one notion of what a space is."""
    return [
        (re.compile(f"{space}+(?=[;!?])"), NNBSP),
        (re.compile(f"{space}+(?=:)"), NBSP),
        (re.compile(f"«{space}*"), "«" + NBSP),
        (re.compile(f"{space}*»"), NBSP + "»"),
    ]


_FRENCH = _french_rules(_SPACE)
_FRENCH_HTML = _french_rules(_HTML_SPACE)


def french_spacing(text: str, *, html: bool = False) -> str:
    """``text`` with French spacing around ``; ! ? :`` and inside « ».

    Spaces already there before ``; ! ? :`` become the right no-break space; none is added
    where the writer put none (``12:30``, ``https://``). Guillemets always get theirs. Line
    breaks are kept, unless ``html`` says they are ordinary spaces of an HTML text node.
    """
    for pattern, replacement in _FRENCH_HTML if html else _FRENCH:
        text = pattern.sub(replacement, text)
    return text


# A double quote opens after a space, an opening bracket or a dash, or at the start.
_OPENS_AFTER = " \t\n\r\u00a0\u202f([{\u2018\u201c\u2014\u2013-/"
_WORD = re.compile(r"\w", re.UNICODE)


def english_quotes(text: str, before: str = "") -> str:
    """``text`` with curly quotes and apostrophes; ``before`` is the character preceding it."""
    out: list[str] = []
    previous = before[-1:] if before else ""
    for index, char in enumerate(text):
        following = text[index + 1 : index + 2]
        if char == '"':
            char = "\u201c" if previous == "" or previous in _OPENS_AFTER else "\u201d"
        elif char == "'":
            opens = previous == "" or previous in _OPENS_AFTER
            # Between two letters, or after one, it is an apostrophe (client's, clients').
            char = "\u2018" if opens and _WORD.match(following or " ") else "\u2019"
        out.append(char)
        previous = char
    return "".join(out)


def fix_toml_strings(source: str, fix: Callable[[str], str]) -> str:
    """A TOML file whose one-line string values went through ``fix``; the rest is untouched.

    Keys, comments and layout stay as they are; a changed value is written back as a basic
    string, with its invisible spaces as escapes so a reader of the file can see them.
    """
    lines = source.splitlines(keepends=True)
    for number, line in enumerate(lines):
        match = _TOML_VALUE.match(line)
        if not match:
            continue
        value = tomllib.loads(f"v = {match['value']}")["v"]
        fixed = fix(value)
        if fixed != value:
            lines[number] = f"{match['key']}{toml_string(fixed)}{match['end']}"
    return "".join(lines)


_TOML_VALUE = re.compile(r'^(?P<key>\s*[\w.\-"]+\s*=\s*)(?P<value>"(?:[^"\\]|\\.)*")(?P<end>\s*)$')
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_INVISIBLE = {NBSP, NNBSP, "\u2009"}


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string, invisible spaces written as escapes."""
    body = "".join(
        _TOML_ESCAPES.get(char) or (f"\\u{ord(char):04x}" if char in _INVISIBLE else char)
        for char in value
    )
    return f'"{body}"'


# Jinja expressions, statements and comments: none of them is text to typeset.
_JINJA = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)


def fix_jinja_text(source: str, fix: Callable[[str, str], str]) -> str:
    """A Jinja template whose literal text went through ``fix(text, before)``.

    ``before`` is the character preceding the text; an expression counts as a word, since it
    prints one, and a statement or comment as nothing.
    """
    parts = _JINJA.split(source)
    before = ""
    for index, part in enumerate(parts):
        if index % 2:
            before = "x" if part.startswith("{{") else before
            continue
        parts[index] = fix(part, before)
        before = parts[index][-1:] or before
    return "".join(parts)


def _french_text(text: str, before: str = "") -> str:
    return french_spacing(text)


# Each language's rule, as a function of a text and the character before it.
RULES: dict[str, Callable[[str, str], str]] = {"fr": _french_text, "en": english_quotes}


def typeset_source(source: str, lang: str, kind: str) -> str:
    """A catalogue (``kind`` "toml") or a template ("jinja") with ``lang``'s typography."""
    rule = RULES[lang]
    if kind == "toml":
        return fix_toml_strings(source, lambda text: rule(text, ""))
    if kind == "jinja":
        return fix_jinja_text(source, rule)
    raise ValueError(f"unknown kind of source {kind!r}: expected 'toml' or 'jinja'")
