"""Each example answer file gives the verdict it is named after."""

from __future__ import annotations

import pytest

from widgets.assessment.model import assess
from widgets.assessment.parsing import parse_answers
from widgets.assessment.verdicts import VERDICTS

from .example_files import EXAMPLES, load_example


def test_there_is_one_example_per_verdict() -> None:
    """The examples cover the five verdicts."""
    assert sorted(path.stem for path in EXAMPLES.glob("*.json")) == sorted(VERDICTS)


@pytest.mark.parametrize("verdict", VERDICTS)
def test_example_gives_its_verdict(verdict: str) -> None:
    """The file named after a verdict produces it."""
    assert assess(parse_answers(load_example(verdict))).verdict == verdict
