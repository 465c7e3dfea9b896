"""The MkDocs part written from the languages' declaration (scripts/mkdocs_languages.py)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.mkdocs_languages import OUT, _config, _sections, languages_config, main
from widgets.i18n import t
from widgets.languages import DEFAULT_LANG, LANGUAGES

ROOT = Path(__file__).parents[2]


def test_every_declared_language_is_built_in_order() -> None:
    """One i18n entry per language, the default one first among equals, each built."""
    entries = languages_config()["plugins"]["i18n"]["languages"]
    assert [(e["locale"], e["name"], e["default"]) for e in entries] == [
        (language.code, language.name, language.default) for language in LANGUAGES
    ]
    assert all(entry["build"] for entry in entries)


def test_each_language_gets_its_own_words() -> None:
    """Site name, description, copyright, palette switch and navigation from its catalogue."""
    config = _config()
    sections = _sections(config["nav"])
    assert sections == ["playbook", "tools", "about"]
    for entry in languages_config()["plugins"]["i18n"]["languages"]:
        code = entry["locale"]
        assert entry["site_name"] == t(code, "site.name")
        assert entry["theme"]["language"] == code
        assert len(entry["theme"]["palette"]) == len(config["theme"]["palette"])
        assert entry["nav_translations"] == {key: t(code, f"site.nav.{key}") for key in sections}


def test_the_switcher_and_the_defaults() -> None:
    """The theme's switcher lists every language; the default language's words come first."""
    config = languages_config()
    assert config["site_name"] == t(DEFAULT_LANG, "site.name")
    assert config["theme"] == {"language": DEFAULT_LANG}
    assert [entry["lang"] for entry in config["extra"]["alternate"]] == [
        language.code for language in LANGUAGES
    ]


def test_the_file_written_is_what_mkdocs_yml_inherits(tmp_path: Path) -> None:
    """The file is YAML of that configuration, under the name mkdocs.yml inherits."""
    out = tmp_path / "languages.yml"
    assert main([str(out)]) == 0
    assert yaml.safe_load(out.read_text("utf-8")) == languages_config()
    assert f"INHERIT: {OUT.name}" in (ROOT / "mkdocs.yml").read_text("utf-8")


def test_mkdocs_yml_names_no_language() -> None:
    """No language code or language name is written in mkdocs.yml: they come from the table."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    for language in LANGUAGES:
        assert not re.search(rf"\b(locale|language|lang):\s*{language.code}\b", text)
        assert language.name not in text
