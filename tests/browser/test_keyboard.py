"""The tools can be used with the keyboard alone, and their results are announced in a few
words (the result itself is not a live region: it would be read out whole)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS


def tab_to(page: Page, selector: str, limit: int = 120) -> None:
    """Press Tab until the focused element matches ``selector``, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def test_assessment_with_the_keyboard_alone(page: Page, site_url: str) -> None:
    """Typing, arrow keys and Space fill the assessment; the result sits in a live region."""
    page.goto(site_url + "en/assessment/")
    page.locator("body").press("Tab")
    tab_to(page, "#assessment-client_name")
    page.keyboard.type("Keyboard Client")
    tab_to(page, "input[name=late_payments]:checked")
    for _ in range(3):  # never → sometimes → often → always
        page.keyboard.press("ArrowRight")
    expect(page.locator("#assessment-late_payments-always")).to_be_checked()
    tab_to(page, "#assessment-tried_reset_expectations")
    page.keyboard.press("Space")
    expect(page.locator("#assessment-tried_reset_expectations")).to_be_checked()
    result = page.locator("[data-assessment-result]")
    expect(result.locator("h2")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    verdict = result.locator("h2").inner_text()
    expect(page.get_by_role("status").filter(has_text=f"Verdict: {verdict}.")).to_have_count(1)
    expect(result).not_to_have_attribute("aria-live", "polite")


def test_script_generator_with_the_keyboard_alone(page: Page, site_url: str) -> None:
    """Typing and Space fill the generator; the script appears in a live region."""
    page.goto(site_url + "script/")
    page.locator("body").press("Tab")
    tab_to(page, "#script-client_name")
    page.keyboard.type("Client Clavier")
    tab_to(page, "input[name=reasons]")
    page.keyboard.press("Space")
    output = page.locator("[data-script-result]")
    expect(output.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(output).to_contain_text("Client Clavier")
    expect(page.locator("[data-playbook-announce]")).to_contain_text("Script mis à jour.")
    expect(output).not_to_have_attribute("aria-live", "polite")
