"""Macros of the print and changelog pages: the whole playbook on one page, the model version.

The playbook's pages are the single source: the print page is assembled from them at build
time, so it can never drift from what the site says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from macros.render import page_lang, render
from widgets import __version__
from widgets.assessment import MODEL_VERSION

DOCS = Path(__file__).parents[1] / "docs"
# Reading order of the playbook, by file stem; the tool pages are linked, not included.
PLAYBOOK_PAGES = ("index", "decide", "do-it", "tips", "disclaimer")
# The playbook's two parts open a sheet of their own on paper; the shorter pages (the
# introduction, the tips, the disclaimer) follow their neighbours rather than leave a sheet
# almost empty.
OWN_SHEET = ("decide", "do-it")
# Headings under this prefix are the playbook's numbered steps, listed in the contents.
STEP_PREFIX = "step-"

FRONT_MATTER = re.compile(r"\A---\n.*?^---\n", re.DOTALL | re.MULTILINE)
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})(\s.*)$")
HEADING_PARTS = re.compile(r"^(#{1,6})\s+(.*?)(?:\s*\{\s*#([\w-]+)([^}]*)\})?\s*$")
LINK = re.compile(r"\]\(([^)\s]+)\)")
URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Entry:
    """One line of the contents: a heading's words and the anchor it now has."""

    title: str
    anchor: str
    steps: list[Entry] = field(default_factory=list)


def strip_front_matter(text: str) -> str:
    """The page without its YAML front matter, which only means something at the top."""
    return FRONT_MATTER.sub("", text, count=1)


def _prose_lines(text: str) -> Iterator[tuple[str, bool]]:
    """Each line, with whether it is prose (not inside or opening a fenced code block)."""
    in_fence = False
    for line in text.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence
            yield line, False
        else:
            yield line, not in_fence


def _map_lines_outside_fences(text: str, change: Callable[[str], str]) -> str:
    """Apply ``change`` to every line that is not inside a fenced code block."""
    return "\n".join(change(line) if prose else line for line, prose in _prose_lines(text))


def section_anchor(stem: str, anchor: str | None = None) -> str:
    """A page's anchor on the print page: the stem for the page, ``stem-anchor`` inside it."""
    return stem if anchor is None else f"{stem}-{anchor}"


def demote_headings(text: str) -> str:
    """Every heading one level down (H1 becomes H2), H6 staying H6 since Markdown stops there."""

    def demote(line: str) -> str:
        match = HEADING.match(line)
        if not match:
            return line
        return "#" * min(len(match.group(1)) + 1, 6) + match.group(2)

    return _map_lines_outside_fences(text, demote)


def rewrite_anchors(text: str, stem: str) -> str:
    """Prefix every heading's ``{ #anchor }`` with the page stem; the title takes the stem.

    Part 1 and part 2 both have a ``step-1``: once on one page, only the prefix
    keeps them apart. A title without an anchor gets one, so that links to the page land.
    """

    def rewrite(line: str) -> str:
        match = HEADING_PARTS.match(line)
        if not match:
            return line
        hashes, title, anchor, rest = match.groups()
        new = section_anchor(stem) if len(hashes) == 1 else anchor and section_anchor(stem, anchor)
        if new is None:
            return line
        return f"{hashes} {title} {{ #{new}{(rest or '').rstrip()} }}"

    return _map_lines_outside_fences(text, rewrite)


def rewrite_link(target: str, stem: str, pages: tuple[str, ...] = PLAYBOOK_PAGES) -> str:
    """Where a link of page ``stem`` points once every playbook page sits on the print page.

    Links between playbook pages become in-page anchors. Links to the site's other pages stay
    ``name.md``: the print page sits beside them in each language folder, so MkDocs turns
    them into ``../name/`` and, unlike a hand-written ``../name/``, checks them in strict mode.
    """
    if URL_SCHEME.match(target) or target.startswith("/"):
        return target
    path, _, anchor = target.partition("#")
    if not path:
        return "#" + section_anchor(stem, anchor) if anchor else target
    if not path.endswith(".md"):
        return target
    name = path.removesuffix(".md")
    if name in pages:
        return "#" + section_anchor(name, anchor or None)
    return target


def rewrite_links(text: str, stem: str, pages: tuple[str, ...] = PLAYBOOK_PAGES) -> str:
    """Every inline link target of a page, rewritten by ``rewrite_link``."""
    return _map_lines_outside_fences(
        text, lambda line: LINK.sub(lambda m: f"]({rewrite_link(m.group(1), stem, pages)})", line)
    )


def print_section(text: str, stem: str) -> str:
    """One page as a section of the print page, wrapped so that print CSS can break before it
    when it opens a sheet of its own (``OWN_SHEET``)."""
    body = demote_headings(rewrite_links(rewrite_anchors(strip_front_matter(text), stem), stem))
    sheet = " playbook-print-section--sheet" if stem in OWN_SHEET else ""
    return f'<div class="playbook-print-section{sheet}" markdown>\n\n{body.strip()}\n\n</div>\n'


def read_pages(lang: str, pages: tuple[str, ...] = PLAYBOOK_PAGES) -> dict[str, str]:
    """The Markdown source of the playbook's pages in one language, in reading order."""
    return {stem: (DOCS / lang / f"{stem}.md").read_text("utf-8") for stem in pages}


def contents(sections: dict[str, str]) -> list[Entry]:
    """The parts (one per page) and their numbered steps, from the rewritten sections."""
    entries: list[Entry] = []
    for stem, text in sections.items():
        steps_prefix = section_anchor(stem, STEP_PREFIX)
        part: Entry | None = None
        for line, prose in _prose_lines(text):
            match = HEADING_PARTS.match(line) if prose else None
            if not match or not match.group(3):
                continue
            level, title, anchor = len(match.group(1)), match.group(2), match.group(3)
            if level == 2:
                part = Entry(title, anchor)
                entries.append(part)
            elif level == 3 and part is not None and anchor.startswith(steps_prefix):
                part.steps.append(Entry(title, anchor))
    return entries


def playbook_markdown(
    lang: str, site_name: str, expand: Callable[[str], str] = lambda text: text
) -> str:
    """The print page's Markdown: a title page, the contents, then every page of the playbook,
    each with its macros ``expand``ed as on its own page."""
    sections = {stem: expand(print_section(text, stem)) for stem, text in read_pages(lang).items()}
    front = render(
        "print_front.html",
        lang=lang,
        site_name=site_name,
        engine_version=__version__,
        model_version=MODEL_VERSION,
        contents=contents(sections),
    )
    return "\n\n".join([front.strip(), *sections.values()])


def register(env: Any) -> None:
    """Add this module's macros to the page environment."""

    @env.macro  # type: ignore[untyped-decorator]
    def whole_playbook() -> str:
        """Every page of the playbook, in reading order, on one printable page."""
        return playbook_markdown(page_lang(env), str(env.conf["site_name"]), env.render)

    @env.macro  # type: ignore[untyped-decorator]
    def model_version() -> str:
        """The scoring model's version, read from the engine so no page states a stale one."""
        return MODEL_VERSION
