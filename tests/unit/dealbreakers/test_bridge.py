"""The deal-breakers operations the browser worker calls."""

from __future__ import annotations

import pytest

from widgets import dealbreakers
from widgets.dealbreakers.bridge import OPS
from widgets.fields.errors import InputError
from widgets.i18n import Lang

EN = Lang("en")
DOCUMENT = {
    "format": dealbreakers.FORMAT,
    "version": dealbreakers.VERSION,
    "items": [{"id": "late-payments"}, {"text": " Mine "}],
}


def test_only_the_operations_pages_call_are_offered() -> None:
    """The catalogue is rendered at build time, and the page saves the list itself."""
    assert set(OPS) == {"dealbreakers_load", "dealbreakers_markdown"}


def test_load_checks_a_document() -> None:
    """A valid document gives its items with their words, and the document to keep."""
    loaded = OPS["dealbreakers_load"]({"data": DOCUMENT}, EN)
    assert loaded["items"] == [
        {"id": "late-payments", "text": dealbreakers.behaviour("late-payments").text("en")},
        {"id": None, "text": "Mine"},
    ]
    assert loaded["data"]["items"] == [{"id": "late-payments"}, {"text": "Mine"}]


def test_load_refuses_a_document_of_another_format() -> None:
    """Another format is the field layer's error, on the format."""
    with pytest.raises(InputError) as caught:
        OPS["dealbreakers_load"]({"data": {**DOCUMENT, "format": "other"}}, EN)
    assert [(e.field, e.code) for e in caught.value.errors] == [("format", "unsupported")]


def test_markdown_renders_a_document() -> None:
    """A document becomes a printable Markdown list."""
    markdown = OPS["dealbreakers_markdown"]({"data": DOCUMENT}, EN)
    assert markdown.startswith("# ") and "- Mine" in markdown
