"""What a screen reader hears, in both languages: after an edit, each live region holds a few
words (one polite summary of the change, never the whole result); errors go to an assertive
region that links to their fields, which are marked invalid and described by their message;
every hint is linked to its control; words in another language than the page are marked."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.browser.test_assessment import fields, open_assessment
from tests.browser.test_layout import summary_lines
from tests.browser.test_script import REASONS, expected, fill_basics, label, script_url
from widgets.i18n import LANGS, t

# A live region is read out whole at each change: past a few sentences, it floods.
MOST_CHARACTERS = 300
LIVE = "[aria-live]:not([aria-live=off]), [role=status], [role=alert], [role=log]"


def live_texts(page: Page) -> list[str]:
    """The text of every live region of the page, as a screen reader would hear it."""
    texts: list[str] = page.locator(LIVE).evaluate_all(
        "regions => regions.map(region => region.textContent.replace(/\\s+/g, ' ').trim())"
    )
    return texts


def announced(page: Page) -> str:
    """What the widget's polite summary says now."""
    return page.locator("[data-playbook-announce]").inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_the_assessment_speaks_one_short_summary_per_change(
    page: Page, site_url: str, lang: str
) -> None:
    """After each answer, the polite summary says the verdict and both scores, and no live
    region holds more than a few sentences; the report itself is not live."""
    open_assessment(page, site_url, lang)
    form = page.locator("#assessment-form")
    by_id = {field["id"]: field for field in fields(lang)}
    answers: dict[str, str] = {}
    for field_id, value in (("late_payments", "always"), ("disrespect", "often")):
        answers[field_id] = value
        group = form.get_by_role("group", name=by_id[field_id]["label"], exact=True)
        group.get_by_label(t(lang, f"assessment.choices.frequency.{value}"), exact=True).check()
        verdict, scores = summary_lines(lang, answers)
        said = t(
            lang, "assessment.ui.summary.announce", verdict=verdict, case=scores[0], risk=scores[1]
        )
        expect(page.locator("[data-playbook-announce]")).to_have_text(said, timeout=BOOT_TIMEOUT_MS)
        texts = live_texts(page)
        assert max(map(len, texts)) <= MOST_CHARACTERS, texts
    report = page.locator("[data-assessment-result]")
    expect(report).to_contain_text(verdict)
    assert report.get_attribute("aria-live") is None and report.get_attribute("role") is None
    assert len(report.inner_text()) > MOST_CHARACTERS


