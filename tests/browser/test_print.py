"""The whole playbook on one page, ready to print, in each language."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import page_url
from widgets.i18n import t
from widgets.languages import LANGS

STEPS = [f"decide-step-{n}" for n in range(1, 6)] + [f"do-it-step-{n}" for n in range(1, 5)]


@pytest.mark.parametrize("lang", LANGS)
def test_print_page_holds_every_step_of_both_parts(page: Page, site_url: str, lang: str) -> None:
    """Each step of part 1 and part 2 is on the page under its prefixed anchor."""
    page.goto(page_url(site_url, lang, "print"))
    for anchor in STEPS:
        expect(page.locator(f"article h3#{anchor}")).to_have_count(1)


@pytest.mark.parametrize("lang", LANGS)
def test_contents_link_to_every_step(page: Page, site_url: str, lang: str) -> None:
    """The contents list links to each step, and each link lands on a heading of the page."""
    page.goto(page_url(site_url, lang, "print"))
    links = page.get_by_role(
        "navigation", name=t(lang, "site.print.contents"), exact=True
    ).get_by_role("link")
    # The theme's scripts may make in-page links absolute: the fragment is what lands.
    hashes = links.evaluate_all("links => links.map(a => a.hash)")
    assert [f"#{anchor}" for anchor in STEPS] == [h for h in hashes if "-step-" in h]
    for target in hashes:
        expect(page.locator(f"article {target}")).to_have_count(1)


@pytest.mark.parametrize("lang", LANGS)
def test_no_id_is_used_twice(page: Page, site_url: str, lang: str) -> None:
    """Pages that shared anchors such as step-1 no longer clash once on one page."""
    page.goto(page_url(site_url, lang, "print"))
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(element => element.id)")
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize("lang", LANGS)
def test_paper_shows_the_playbook_without_the_site_around_it(
    page: Page, site_url: str, lang: str
) -> None:
    """In print, the header and both sidebars are gone; the playbook is still there."""
    page.goto(page_url(site_url, lang, "print"))
    page.emulate_media(media="print")
    expect(page.locator(".md-header")).to_be_hidden()
    sidebars = page.locator(".md-sidebar--primary, .md-sidebar--secondary")
    expect(sidebars).to_have_count(2)
    for sidebar in sidebars.all():
        expect(sidebar).to_be_hidden()
    expect(page.locator("article h3#decide-step-1")).to_be_visible()
