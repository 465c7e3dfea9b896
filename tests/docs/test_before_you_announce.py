"""Part 2's "Before you announce": every rule named with its article, in both languages, the
English page saying which points are French law and what to check elsewhere; the tips link
to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from widgets.languages import LANGS

DOCS = Path(__file__).parents[2] / "docs"
ANCHOR = "before-you-announce"
# The rules the section rests on, as each language writes their numbers.
RULES = (
    "1211",
    "1212",
    "1193",
    "1224",
    "1226",
    "1219",
    "1302",
    "1103",
    "1240",
    "L442-1, II",
    "L441-10",
    "D441-5",
    "1405",
    "L131-2",
    "L131-3",
    "L123-22",
    "L100",
    "2016/679",
)
GDPR_POINTS = {"fr": ("28, 3, g", "28, 3, a"), "en": ("28(3)(g)", "28(3)(a)")}
CODES = (
    "Code civil",
    "Code de commerce",
    "Code de la propriété intellectuelle",
    "Code de procédure civile",
    "Code des postes et des communications électroniques",
)
FRENCH_LAW = {"fr": "droit français", "en": "French law"}
ELSEWHERE = {"fr": "**Hors de France**", "en": "**Elsewhere**"}
SUBSECTION = re.compile(r"^#### .*\{ #([\w-]+) \}$", re.MULTILINE)


def section(lang: str) -> str:
    """The "Before you announce" section of Part 2, up to the next step."""
    text = (DOCS / lang / "do-it.md").read_text("utf-8")
    start = text.index(f"{{ #{ANCHOR} }}")
    return text[start : text.index("\n## ", start)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_is_named_with_its_article_and_code(lang: str) -> None:
    """Each article and code of the rules appears in the page, and it says it is French law."""
    text = (DOCS / lang / "do-it.md").read_text("utf-8")
    for rule in (*RULES, *GDPR_POINTS[lang]):
        assert rule in text, rule
    for code in CODES:
        assert code in section(lang), code
    assert FRENCH_LAW[lang] in section(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_each_point_gives_the_equivalent_elsewhere(lang: str) -> None:
    """Every sub-section but the referral's (which holds everywhere) says what to check
    outside France."""
    parts = re.split(r"^#### ", section(lang), flags=re.MULTILINE)[1:]
    anchors = SUBSECTION.findall(section(lang))
    assert len(parts) == len(anchors) == 7
    for anchor, part in zip(anchors, parts, strict=True):
        if anchor != "referral-consent":
            assert ELSEWHERE[lang] in part, anchor


@pytest.mark.parametrize("lang", LANGS)
def test_the_yardstick_and_the_ceiling_are_worded_as_the_law_has_them(lang: str) -> None:
    """One month per year is case law's yardstick, not a rule; eighteen months is a safe
    harbour, not a duty."""
    text = section(lang)
    assert {"fr": "pas une règle", "en": "not a rule"}[lang] in text
    assert {"fr": "pas une obligation", "en": "not a duty"}[lang] in text
    assert {"fr": "même partiellement", "en": "even partially"}[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_tips_link_to_the_section(lang: str) -> None:
    """The tips have a line that links to the section."""
    tips = (DOCS / lang / "tips.md").read_text("utf-8")
    assert f"(do-it.md#{ANCHOR})" in tips
