"""Every language holds the same pages, with the same headings and anchors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from widgets.languages import DEFAULT_LANG, LANGS

DOCS = Path(__file__).parents[2] / "docs"
HEADING = re.compile(r"^(#{1,6}) (.*?)(?:\s*\{\s*#([\w-]+)\s*\})?\s*$")
FENCE = re.compile(r"^(```|~~~)")


def pages(lang: str) -> set[str]:
    """Every Markdown file of one language, by path below its folder."""
    return {str(p.relative_to(DOCS / lang)) for p in (DOCS / lang).rglob("*.md")}


def outline(path: Path) -> list[tuple[int, str | None]]:
    """The page's headings as (level, anchor) pairs, outside code blocks."""
    result: list[tuple[int, str | None]] = []
    in_fence = False
    for line in path.read_text("utf-8").splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING.match(line)
        if match:
            result.append((len(match.group(1)), match.group(3)))
    return result


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_the_same_pages(lang: str) -> None:
    """Every page exists in every language under the same file name, and no other folder."""
    assert pages(lang) == pages(DEFAULT_LANG)
    assert "index.md" in pages(lang)
    assert sorted(folder.name for folder in DOCS.iterdir() if folder.is_dir()) == sorted(LANGS)


@pytest.mark.parametrize("name", sorted(pages(DEFAULT_LANG)))
def test_same_heading_structure(name: str) -> None:
    """Each page has the same heading levels and anchors, in the same order, in every language."""
    for lang in LANGS:
        assert outline(DOCS / lang / name) == outline(DOCS / DEFAULT_LANG / name), lang


@pytest.mark.parametrize("name", sorted(pages(DEFAULT_LANG)))
def test_one_title_per_page(name: str) -> None:
    """Each page opens with exactly one H1."""
    for lang in LANGS:
        levels = [level for level, _ in outline(DOCS / lang / name)]
        assert levels.count(1) == 1, f"{lang}/{name}"
        assert levels[0] == 1, f"{lang}/{name}"


@pytest.mark.parametrize(("page", "steps"), [("decide.md", 5), ("do-it.md", 4)])
def test_steps_keep_the_article_numbering(page: str, steps: int) -> None:
    """Part 1 keeps its 5 steps and Part 2 its 4, each with a stable anchor step-N."""
    for lang in LANGS:
        anchors = [anchor for level, anchor in outline(DOCS / lang / page) if level == 2]
        assert anchors == [f"step-{n}" for n in range(1, steps + 1)], f"{lang}/{page}"


def test_no_machine_translation_slip_survives() -> None:
    """The scrape's mistranslations do not reach the French pages."""
    text = " ".join(p.read_text("utf-8") for p in (DOCS / "fr").rglob("*.md")).lower()
    for slip in (
        "incendie par téléphone",
        "briseurs d'accord",
        "tirez pas votre pied",
        "mauvais orteil",
    ):
        assert slip not in text
