"""No stale answer stays on screen: input the engine refuses takes the previous result away and
says why, beside its field."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.browser.test_assessment import (
    engine_errors,
    example,
    expect_verdict,
    fill,
    open_assessment,
)
from widgets.i18n import LANGS, t

# The review's crash: 308 nines of revenue over a ten-thousandth of an hour a month.
ABSURD = {"annual_revenue": "9" * 308, "hours_per_month": "0,0001"}


@pytest.mark.parametrize("lang", LANGS)
def test_an_absurd_amount_takes_the_verdict_away_and_says_why(
    page: Page, site_url: str, lang: str
) -> None:
    """A verdict on screen, then an amount beyond the form's bounds: the verdict goes, and the
    engine's words stand beside the amount."""
    answers = example("exit")
    open_assessment(page, site_url, lang)
    fill(page, lang, answers)
    expect_verdict(page, lang, answers)
    fill(page, lang, ABSURD)
    errors = engine_errors({**answers, **ABSURD}, lang)
    assert [error["field"] for error in errors] == ["annual_revenue"]
    expect(page.locator("#assessment-annual_revenue-error")).to_have_text(
        errors[0]["message"], timeout=BOOT_TIMEOUT_MS
    )
    expect(page.locator("[data-assessment-result]")).to_be_empty()


@pytest.mark.parametrize("lang", LANGS)
def test_an_invalid_field_takes_the_script_away_and_says_why(
    page: Page, site_url: str, lang: str
) -> None:
    """A script on screen, then a number that is not one: the script and its exports go, the
    summary and the field's message say why; a valid value brings the script back."""
    page.goto(page_url(site_url, lang, "script"))
    page.get_by_label(t(lang, "script.fields.client_name.label"), exact=True).fill("Atelier Roux")
    conversation = page.locator('[data-script-part="conversation"]')
    expect(conversation).to_contain_text("Atelier Roux", timeout=BOOT_TIMEOUT_MS)
    years = page.get_by_label(t(lang, "script.fields.relationship_years.label"), exact=True)
    years.fill("9" * 400)
    expect(page.locator("#script-relationship_years-error")).not_to_be_empty(
        timeout=BOOT_TIMEOUT_MS
    )
    expect(page.locator("[data-script-result]")).to_be_hidden()
    expect(conversation).to_have_count(0)
    expect(page.locator("[data-script-exports]")).to_be_hidden()
    expect(page.locator("[data-error-summary]")).to_have_text(t(lang, "script.ui.errors_summary"))
    years.fill("3")
    expect(conversation).to_contain_text("Atelier Roux", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-error-summary]")).to_be_empty()
