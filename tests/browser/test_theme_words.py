"""The theme's own words are in the page's language: the link beside each heading, the search
dialog's name, and the strings its scripts show."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import page_url
from widgets.i18n import LANGS, t

# The name of the theme's search in each language.
SEARCH_WORDS = {"fr": "Recherche", "en": "Search"}


@pytest.mark.parametrize("name", ["decide", "assessment"])
@pytest.mark.parametrize("lang", LANGS)
def test_heading_links_are_titled_in_the_pages_language(
    page: Page, site_url: str, lang: str, name: str
) -> None:
    """Every link beside a heading carries the title of the page's language."""
    page.goto(page_url(site_url, lang, name))
    titles = page.locator("a.headerlink").evaluate_all("links => links.map(a => a.title)")
    assert titles and set(titles) == {t(lang, "site.heading_link")}


@pytest.mark.parametrize("lang", LANGS)
def test_the_search_dialog_is_named_in_the_pages_language(
    page: Page, site_url: str, lang: str
) -> None:
    """The search is a dialog with a name, and the theme's scripts speak the page's language."""
    page.goto(page_url(site_url, lang, "index"))
    dialog = page.locator("[data-md-component=search][role=dialog]")
    expect(dialog).to_have_attribute("aria-label", SEARCH_WORDS[lang])
    config = json.loads(page.locator("#__config").inner_text())
    other = next(code for code in LANGS if code != lang)
    ours = config["translations"]["search.result.placeholder"]
    page.goto(page_url(site_url, other, "index"))
    theirs = json.loads(page.locator("#__config").inner_text())["translations"]
    assert ours != theirs["search.result.placeholder"]
