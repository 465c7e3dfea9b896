"""The forms pages render at build time, from their tables: every field, with its words."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest
from markupsafe import escape

from macros.assessment import form_html as assessment_html
from macros.script import editor_html, form_html
from widgets.assessment.fields import ASSESSMENT
from widgets.fields.table import Form
from widgets.i18n import LANGS, t
from widgets.script.blame import CATEGORIES
from widgets.script.inputs import SCRIPT
from widgets.script.reminder import REMINDER

PYTHON_REPR = re.compile(r"<(built-in|bound) method|object at 0x")


def shown_fields(form: Form[Any]) -> list[str]:
    """The fields a form's page shows, fieldset by fieldset: those of a fieldset."""
    return [spec.id for group in form.groups for spec in form.fields if spec.group == group.id]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("page", "forms"),
    [(assessment_html, (ASSESSMENT,)), (form_html, (SCRIPT, REMINDER))],
    ids=["assessment", "script"],
)
def test_every_field_of_the_table_is_on_the_page(page: Any, forms: Any, lang: str) -> None:
    """Each field once, in its form, labelled in the page's language, with its error slot."""
    text = page(lang)
    for form in forms:
        found = re.findall(rf'data-form="{form.id}" data-field="(\w+)"', text)
        assert found == shown_fields(form)
        for field_id in found:
            spec = form.by_id[field_id]
            assert str(escape(t(lang, spec.label_key))) in text
            assert f'data-error-for="{field_id}"' in text


@pytest.mark.parametrize("lang", LANGS)
def test_no_python_value_leaks_into_a_page(lang: str) -> None:
    """Words come from the catalogue, never from a Python object's name."""
    for text in (assessment_html(lang), form_html(lang), editor_html(lang)):
        assert not PYTHON_REPR.search(text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_script_language_is_the_pages(lang: str) -> None:
    """The generator's language list starts on the page's language."""
    assert re.search(f'<option value="{lang}"[^>]* selected>', form_html(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_is_named_in_its_own_language(lang: str) -> None:
    """A language's own name in the list is marked with its language, for screen readers."""
    for code in LANGS:
        assert f'<option value="{code}" lang="{code}"' in form_html(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_script_form_names_every_blame_category(lang: str) -> None:
    """The blame check answers with category ids: the shell's messages word each of them."""
    [raw] = re.findall(
        r"data-playbook-widget=\"script\"[^>]*data-messages='([^']*)'", form_html(lang)
    )
    categories = json.loads(html.unescape(raw))["blame_categories"]
    assert categories == {
        category: t(lang, f"script.blame.categories.{category}") for category in CATEGORIES
    }
    assert len(set(categories.values())) == len(CATEGORIES) == 7
    assert "sarcasm" in categories
