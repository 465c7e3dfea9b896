"""The deal-breakers operations the browser worker calls."""

from __future__ import annotations

import json

import pytest

from widgets import dealbreakers
from widgets.bridge import handle
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


def test_load_reads_a_files_text_as_the_page_hands_it_over() -> None:
    """A file goes to the engine as text: Python reads its JSON, and refuses what is not."""
    loaded = OPS["dealbreakers_load"]({"text": json.dumps(DOCUMENT)}, EN)
    assert loaded["data"]["items"] == [{"id": "late-payments"}, {"text": "Mine"}]
    for text, code in (("{not json", "not_json"), (3, "not_a_string")):
        with pytest.raises(InputError) as caught:
            OPS["dealbreakers_load"]({"text": text}, EN)
        assert [(e.field, e.code) for e in caught.value.errors] == [("", code)]


def test_a_file_nested_deeper_than_python_reads_is_answered_by_the_bridge() -> None:
    """Nesting the browser could not even pass to the worker reaches Python as text, and is
    refused in words."""
    text = "[" * 100_000 + "]" * 100_000
    request = {"op": "dealbreakers_load", "payload": {"text": text, "lang": "en"}}
    (error,) = json.loads(handle(json.dumps(request)))["errors"]
    assert (error["field"], error["code"]) == ("", "too_deep")
