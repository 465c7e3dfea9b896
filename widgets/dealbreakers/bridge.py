"""The deal-breakers operations the browser worker calls: JSON-ready in and out."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from widgets.dealbreakers.document import DOCUMENT, from_json, to_json, to_markdown
from widgets.fields.errors import FieldError, InputError
from widgets.fields.json_text import read_json
from widgets.i18n import Lang


def _document(payload: Mapping[str, Any]) -> object:
    """The document of a request: a file's text as read (``text``), which Python parses
    whatever its nesting, or a value already parsed (``data``, this device's copy)."""
    if "text" not in payload:
        return payload.get("data")
    text = payload["text"]
    if not isinstance(text, str):
        raise InputError(DOCUMENT, (FieldError("", "not_a_string"),))
    try:
        return read_json(text)
    except json.JSONDecodeError:
        raise InputError(DOCUMENT, (FieldError("", "not_json"),)) from None


def load(payload: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """A loaded document, checked: its items with their words, and the document to keep."""
    lst = from_json(_document(payload))
    items = [{"id": item.id, "text": item.label(lang)} for item in lst.items]
    return {"items": items, "data": to_json(lst)}


def markdown(payload: Mapping[str, Any], lang: Lang) -> str:
    """A document as printable Markdown."""
    return to_markdown(from_json(payload.get("data")), lang)


OPS: dict[str, Callable[[Mapping[str, Any], Lang], Any]] = {
    "dealbreakers_load": load,
    "dealbreakers_markdown": markdown,
}
