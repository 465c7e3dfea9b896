"""Every key a form's table builds, and every error code, has its words in every catalogue."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.fields.errors import ERROR_CODES
from widgets.fields.table import Form
from widgets.i18n import LANGS, catalog, flat_keys, has

from .forms import FORMS


def form_keys(form: Form[Any]) -> set[str]:
    """The keys a form's messages and page use: labels, hints, choices, parts, legends."""
    grouped = [spec for spec in form.fields if spec.group]
    keys = {spec.label_key for spec in form.fields} | {form.whole_key}
    keys |= {spec.hint_key for spec in grouped}
    keys |= {spec.row_key for spec in grouped if spec.kind == "records"}
    keys |= {group.legend_key for group in form.groups}
    keys |= {part.label_key for spec in form.fields for part in spec.parts}
    keys |= {
        spec.choice_key(choice)
        for spec in form.fields
        if spec.kind in ("choice", "ids") and spec.choice_names is None
        for choice in spec.choices
    }
    return keys


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
def test_every_key_of_a_form_exists(form: Form[Any], lang: str) -> None:
    """A form's fields, parts, choices and fieldsets are worded in every language."""
    assert sorted(key for key in form_keys(form) if not has(lang, key)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_error_code_has_one_message_and_no_more(lang: str) -> None:
    """The one set of codes and the catalogue's messages are the same set."""
    assert set(catalog(lang)["errors"]["codes"]) == set(ERROR_CODES)
    assert {"where", "item", "part"} <= flat_keys(catalog(lang)["errors"])


def table(lang: str, key: str) -> dict[str, Any]:
    """The catalogue's table at a dotted key, or an empty one."""
    node: Any = catalog(lang)
    for part in key.split("."):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node if isinstance(node, dict) else {}


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
def test_a_forms_words_are_all_used(form: Form[Any]) -> None:
    """The catalogue words no field, part or fieldset the form does not have."""
    for section in ("fields", "groups"):
        prefix = f"{form.keys}.{section}."
        words = flat_keys(table(LANGS[0], prefix.rstrip(".")), prefix)
        assert sorted(words - form_keys(form)) == []
