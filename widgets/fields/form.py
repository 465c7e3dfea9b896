"""A form's table as JSON: what the page renders at build time, group by group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from widgets.fields.table import Field, Form
from widgets.i18n import check_lang, t
from widgets.languages import LANGS
from widgets.steps import Step


def _step(step: Step | None) -> dict[str, str] | None:
    """A link target in the playbook."""
    return None if step is None else {"page": step.page, "anchor": step.anchor}


def _json_default(value: Any) -> Any:
    """A default as JSON: lists for tuples, names of the parts for a set of boxes."""
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "__dataclass_fields__"):
        return {name: getattr(value, name) for name in value.__dataclass_fields__}
    return value


def _choice_lang(spec: Field, choice: str) -> str | None:
    """The language a choice's label is written in, when it is not the page's: a language's
    own name (the choice of the script's language) is in that language."""
    return choice if spec.choice_names is not None and choice in LANGS else None


def field_json(spec: Field, lang: str | None, default: Any = None) -> dict[str, Any]:
    """One field: kind, default, bounds, how to show it, keys, and texts when ``lang`` is given."""
    entry: dict[str, Any] = {
        "id": spec.id,
        "group": spec.group,
        "kind": spec.kind,
        "default": _json_default(spec.default if default is None else default),
        "minimum": spec.minimum,
        "maximum": spec.maximum,
        "max_length": spec.max_length,
        "max_items": spec.max_items,
        "lines": spec.lines,
        "select": spec.select,
        "autocomplete": spec.autocomplete,
        "rows": spec.rows,
        "label_key": spec.label_key,
        "hint_key": spec.hint_key,
        "step": _step(spec.step),
        "choices": [
            {
                "value": choice,
                "label_key": spec.choice_key(choice),
                "lang": _choice_lang(spec, choice),
            }
            for choice in spec.choices
        ],
        "parts": [{"id": part.id, "label_key": part.label_key} for part in spec.parts],
    }
    if lang is not None:
        entry["label"] = t(lang, spec.label_key)
        entry["hint"] = t(lang, spec.hint_key)
        if spec.kind == "records":
            entry["row_labels"] = [t(lang, spec.row_key, number=n) for n in range(1, spec.rows + 1)]
        for choice in entry["choices"]:
            choice["label"] = spec.choice_label(lang, choice["value"])
        for part in entry["parts"]:
            part["label"] = t(lang, part["label_key"])
    return entry


def form_table(
    form: Form[Any], lang: str | None = None, defaults: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Every group of the form in order, with its fields; texts in ``lang`` if given.

    ``defaults`` replaces some fields' defaults, for the page that shows them (the script's
    language is the page's).
    """
    if lang is not None:
        lang = check_lang(lang)
    defaults = defaults or {}
    groups = []
    for group in form.groups:
        entry: dict[str, Any] = {
            "id": group.id,
            "legend_key": group.legend_key,
            "step": _step(group.step),
            "fields": [
                field_json(spec, lang, defaults.get(spec.id))
                for spec in form.fields
                if spec.group == group.id
            ],
        }
        if lang is not None:
            entry["legend"] = t(lang, group.legend_key)
        groups.append(entry)
    return {"id": form.id, "lang": lang, "groups": groups}
