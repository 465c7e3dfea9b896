"""The deal-breakers operations the browser worker calls: JSON-ready in and out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from widgets.dealbreakers.document import from_json, to_json, to_markdown
from widgets.i18n import Lang


def load(payload: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """A loaded document, checked: its items with their words, and the document to keep."""
    lst = from_json(payload.get("data"))
    items = [{"id": item.id, "text": item.label(lang)} for item in lst.items]
    return {"items": items, "data": to_json(lst)}


def markdown(payload: Mapping[str, Any], lang: Lang) -> str:
    """A document as printable Markdown."""
    return to_markdown(from_json(payload.get("data")), lang)


OPS: dict[str, Callable[[Mapping[str, Any], Lang], Any]] = {
    "dealbreakers_load": load,
    "dealbreakers_markdown": markdown,
}
