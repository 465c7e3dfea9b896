"""The tools name each step of the playbook with the words of its heading in the pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from widgets.i18n import LANGS, t
from widgets.steps import ALL_STEPS, Step

DOCS = Path(__file__).parents[2] / "docs"
# Typography is applied at build time to pages, in the source to the catalogue: compare words.
PLAIN = str.maketrans({"\u2019": "'", "\u00a0": " ", "\u202f": " "})
STEP_HEADING = re.compile(r"^## (\d+)\. (.*?)\s*\{\s*#step-\d+\s*\}\s*$", re.MULTILINE)


def headings(lang: str, page: str) -> dict[int, str]:
    """The numbered step headings of one page, by number."""
    text = (DOCS / lang / f"{page}.md").read_text("utf-8")
    return {int(number): title for number, title in STEP_HEADING.findall(text)}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("step", ALL_STEPS, ids=lambda s: f"{s.page}-{s.number}")
def test_step_title_is_the_page_heading(lang: str, step: Step) -> None:
    """A link to a step reads as the heading it lands on."""
    title = t(lang, f"assessment.steps.{step.page}.{step.anchor}")
    assert title.translate(PLAIN) == headings(lang, step.page)[step.number].translate(PLAIN)
