"""Front matter that cannot break silently.

MkDocs reads a page's front matter leniently: when its YAML does not parse (an unquoted value
holding ": ", say), it keeps the block as page text, so the reader sees "description: …" as a
heading and the menu falls back to the file name. This hook fails the build instead, naming the
page and the reason.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from mkdocs.exceptions import PluginError

# The block MkDocs takes as front matter: from a first line "---" to a line "---" or "...".
_BLOCK = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
# Every page says what it is about in its front matter: search results and links show it.
REQUIRED = ("description",)


def problem(source: str) -> str | None:
    """Why the front matter of a page's ``source`` is broken, or None when it is sound."""
    match = _BLOCK.match(source)
    if not match:
        return "no front matter: key: value lines between two lines of ---"
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        return f"the front matter is not valid YAML ({error}); quote values that hold ': '"
    if not isinstance(data, dict):
        return "the front matter is not a set of key: value lines"
    for key in REQUIRED:
        if not isinstance(data.get(key), str) or not data[key].strip():
            return f"the front matter has no text for {key!r}"
    return None


# Checked before the page is rendered, so a broken page stops the build.
def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    found = problem(page.file.content_string)
    if found:
        raise PluginError(f"{page.file.src_uri}: {found}")
    return markdown
