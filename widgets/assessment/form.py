"""The field table as JSON, for the form that pages render and the browser fills."""

from __future__ import annotations

from typing import Any

from widgets.assessment.fields import FIELDS, GROUPS, Field
from widgets.i18n import check_lang, t


def _field_json(spec: Field, lang: str | None) -> dict[str, Any]:
    """One field: kind, default, bounds, catalogue keys, and texts when ``lang`` is given."""
    default = list(spec.default) if isinstance(spec.default, tuple) else spec.default
    entry: dict[str, Any] = {
        "id": spec.id,
        "group": spec.group,
        "kind": spec.kind,
        "default": default,
        "minimum": spec.minimum,
        "maximum": spec.maximum,
        "max_length": spec.max_length,
        "max_items": spec.max_items,
        "label_key": spec.label_key,
        "hint_key": spec.hint_key,
        "step": {"page": spec.step.page, "anchor": spec.step.anchor},
        "choices": [
            {"value": choice, "label_key": spec.choice_key(choice)} for choice in spec.choices
        ],
    }
    if lang is not None:
        entry["label"] = t(lang, spec.label_key)
        entry["hint"] = t(lang, spec.hint_key)
        for choice in entry["choices"]:
            choice["label"] = t(lang, choice["label_key"])
    return entry


def form_table(lang: str | None = None) -> dict[str, Any]:
    """Every group of the form in order, with its fields; texts in ``lang`` if given."""
    if lang is not None:
        lang = check_lang(lang)
    groups = []
    for group in GROUPS:
        entry: dict[str, Any] = {
            "id": group.id,
            "legend_key": group.legend_key,
            "step": {"page": group.step.page, "anchor": group.step.anchor},
            "fields": [_field_json(spec, lang) for spec in FIELDS if spec.group == group.id],
        }
        if lang is not None:
            entry["legend"] = t(lang, group.legend_key)
        groups.append(entry)
    return {"lang": lang, "groups": groups}