@pytest.mark.parametrize("lang", LANGS)
def test_the_generator_says_the_script_changed_not_the_script(
    page: Page, site_url: str, lang: str
) -> None:
    """After an edit, the polite summary says the script was updated; the script itself, some
    thousands of characters, is in no live region."""
    page.goto(script_url(site_url, lang))
    fill_basics(page, lang, "Studio Kessler")
    expect(page.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    inputs = {"your_name": "Jeanne Martin", "client_name": "Studio Kessler", "reasons": REASONS}
    count = len(expected(lang, **inputs).warnings)
    said = t(lang, "script.ui.summary.announce_warnings", count=count)
    expect(page.locator("[data-playbook-announce]")).to_have_text(said)
    page.get_by_label(label(lang, "client_name"), exact=True).fill("Atelier Brun")
    expect(page.locator('[data-script-part="letter"]')).to_contain_text("Atelier Brun")
    expect(page.locator("[data-playbook-announce]")).to_have_text(said)
    texts = live_texts(page)
    assert max(map(len, texts)) <= MOST_CHARACTERS, texts
    script = page.locator("[data-script-result]")
    assert len(script.inner_text()) > 10 * MOST_CHARACTERS
    assert (
        script.evaluate("node => node.closest('[aria-live], [role=status], [role=alert]')") is None
    )


@pytest.mark.parametrize("lang", LANGS)
def test_assessment_errors_are_assertive_and_lead_to_their_field(
    page: Page, site_url: str, lang: str
) -> None:
    """A wrong number: the alert says so and links to the field, which is marked invalid and
    described by its message."""
    open_assessment(page, site_url, lang)
    revenue = page.get_by_label(
        next(field["label"] for field in fields(lang) if field["id"] == "annual_revenue"),
        exact=True,
    )
    revenue.fill("abc")
    expect(revenue).to_have_attribute("aria-invalid", "true", timeout=BOOT_TIMEOUT_MS)
    alert = page.locator("[data-error-summary]")
    expect(alert).to_have_attribute("role", "alert")
    expect(alert).to_contain_text(t(lang, "assessment.ui.summary.errors"))
    message = page.locator("#assessment-annual_revenue-error")
    expect(message).to_contain_text(t(lang, "errors.codes.not_a_number"))
    assert "assessment-annual_revenue-error" in (revenue.get_attribute("aria-describedby") or "")
    alert.get_by_role("link").first.click()
    expect(revenue).to_be_focused()
    assert max(map(len, live_texts(page))) <= MOST_CHARACTERS
    revenue.fill("12000")
    expect(revenue).not_to_have_attribute("aria-invalid", "true", timeout=BOOT_TIMEOUT_MS)
    expect(alert).to_be_empty()


@pytest.mark.parametrize("lang", LANGS)
def test_generator_and_reminder_errors_are_assertive_and_marked(
    page: Page, site_url: str, lang: str
) -> None:
    """The generator's wrong field and the reminder's wrong day count are each marked invalid,
    described by their message, and said in an alert that links to them."""
    page.goto(script_url(site_url, lang))
    notice = page.get_by_label(label(lang, "notice_days"), exact=True)
    notice.fill("abc")
    expect(notice).to_have_attribute("aria-invalid", "true", timeout=BOOT_TIMEOUT_MS)
    alert = page.locator("[data-error-summary]")
    expect(alert).to_have_attribute("role", "alert")
    expect(alert).to_contain_text(t(lang, "script.ui.errors_summary"))
    expect(alert.get_by_role("link")).to_have_count(1)
    days = page.get_by_label(t(lang, "script.reminder.fields.days.label"), exact=True)
    days.fill("0")
    page.get_by_role("button", name=t(lang, "script.ui.reminder_download")).click()
    expect(days).to_have_attribute("aria-invalid", "true")
    described = (days.get_attribute("aria-describedby") or "").split()
    message = page.locator(f"#{described[-1]}")
    expect(message).not_to_be_empty()
    reminder_alert = page.locator("[data-reminder-errors]")
    expect(reminder_alert).to_have_attribute("role", "alert")
    expect(reminder_alert).to_contain_text(t(lang, "script.ui.reminder_errors"))
    reminder_alert.get_by_role("link").click()
    expect(days).to_be_focused()


@pytest.mark.parametrize("name", ["assessment", "script", "deal-breakers"])
def test_every_hint_is_linked_to_its_control(page: Page, site_url: str, name: str) -> None:
    """Each hint under a control (boxes to tick included) is part of that control's description."""
    page.goto(page_url(site_url, "en", name))
    unlinked = page.locator(".playbook-widget .playbook-hint").evaluate_all(
        """hints => hints
            .filter(hint => !hint.id || !document.querySelector(`[aria-describedby~="${hint.id}"]`))
            .map(hint => hint.textContent)"""
    )
    assert unlinked == []


def test_output_in_another_language_is_marked_with_it(page: Page, site_url: str) -> None:
    """An English script on the French page is marked English; each language's name in the
    list of languages is marked with its language."""
    page.goto(script_url(site_url, "fr"))
    for code, name in (("fr", "Français"), ("en", "English")):
        expect(page.locator(f'#script-lang option[value="{code}"]')).to_have_attribute("lang", code)
        expect(page.locator(f'#script-lang option[value="{code}"]')).to_have_text(name)
    page.get_by_label(label("fr", "lang"), exact=True).select_option("en")
    fill_basics(page, "fr", "Studio Kessler")
    expect(page.locator('[data-script-panel="conversation"]')).to_contain_text(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    for panel in ("warnings", "conversation", "email", "letter"):
        expect(page.locator(f'[data-script-panel="{panel}"]')).to_have_attribute("lang", "en")
    # The page's own words around the script stay French.
    expect(page.get_by_role("tab", name=t("fr", "script.ui.documents.letter"))).to_be_visible()
    assert (
        page.locator("[data-script-tabs]").evaluate("node => node.closest('[lang]').lang") == "fr"
    )
