"""The playbook site in a real browser: pages, languages, search, 404, Python in a worker."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, FOLDERS, Traffic, page_url
from widgets import __version__
from widgets.assessment.schema import answers_schema, report_schema
from widgets.languages import DEFAULT_LANG, LANGS, LANGUAGES

DOCS = Path(__file__).parents[2] / "docs"
PAGES = sorted(p.stem for p in (DOCS / "fr").glob("*.md"))
SWITCHES = [
    (start.code, target.code, target.name)
    for start in LANGUAGES
    for target in LANGUAGES
    if start != target
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_in_its_language(
    page: Page, site_url: str, lang: str, name: str
) -> None:
    """Each page answers 200, declares its language, shows one title, logs no console error."""
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    response = page.goto(page_url(site_url, lang, name))
    assert response is not None and response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("article h1")).to_have_count(1)
    page.wait_for_load_state("networkidle")
    assert console_errors == []


@pytest.mark.parametrize(("start", "target", "label"), SWITCHES)
def test_language_switch_lands_on_the_same_page(
    page: Page, site_url: str, start: str, target: str, label: str
) -> None:
    """The switcher goes to the same page and section in the other language."""
    page.goto(page_url(site_url, start, "decide") + "#step-4")
    page.locator(".md-header .md-select").hover()
    page.get_by_role("link", name=label, exact=True).click()
    expect(page).to_have_url(page_url(site_url, target, "decide") + "#step-4")
    expect(page.locator("html")).to_have_attribute("lang", target)


def test_language_switch_after_following_a_link(page: Page, site_url: str) -> None:
    """After moving to another page, the switcher follows the current page."""
    page.goto(page_url(site_url, "fr", "index"))
    page.locator(".md-nav--primary").get_by_role(
        "link", name=re.compile("passer à l'acte", re.IGNORECASE)
    ).first.click()
    expect(page).to_have_url(page_url(site_url, "fr", "do-it"))
    page.locator(".md-header .md-select").hover()
    page.get_by_role("link", name="English", exact=True).click()
    expect(page).to_have_url(page_url(site_url, "en", "do-it"))


def languages_of(site_url: str, href: str) -> str:
    """The language of a page of the site, by its folder."""
    path = href.removeprefix(site_url)
    found = [code for code, folder in FOLDERS.items() if folder and path.startswith(folder)]
    return found[0] if found else DEFAULT_LANG


@pytest.mark.parametrize(("lang", "word"), [("fr", "réputation"), ("en", "reputation")])
def test_search_finds_pages_in_each_language(
    page: Page, site_url: str, lang: str, word: str
) -> None:
    """Searching a word of the playbook lists pages of that language."""
    page.goto(page_url(site_url, lang, "index"))
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # Typed key by key, as a reader does: the theme searches on key events.
    page.locator("input.md-search__input").press_sequentially(word, delay=30)
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible()
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    in_language = [h for h in hrefs if languages_of(site_url, h) == lang]
    assert in_language, hrefs


@pytest.mark.parametrize(
    ("path", "lang", "title"),
    [("nope/", "fr", "Page introuvable"), ("en/nope/", "en", "Page not found")],
)
def test_missing_page_answers_in_the_readers_language(
    page: Page, site_url: str, path: str, lang: str, title: str
) -> None:
    """A missing address gets the 404 page, in the language of the path asked for."""
    response = page.goto(site_url + path)
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_engine_version_is_computed_by_python_in_a_worker(
    page: Page, site_url: str, lang: str
) -> None:
    """The about page shows the engine version that Python, booted in a worker, reports."""
    page.goto(page_url(site_url, lang, "about"))
    expect(page.locator("[data-field=engine]")).to_have_text(__version__, timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-field=python]")).to_have_text(re.compile(r"^3\.\d+\.\d+$"))
    assert page.evaluate("typeof window.pyodide") == "undefined", (
        "Python must not run on the page's thread"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_carries_a_strict_content_security_policy(
    page: Page, site_url: str, lang: str
) -> None:
    """A CSP meta tag allows only the site's own origin and no eval."""
    page.goto(page_url(site_url, lang, "index"))
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert policy is not None
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "base-uri 'self'" in policy and "'unsafe-eval'" not in policy.replace(
        "'wasm-unsafe-eval'", ""
    )
    assert "http" not in policy


def test_eval_and_injected_scripts_are_refused(
    context: BrowserContext, traffic: Traffic, site_url: str
) -> None:
    """The policy refuses code from strings and injected inline scripts in the page's context."""
    page = context.new_page()  # not the watched page: each refusal is logged as a violation
    refusals: list[str] = []
    page.on(
        "console",
        lambda m: refusals.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(page_url(site_url, "fr", "index"))
    # A string timer is eval by another name, and runs in the page's own context.
    evaluated = page.evaluate(
        "() => new Promise(done => { setTimeout('window.__ran = true', 0);"
        " setTimeout(() => done(window.__ran === true), 100); })"
    )
    injected = page.evaluate(
        "() => new Promise(done => { const s = document.createElement('script');"
        " s.textContent = 'window.__injected = true'; document.head.append(s);"
        " setTimeout(() => done(window.__injected === true), 100); })"
    )
    assert (evaluated, injected) == (False, False)
    assert len(refusals) == 2


@pytest.mark.parametrize(
    ("name", "schema"),
    [("assessment-answers", answers_schema), ("assessment-report", report_schema)],
)
def test_json_schemas_are_published_from_the_engine(
    page: Page, site_url: str, name: str, schema: Callable[[], dict[str, Any]]
) -> None:
    """The site serves the assessment's JSON Schemas exactly as the engine defines them."""
    response = page.request.get(f"{site_url}schemas/{name}.schema.json")
    assert response.ok
    assert response.json() == schema()
    page.goto(page_url(site_url, "en", "scoring"))
    link = page.get_by_role("link", name="answers schema")
    link.click()
    expect(page).to_have_url(f"{site_url}schemas/assessment-answers.schema.json")
