"""Every form of every page submits nowhere (hooks/forms.py); the build refuses one that could."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from macros.assessment import form_html as assessment_html
from macros.script import editor_html, form_html
from widgets.i18n import LANGS


def load_hook() -> ModuleType:
    """Import hooks/forms.py the way MkDocs does: as a file, not a package."""
    path = Path(__file__).parents[2] / "hooks" / "forms.py"
    spec = importlib.util.spec_from_file_location("forms_hook", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["forms_hook"] = module
    spec.loader.exec_module(module)
    return module


hook = load_hook()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", [assessment_html, form_html, editor_html])
def test_every_tool_form_becomes_a_form_that_is_never_sent(page: object, lang: str) -> None:
    """Each form of the tools' pages gets method="dialog", and nothing else changes."""
    text = page(lang)  # type: ignore[operator]
    forms = text.count("<form ")
    assert forms >= 1
    stamped = hook.unsendable(text)
    assert stamped.count('<form method="dialog" ') == forms
    assert stamped.replace('<form method="dialog" ', "<form ") == text


def test_the_themes_forms_are_stamped_too() -> None:
    """The search and colour-scheme forms, which the theme's script reads, are never sent."""
    html = '<form class="md-search__form" name="search"><input name="query"></form><FORM>'
    assert hook.unsendable(html) == (
        '<form method="dialog" class="md-search__form" name="search"><input name="query"></form>'
        '<form method="dialog">'
    )


def test_a_form_already_never_sent_is_left_as_it_is() -> None:
    """A form written with method="dialog" needs nothing more."""
    assert hook.unsendable('<form method="dialog" class="x">') == '<form method="dialog" class="x">'


@pytest.mark.parametrize(
    "html",
    [
        '<form action="/search">',
        '<form method="get">',
        '<form target="_blank">',
        '<form><button type="submit" formaction="https://example.org/">Go</button></form>',
        '<form><input type="submit" formmethod="post"></form>',
    ],
)
def test_a_form_that_names_where_or_how_to_be_sent_fails_the_build(html: str) -> None:
    """A form or button that chooses its own address or method is refused, not silently fixed."""
    with pytest.raises(hook.FormError, match="page"):
        hook.unsendable(html)
