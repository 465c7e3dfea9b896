"""The assessment's form as JSON, for the page that renders it and the tests that fill it."""

from __future__ import annotations

from typing import Any

from widgets.assessment.fields import ASSESSMENT
from widgets.fields.form import form_table as table_of


def form_table(lang: str | None = None) -> dict[str, Any]:
    """Every group of the form in order, with its fields; texts in ``lang`` if given."""
    return table_of(ASSESSMENT, lang)
