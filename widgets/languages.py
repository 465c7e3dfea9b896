"""The site's languages, declared once.

Everything else reads this table: the message catalogues (``widgets/catalog/<code>.toml``),
the letters' templates (``widgets/script/templates/<code>/``), the pages (``docs/<code>/``),
the MkDocs configuration (``scripts/mkdocs_languages.py``), the language switcher and the
404 page (``hooks/page_links.py``), the browser modules (through a ``<meta>`` of every page)
and the tests. Adding a language is one row here, plus its catalogue, templates and pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NewType

# A language code of this table, once checked (``widgets.i18n.check_lang``).
Lang = NewType("Lang", str)


@dataclass(frozen=True)
class Language:
    """One language of the site.

    ``code`` is an ISO 639-1 code that the theme and its search both know; ``name`` is the
    language's own name for itself, as the switcher and the script form show it.
    """

    code: Lang
    name: str
    default: bool = False

    @property
    def folder(self) -> str:
        """Where its pages sit below the site root: the default language at the root."""
        return "" if self.default else f"{self.code}/"


LANGUAGES: tuple[Language, ...] = (
    Language(Lang("fr"), "Français", default=True),
    Language(Lang("en"), "English"),
)

LANGS: tuple[Lang, ...] = tuple(language.code for language in LANGUAGES)
DEFAULT_LANG: Lang = next(language.code for language in LANGUAGES if language.default)
NAMES: dict[Lang, str] = {language.code: language.name for language in LANGUAGES}


def page_data() -> dict[str, object]:
    """What the browser modules need to know of the languages, as every page carries it."""
    return {
        "default": DEFAULT_LANG,
        "folders": {language.code: language.folder for language in LANGUAGES},
    }
