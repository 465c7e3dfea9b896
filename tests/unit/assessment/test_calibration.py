"""The calibration table: the playbook's own situations get the verdict the playbook gives."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from widgets.assessment.bridge import assess_op
from widgets.assessment.verdicts import VERDICTS
from widgets.i18n import LANGS, Lang

from .calibration import SITUATIONS, Situation

DOCS = Path(__file__).parents[3] / "docs"
# The four situations that model 1 got wrong, as the tracker described them.
FORMERLY_WRONG = {
    "always_late_inputs_no_talk": "fix_first",
    "two_often_nothing_tried": "fix_first",
    "every_check_met": "exit",
    "nobody_consulted": "exit_with_care",
}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_PLAIN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "«": '"', "»": '"'}
)


def plain(text: str) -> str:
    """Text with one kind of space and of quote, so typography never hides a quote."""
    return _SPACES.sub(" ", text.translate(_PLAIN)).replace('" ', '"').replace(' "', '"')


def as_json(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers as a saved file holds them."""
    return {
        key: list(value) if isinstance(value, tuple) else value for key, value in answers.items()
    }


def report_of(situation: Situation, lang: str) -> dict[str, Any]:
    """The report the browser would get for this situation (answers that do not hold raise)."""
    result = assess_op({"answers": as_json(situation.answers)}, Lang(lang))
    report: dict[str, Any] = result["report"]
    return report


def test_the_table_holds_at_least_25_situations_with_unique_names() -> None:
    """Enough situations to calibrate the model, each named once."""
    names = [situation.name for situation in SITUATIONS]
    assert len(names) >= 25
    assert len(set(names)) == len(names)


def test_every_verdict_is_calibrated() -> None:
    """Each of the five verdicts appears in the table."""
    assert {situation.verdict for situation in SITUATIONS} == set(VERDICTS)


def test_the_situations_model_1_got_wrong_are_in_the_table() -> None:
    """The situations that showed the old model's shape keep their playbook verdict."""
    table = {situation.name: situation.verdict for situation in SITUATIONS}
    assert {name: table[name] for name in FORMERLY_WRONG} == FORMERLY_WRONG


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("situation", SITUATIONS, ids=lambda situation: situation.name)
def test_the_playbook_verdict_and_first_step(situation: Situation, lang: str) -> None:
    """The verdict and the first next step are the playbook's, in either language."""
    report = report_of(situation, lang)
    got = (report["verdict"], report["next_steps"][0]["id"])
    assert got == (situation.verdict, situation.first_step), report["verdict_text"]
    for text in (report["verdict_text"], *(step["text"] for step in report["next_steps"])):
        assert text and "{" not in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("situation", SITUATIONS, ids=lambda situation: situation.name)
def test_each_situation_quotes_its_page(situation: Situation, lang: str) -> None:
    """The sentence a situation comes from is in its playbook page, in both languages."""
    page = plain((DOCS / lang / f"{situation.page}.md").read_text("utf-8"))
    quote = situation.quote_fr if lang == "fr" else situation.quote_en
    assert plain(quote) in page
