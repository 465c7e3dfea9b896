"""Every page, in both languages and both palettes, has no WCAG 2.2 AA violation axe can find;
nor do the tools with results, with errors, on a phone, and with their controls hovered and
focused."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.axe import STATES, contrast_in_state, contrast_violations, violations
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


# The widgets' buttons and links, which change colour under the pointer and the keyboard.
CONTROLS = ".playbook-widget :is(button, a, [role=tab]):visible"


def state_problems(page: Page, where: str) -> dict[str, list[str]]:
    """Each visible control of the widget, hovered then focused: its contrast problems."""
    found: dict[str, list[str]] = {}
    for control in page.locator(CONTROLS).all():
        name = f"{where}: {control.inner_text().strip()[:40] or control.get_attribute('href')}"
        for state, enter in (("hover", control.hover), ("focus", control.focus)):
            enter()
            if problems := contrast_violations(control):
                found[f"{name} ({state})"] = problems
        page.mouse.move(0, 0)
        control.blur()
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_controls_hovered_and_focused_keep_their_contrast(
    context: BrowserContext, traffic: Traffic, site_url: str, scheme: str
) -> None:
    """Every button and link of the tools, under the pointer and with the keyboard's focus,
    still reads against its background, in both palettes."""
    from tests.browser.test_assessment import example, fill, open_assessment
    from tests.browser.test_script import fill_basics, script_url

    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    open_assessment(page, site_url, "en")
    fill(page, "en", example("exit"))
    expect(page.locator("[data-assessment-result] h2")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    found = state_problems(page, "assessment")
    page.goto(script_url(site_url, "en"))
    fill_basics(page, "en", "Studio Kessler")
    expect(page.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    found |= state_problems(page, "script")
    assert found == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tools_on_a_phone_have_no_violation(
    context: BrowserContext, traffic: Traffic, site_url: str, scheme: str
) -> None:
    """On a phone, with the summary bar pinned over the form, axe reports nothing."""
    from tests.browser.test_assessment import example, fill, open_assessment
    from tests.browser.test_script import fill_basics, label, script_url

    page = context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(color_scheme=scheme)
    open_assessment(page, site_url, "fr")
    fill(page, "fr", example("exit"))
    page.locator("#assessment-client_name").focus()
    bar = page.locator("[data-result-summary]")
    expect(bar).to_have_attribute("data-pinned", "", timeout=BOOT_TIMEOUT_MS)
    found = {"assessment": violations(page)}
    page.goto(script_url(site_url, "fr"))
    fill_basics(page, "fr", "Studio Kessler")
    page.get_by_label(label("fr", "client_name"), exact=True).focus()
    expect(bar).to_have_attribute("data-pinned", "", timeout=BOOT_TIMEOUT_MS)
    found["script"] = violations(page)
    assert {name: problems for name, problems in found.items() if problems} == {}
