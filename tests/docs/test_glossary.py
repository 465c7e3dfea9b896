"""One word per concept in each language: no variant of a glossary term in the reader's text.

The glossaries are ``widgets/glossary/<lang>.toml``. The text scanned is what readers see: the
pages (outside code), the catalogue's messages and the script templates' literal text. Each
slip is reported with its file and line, so text added later is quick to fix.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from widgets.languages import LANGS

ROOT = Path(__file__).parents[2]
# Inline code, and Jinja expressions, statements and comments: not words for the reader.
CODE = re.compile(r"`[^`\n]*`|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
FENCE = re.compile(r"^\s*(```|~~~)")
APOSTROPHES = "['\u2019]"
TOML_VALUE = re.compile(r'^\s*[\w.\-"]+\s*=\s*"((?:[^"\\]|\\.)*)"\s*$')


@dataclass(frozen=True)
class Term:
    """One concept: the word used for it, and the variants that must not appear."""

    concept: str
    use: str
    avoid: tuple[re.Pattern[str], ...]
    allowed_in: frozenset[str]


def glossary(lang: str) -> list[Term]:
    """The terms of one language's glossary."""
    data = tomllib.loads((ROOT / "widgets" / "glossary" / f"{lang}.toml").read_text("utf-8"))
    return [
        Term(
            concept=entry["concept"],
            use=entry["use"],
            avoid=tuple(
                re.compile(rf"\b{variant.replace(chr(39), APOSTROPHES)}\b", re.IGNORECASE)
                for variant in entry["avoid"]
            ),
            allowed_in=frozenset(entry.get("allowed_in", ())),
        )
        for entry in data["term"]
    ]


def sources(lang: str) -> list[Path]:
    """Every file of reader-facing text in one language."""
    return [
        *sorted((ROOT / "docs" / lang).glob("*.md")),
        ROOT / "widgets" / "catalog" / f"{lang}.toml",
        *sorted((ROOT / "widgets" / "script" / "templates" / lang).glob("*.j2")),
    ]


def reader_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The numbered lines of a file as text a reader sees, code and markup set aside."""
    text = CODE.sub(lambda m: "\n" * m.group(0).count("\n"), path.read_text("utf-8"))
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        if path.suffix == ".md" and FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if path.suffix == ".toml":
            value = TOML_VALUE.match(line)
            if not value:
                continue
            line = value.group(1)
        yield number, line


def slips(lang: str) -> list[str]:
    """Every variant found, as "file:line: variant → word (concept)"."""
    found = []
    for path in sources(lang):
        name = str(path.relative_to(ROOT))
        for number, line in reader_lines(path):
            for term in glossary(lang):
                if name in term.allowed_in:
                    continue
                for pattern in term.avoid:
                    found += [
                        f"{name}:{number}: “{m.group(0)}” → “{term.use}” ({term.concept})"
                        for m in pattern.finditer(line)
                    ]
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_variant_of_a_glossary_term(lang: str) -> None:
    """Pages, catalogue and templates use the glossary's word for each concept."""
    assert slips(lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_chosen_word_is_in_use(lang: str) -> None:
    """A glossary word that no text uses is misspelt, or the concept is gone."""
    text = " ".join(line for path in sources(lang) for _, line in reader_lines(path)).lower()
    unused = [
        term.use
        for term in glossary(lang)
        if not term.use.startswith("-") and term.use.lower() not in text.replace("\u2019", "'")
    ]
    assert unused == []


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_files_are_well_formed(lang: str) -> None:
    """Each term has a concept, a word, variants, and reasons for its exceptions."""
    data = tomllib.loads((ROOT / "widgets" / "glossary" / f"{lang}.toml").read_text("utf-8"))
    for entry in data["term"]:
        assert entry["concept"] and entry["use"] and entry["avoid"], entry
        assert ("allowed_in" in entry) == ("why_allowed" in entry), entry
        for name in entry.get("allowed_in", ()):
            assert (ROOT / name).is_file(), name


def test_a_slip_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    """The report names the file and the line, and the word to use instead."""
    page = tmp_path / "page.md"
    page.write_text("# Title\n\nSee the `code` here.\n\nAs the article says.\n", "utf-8")
    term = glossary("en")[0]
    hits = [
        (number, m.group(0))
        for number, line in reader_lines(page)
        for pattern in term.avoid
        for m in pattern.finditer(line)
    ]
    assert hits == [(5, "the article")]
