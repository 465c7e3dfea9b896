"""The language switcher's links and the site root, as computed at build time."""

from __future__ import annotations

from tests.docs.build_hooks import load_hook
from widgets.i18n import t
from widgets.languages import DEFAULT_LANG, LANGS, LANGUAGES

hook = load_hook("page_links")


def links(url: str, lang: str) -> dict[str, str]:
    """The switcher's links for a page, by language."""
    return {alt["lang"]: alt["link"] for alt in hook.alternates(url, lang)}


def test_site_root_counts_folders() -> None:
    """The root is one level up per folder in the page URL, and ./ at the root."""
    assert hook.site_root("") == "./"
    assert hook.site_root("decide/") == "../"
    assert hook.site_root("en/decide/") == "../../"


def test_french_page_links_to_its_english_twin() -> None:
    """A French page's English link is the same page under en/."""
    assert links("decide/", "fr") == {"fr": "../decide/", "en": "../en/decide/"}


def test_english_page_links_to_its_french_twin() -> None:
    """An English page's French link drops the en/ folder."""
    assert links("en/decide/", "en") == {"fr": "../../decide/", "en": "../../en/decide/"}


def test_home_pages_link_to_each_other() -> None:
    """The home pages link to each other's home."""
    assert links("", "fr") == {"fr": "./", "en": "./en/"}
    assert links("en/", "en") == {"fr": "../", "en": "../en/"}


def test_the_switcher_names_every_declared_language() -> None:
    """One entry per language of the declaration, by its own name, in its order."""
    entries = hook.alternates("decide/", DEFAULT_LANG)
    assert [(alt["lang"], alt["name"]) for alt in entries] == [
        (language.code, language.name) for language in LANGUAGES
    ]


def test_the_404_page_speaks_every_language() -> None:
    """The one 404 page has every language's words and home page."""
    blocks = hook.not_found("/site/")
    assert [block["lang"] for block in blocks] == list(LANGS)
    for block, language in zip(blocks, LANGUAGES, strict=True):
        assert block["home"] == "/site/" + language.folder
        assert block["title"] == t(language.code, "site.not_found.title")
