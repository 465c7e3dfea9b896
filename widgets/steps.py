"""The playbook's numbered steps, which fields, criteria, flags and next steps point to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from widgets.i18n import t

Page = Literal["decide", "do-it"]
PAGES: tuple[Page, ...] = ("decide", "do-it")
# Part 1 of the article has five steps, part 2 has four.
STEP_COUNTS: dict[Page, int] = {"decide": 5, "do-it": 4}


@dataclass(frozen=True)
class Step:
    """One numbered step of one playbook page."""

    page: Page
    number: int

    @property
    def anchor(self) -> str:
        """The heading anchor of the step on its page."""
        return f"step-{self.number}"

    def as_json(self, lang: str) -> dict[str, str]:
        """The step as a link target, with its localized label."""
        title = t(lang, f"assessment.steps.{self.page}.{self.anchor}")
        part = t(lang, f"assessment.steps.pages.{self.page}")
        label = t(lang, "assessment.steps.label", part=part, number=self.number, title=title)
        return {"page": self.page, "anchor": self.anchor, "label": label}


DECIDE_1 = Step("decide", 1)
DECIDE_2 = Step("decide", 2)
DECIDE_3 = Step("decide", 3)
DECIDE_4 = Step("decide", 4)
DECIDE_5 = Step("decide", 5)
DO_IT_1 = Step("do-it", 1)
DO_IT_2 = Step("do-it", 2)
DO_IT_3 = Step("do-it", 3)
DO_IT_4 = Step("do-it", 4)

ALL_STEPS: tuple[Step, ...] = tuple(
    Step(page, number) for page in PAGES for number in range(1, STEP_COUNTS[page] + 1)
)
