"""No stale answer stays on screen: input the engine refuses takes the previous result away and
says why, beside its field; a file larger than a tool loads is refused before it is read."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.browser.test_assessment import (
    engine_errors,
    example,
    expect_answers,
    expect_verdict,
    fill,
    open_assessment,
)
from widgets import dealbreakers
from widgets.fields.files import FILE_MAX_BYTES
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
    # The letter names the client (the conversation speaks to them).
    letter = page.locator('[data-script-part="letter"]')
    expect(letter).to_contain_text("Atelier Roux", timeout=BOOT_TIMEOUT_MS)
    years = page.get_by_label(t(lang, "script.fields.relationship_years.label"), exact=True)
    years.fill("9" * 400)
    expect(page.locator("#script-relationship_years-error")).not_to_be_empty(
        timeout=BOOT_TIMEOUT_MS
    )
    expect(page.locator("[data-script-result]")).to_be_hidden()
    expect(letter).to_have_count(0)
    expect(page.locator("[data-script-exports]")).to_be_hidden()
    summary = page.locator("[data-error-summary] > p")
    expect(summary).to_have_text(t(lang, "script.ui.errors_summary"))
    years.fill("3")
    expect(letter).to_contain_text("Atelier Roux", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-error-summary]")).to_be_empty()


def padded(value: object, size: int) -> bytes:
    """``value`` as JSON, padded with spaces to exactly ``size`` bytes."""
    text = json.dumps(value).encode("utf-8")
    return text + b" " * (size - len(text))


LIST = {"format": dealbreakers.FORMAT, "version": dealbreakers.VERSION, "items": [{"text": "x"}]}


@pytest.mark.parametrize("lang", LANGS)
def test_a_list_file_past_the_limit_is_refused_before_it_is_read(
    page: Page, site_url: str, lang: str
) -> None:
    """A valid list one byte past the limit is refused, worded; at the limit it loads."""
    page.goto(page_url(site_url, lang, "deal-breakers"))
    picker = page.get_by_label(t(lang, "dealbreakers.ui.load_json"))
    message = page.locator("[data-playbook-widget] [data-playbook-message]").first
    picker.set_input_files(
        {
            "name": "big.json",
            "mimeType": "application/json",
            "buffer": padded(LIST, FILE_MAX_BYTES + 1),
        }
    )
    expect(message).to_have_text(t(lang, "site.files.too_large", file="big.json"))
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(0)
    picker.set_input_files(
        {
            "name": "full.json",
            "mimeType": "application/json",
            "buffer": padded(LIST, FILE_MAX_BYTES),
        }
    )
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(1, timeout=BOOT_TIMEOUT_MS)


@pytest.mark.parametrize("lang", LANGS)
def test_an_answers_file_past_the_limit_is_refused_before_it_is_read(
    page: Page, site_url: str, lang: str
) -> None:
    """Valid answers one byte past the limit change nothing, and the reader is told why."""
    open_assessment(page, site_url, lang)
    picker = page.get_by_label(t(lang, "assessment.ui.load"))
    big = padded(example("exit"), FILE_MAX_BYTES + 1)
    picker.set_input_files({"name": "big.json", "mimeType": "application/json", "buffer": big})
    expect(page.get_by_text(t(lang, "site.files.too_large", file="big.json"))).to_be_visible()
    expect_answers(page, lang, {})
