"""The languages, declared once: each has a catalogue and templates, and one is the default."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from widgets.i18n import catalog
from widgets.languages import DEFAULT_LANG, LANGS, LANGUAGES, NAMES, page_data
from widgets.script.templates import TEMPLATE_NAMES


def test_one_default_language_at_the_site_root() -> None:
    """One language is the default, at the root; every other has its own folder."""
    assert [language.code for language in LANGUAGES if language.default] == [DEFAULT_LANG]
    assert {language.code: language.folder for language in LANGUAGES} == {
        code: "" if code == DEFAULT_LANG else f"{code}/" for code in LANGS
    }


def test_codes_are_distinct_two_letter_codes_with_names() -> None:
    """ISO 639-1 codes, each once, each with its own name."""
    assert len(set(LANGS)) == len(LANGS)
    assert all(re.fullmatch("[a-z]{2}", code) for code in LANGS)
    assert all(NAMES[code] for code in LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_its_catalogue_and_templates(lang: str) -> None:
    """A catalogue, and the script's templates under the same names as the default's."""
    assert catalog(lang)["format"]
    folder = files("widgets").joinpath("script", "templates", lang)
    assert sorted(entry.name for entry in folder.iterdir()) == sorted(
        f"{n}.j2" for n in TEMPLATE_NAMES
    )


def test_pages_get_the_folders_and_the_default() -> None:
    """What the browser modules read of the languages."""
    assert page_data() == {
        "default": DEFAULT_LANG,
        "folders": {language.code: language.folder for language in LANGUAGES},
    }
