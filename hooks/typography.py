"""Typography of every page's text: French spacing on French pages, curly quotes on English ones.

The rules live in the engine (``widgets.typography``), which the catalogues and templates
follow too. Only text between tags changes: never a tag, an attribute, a comment, nor the
inside of ``<pre>``, ``<code>``, ``<kbd>``, ``<samp>``, ``<script>``, ``<style>`` or
``<textarea>``, so code, addresses and data stay as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from widgets.typography import english_quotes, french_spacing

# A comment, an element whose content is not prose (with that content), or any one tag.
_TAG = r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
_NOT_PROSE = "pre|code|kbd|samp|script|style|textarea"
_TOKENS = re.compile(
    rf"<!--.*?-->|<(?P<raw>{_NOT_PROSE})\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?</(?P=raw)\s*>|{_TAG}",
    re.DOTALL | re.IGNORECASE,
)
_NAME = re.compile(r"</?([a-zA-Z][\w-]*)")
# Text flows across these; any other tag starts a new run of text (a paragraph, a cell…).
_INLINE = {"a", "abbr", "b", "cite", "em", "i", "mark", "q", "s", "small", "span", "strong"}
_INLINE |= {"sub", "sup", "time", "u", "del", "ins", "bdi", "bdo", "data", "dfn", "var"}


def typeset(page_html: str, fix: Callable[[str, str], str]) -> str:
    """``page_html`` with ``fix(text, before)`` applied to each text node between tags.

    ``before`` is the last character of the text before it in the same run of text, so a
    quote after a link knows whether it opens or closes.
    """
    out: list[str] = []
    before = ""
    position = 0
    for token in _TOKENS.finditer(page_html):
        before = _fix_text(page_html[position : token.start()], fix, before, out)
        tag = token.group(0)
        out.append(tag)
        name = _NAME.match(tag)
        if token.group("raw"):
            before = "x"  # inline code reads as a word in the sentence around it
        elif not name or name.group(1).lower() not in _INLINE:
            before = ""
        position = token.end()
    _fix_text(page_html[position:], fix, before, out)
    return "".join(out)


def _fix_text(text: str, fix: Callable[[str, str], str], before: str, out: list[str]) -> str:
    """Append ``text`` fixed to ``out``; return the context for the next text node."""
    if not text:
        return before
    plain = html.unescape(text)
    fixed = fix(plain, before)
    out.append(text if fixed == plain else html.escape(fixed, quote=False))
    return fixed[-1:]


def _french(text: str, before: str) -> str:
    return french_spacing(text, html=True)


FIXES: dict[str, Callable[[str, str], str]] = {"fr": _french, "en": english_quotes}


# The language of the pass being built (the i18n plugin sets theme.language per pass).
def _fix_for(config: Any) -> Callable[[str, str], str] | None:
    return FIXES.get(str(config.theme["language"]))


# The page's own text, before the search plugin indexes it.
def on_page_content(content: str, page: Any, config: Any, files: Any) -> str:
    fix = _fix_for(config)
    return typeset(content, fix) if fix else content


# The whole page: title, menus, header and footer as well as the text.
def on_post_page(output: str, page: Any, config: Any) -> str:
    fix = _fix_for(config)
    return typeset(output, fix) if fix else output
