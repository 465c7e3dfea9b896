"""Write the languages part of the MkDocs configuration from their one declaration.

    python -m scripts.mkdocs_languages [OUT]     (default: mkdocs.languages.yml)

``mkdocs.yml`` inherits the file written (its ``INHERIT``): the i18n plugin's languages, each
with its site name, description, copyright, theme language, palette switch and navigation
titles, the language switcher's entries, and the default language's texts. The languages come
from ``widgets/languages.py`` and every text from the language's catalogue, so a language is
added without touching ``mkdocs.yml``. ``make`` writes it before every build.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from widgets.i18n import t
from widgets.languages import DEFAULT_LANG, LANGUAGES, Language

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
OUT = ROOT / "mkdocs.languages.yml"
HEADER = (
    "# Written by `python -m scripts.mkdocs_languages` from widgets/languages.py and the\n"
    "# catalogues (make does it before every build); mkdocs.yml inherits it. Do not edit.\n"
)


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for its structure, leaving MkDocs' own tags (``!ENV``) aside."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _config() -> dict[str, Any]:
    """mkdocs.yml, for its palette and its navigation's sections."""
    loaded: dict[str, Any] = yaml.load(CONFIG.read_text("utf-8"), Loader=_ConfigLoader)
    return loaded


def _sections(nav: list[Any]) -> list[str]:
    """The titles of the navigation's sections, at any depth: ids that every language words."""
    found: list[str] = []
    for item in nav:
        if isinstance(item, dict):
            for title, children in item.items():
                if isinstance(children, list):
                    found += [title, *_sections(children)]
    return found


def _site(code: str) -> dict[str, str]:
    """The site's name, description and copyright line in one language."""
    keys = {"site_name": "name", "site_description": "description", "copyright": "copyright"}
    return {option: t(code, f"site.{key}") for option, key in keys.items()}


def _language(language: Language, config: dict[str, Any]) -> dict[str, Any]:
    """One entry of the i18n plugin's languages."""
    code = language.code
    palette = [
        {"toggle": {"name": t(code, f"site.palette.{scheme['scheme']}")}}
        for scheme in config["theme"]["palette"]
    ]
    return {
        "locale": code,
        "name": language.name,
        "default": language.default,
        "build": True,
        **_site(code),
        "theme": {"language": code, "palette": palette},
        "nav_translations": {key: t(code, f"site.nav.{key}") for key in _sections(config["nav"])},
    }


def languages_config() -> dict[str, Any]:
    """The configuration mkdocs.yml inherits."""
    config = _config()
    return {
        **_site(DEFAULT_LANG),
        "theme": {"language": DEFAULT_LANG},
        "plugins": {
            "search": {},
            "i18n": {"languages": [_language(language, config) for language in LANGUAGES]},
        },
        "extra": {
            "alternate": [
                {"name": language.name, "link": language.folder or "./", "lang": language.code}
                for language in LANGUAGES
            ]
        },
    }


def main(argv: list[str]) -> int:
    """Write the file; the path may be given."""
    out = Path(argv[0]) if argv else OUT
    text = HEADER + yaml.safe_dump(languages_config(), allow_unicode=True, sort_keys=False)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(text, "utf-8")
    partial.replace(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
