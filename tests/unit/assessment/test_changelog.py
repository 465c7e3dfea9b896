"""The changelog tells readers what changed in the scoring model they are using."""

from __future__ import annotations

from pathlib import Path

import pytest

from widgets.assessment.model import MODEL_VERSION
from widgets.i18n import LANGS

DOCS = Path(__file__).parents[3] / "docs"


@pytest.mark.parametrize("lang", LANGS)
def test_the_changelog_has_an_entry_for_the_model_version(lang: str) -> None:
    """Each language's changelog has a heading, with its anchor, for the current model."""
    text = (DOCS / lang / "changelog.md").read_text("utf-8")
    anchor = "model-" + MODEL_VERSION.replace(".", "-")
    heading = next(line for line in text.splitlines() if f"{{ #{anchor} }}" in line)
    assert heading.startswith("## ") and MODEL_VERSION in heading
