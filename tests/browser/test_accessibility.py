"""Every page, in both languages and both palettes, has no WCAG 2.2 AA violation axe can find."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, expect

from tests.browser.axe import STATES, contrast_in_state, violations
from tests.browser.conftest import BOOT_TIMEOUT_MS, Traffic, page_url
from widgets.languages import LANGS

DOCS = Path(__file__).parents[2] / "docs"
PAGES = sorted(p.stem for p in (DOCS / "fr").glob("*.md"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGS)
def test_pages_have_no_accessibility_violation(
    context: BrowserContext, traffic: Traffic, site_url: str, lang: str, scheme: str
) -> None:
    """axe reports nothing on any page of one language in one palette."""
    # Not the CSP-watched page: axe itself applies inline styles while it measures contrast.
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    found = {}
    for name in PAGES:
        page.goto(page_url(site_url, lang, name))
        if problems := violations(page):
            found[name] = problems
    assert found == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tools_with_results_and_errors_have_no_violation(
    context: BrowserContext, traffic: Traffic, site_url: str, scheme: str
) -> None:
    """The tools stay accessible once Python has filled in results and error messages."""
    from tests.browser.test_assessment import example, fill, open_assessment
    from tests.browser.test_script import fill_basics, script_url

    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    found = {}
    open_assessment(page, site_url, "en")
    fill(page, "en", {**example("exit"), "annual_revenue": "abc"})
    expect(page.locator("[aria-invalid=true]").first).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    found["assessment-errors"] = violations(page)
    fill(page, "en", example("exit"))
    expect(page.locator("[data-assessment-result] h2")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    found["assessment-result"] = violations(page)
    page.goto(script_url(site_url, "fr"))
    fill_basics(page, "fr", "Studio Kessler")
    expect(page.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    found["script-output"] = violations(page)
    assert {name: problems for name, problems in found.items() if problems} == {}


# Every button and button-like link of the tools.
BUTTONS = ".playbook-widget :is(button, a.md-button, .playbook-file):not([hidden])"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_buttons_keep_their_contrast_when_hovered_focused_or_pressed(
    context: BrowserContext, traffic: Traffic, site_url: str, scheme: str
) -> None:
    """The tools' buttons, with a result on screen, in each state forced in turn: their text
    keeps WCAG AA contrast against the background the state gives them."""
    from tests.browser.test_assessment import example, fill, open_assessment
    from tests.browser.test_script import fill_basics, script_url

    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    found = {}
    open_assessment(page, site_url, "en")
    fill(page, "en", example("exit"))
    expect(page.locator("[data-assessment-result] h2")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    for state in STATES:
        found[f"assessment:{state}"] = contrast_in_state(page, BUTTONS, state)
    page.goto(script_url(site_url, "en"))
    fill_basics(page, "en", "Studio Kessler")
    expect(page.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    for state in STATES:
        found[f"script:{state}"] = contrast_in_state(page, BUTTONS, state)
    page.goto(page_url(site_url, "en", "deal-breakers"))
    page.locator('[data-dealbreakers-form] input[name="catalog"]').first.check()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(1)
    for state in STATES:
        found[f"deal-breakers:{state}"] = contrast_in_state(page, BUTTONS, state)
    assert {name: problems for name, problems in found.items() if problems} == {}
