"""The reader's work survives ordinary navigation: Back after a link, a reload after scrolling,
the language switch, and a prefill on top of a remembered form. The tab keeps it (session
storage); shared answers travel as ids and come back as the sentences of the page's language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserType, Page, expect

from scripts.chromium import ARGS as CHROMIUM_ARGS
from scripts.chromium import EXECUTABLE as CHROMIUM
from tests.browser.conftest import BOOT_TIMEOUT_MS, guard, page_url, watch
from tests.browser.test_assessment import (
    assessment_url,
    example,
    expect_answers,
    expect_verdict,
    fill,
    open_assessment,
)
from tests.browser.test_script import fill_basics, fragment, label, script_url
from widgets import dealbreakers
from widgets.assessment.bridge import assess_op
from widgets.i18n import LANGS, Lang, t
from widgets.languages import NAMES
from widgets.script.prefill import prefill_from_report
from widgets.script.reasons import reason

OTHER = {"fr": "en", "en": "fr"}
# Text and number fields, which the browser alone does not bring back, among the answers.
TYPED = {**example("exit"), "client_name": "Agence Lumière", "consulted": "5"}
SCRIPT_REASONS = ["payment_terms", "fixed_scope", "quality_commitment"]


def switch_language(page: Page, target: str) -> None:
    """Use the header's language switcher, as a reader does."""
    page.locator(".md-header .md-select").hover()
    page.get_by_role("link", name=NAMES[Lang(target)], exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", target)


def script_fields(page: Page, lang: str) -> dict[str, Any]:
    """What the generator's form shows for the fields these tests type in, once its script
    has given the form what the tab kept."""
    expect(page.get_by_role("button", name=t(lang, "script.ui.generate"))).to_be_enabled()
    return {
        "your_name": page.get_by_label(label(lang, "your_name"), exact=True).input_value(),
        "client_name": page.get_by_label(label(lang, "client_name"), exact=True).input_value(),
        "reasons": [
            item
            for item in SCRIPT_REASONS
            if page.get_by_label(reason(item).label(lang), exact=True).is_checked()
        ],
    }


# --- 1. Back after a link ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_back_after_preparing_the_conversation_gives_every_answer_back(
    page: Page, site_url: str, lang: str
) -> None:
    """ "Prepare the conversation", then Back: every text and number field is there again,
    and so is the verdict they give (blanks would count as unknown)."""
    open_assessment(page, site_url, lang)
    fill(page, lang, TYPED)
    expect_verdict(page, lang, TYPED)
    result = page.locator("[data-assessment-result]")
    result.get_by_role("link", name=t(lang, "assessment.ui.prepare"), exact=True).click()
    expect(page.get_by_label(label(lang, "client_name"), exact=True)).to_have_value(
        "Agence Lumière", timeout=BOOT_TIMEOUT_MS
    )
    page.go_back()
    expect(page).to_have_url(re.compile(re.escape(assessment_url(site_url, lang))))
    expect_answers(page, lang, TYPED)
    expect_verdict(page, lang, TYPED)


@pytest.mark.parametrize("lang", LANGS)
def test_back_after_a_playbook_link_inside_the_form(page: Page, site_url: str, lang: str) -> None:
    """A step of the playbook linked from a fieldset, then Back: the answers are all there."""
    open_assessment(page, site_url, lang)
    fill(page, lang, TYPED)
    page.locator("#assessment-form .playbook-step-ref a").first.click()
    expect(page).not_to_have_url(re.compile("assessment"))
    page.go_back()
    expect_answers(page, lang, TYPED)
    expect_verdict(page, lang, TYPED)


def test_back_to_the_generator_and_the_deal_breakers_keeps_them(page: Page, site_url: str) -> None:
    """The other two tools too: what was typed in them is there after a link and Back."""
    page.goto(script_url(site_url, "en"))
    fill_basics(page, "en", "Studio Kessler")
    page.get_by_label(label("en", "own_reasons"), exact=True).fill("Our focus has moved.")
    page.locator(".md-footer__link--prev").click()
    page.go_back()
    expect(page.get_by_label(label("en", "own_reasons"), exact=True)).to_have_value(
        "Our focus has moved."
    )
    assert script_fields(page, "en") == {
        "your_name": "Jeanne Martin",
        "client_name": "Studio Kessler",
        "reasons": SCRIPT_REASONS,
    }
    page.goto(page_url(site_url, "en", "deal-breakers"))
    page.get_by_label(t("en", "dealbreakers.own.label"), exact=True).fill("Calls after 11 pm")
    page.get_by_role("button", name=t("en", "dealbreakers.ui.add")).click()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(1)
    page.locator(".md-footer__link--prev").click()
    page.go_back()
    expect(page.locator("[data-dealbreakers-list] li span")).to_have_text(["Calls after 11 pm"])


# --- 2. Share links that stay links --------------------------------------------------------


def share_link(page: Page, site_url: str, answers: dict[str, Any]) -> str:
    """The share link the assessment makes for ``answers``."""
    open_assessment(page, site_url, "en")
    fill(page, "en", answers)
    page.get_by_role("button", name=t("en", "assessment.ui.share")).click()
    return page.get_by_label(t("en", "assessment.ui.share_link")).input_value()


def test_a_shared_link_survives_scrolling_and_a_reload(page: Page, site_url: str) -> None:
    """Opened elsewhere, a share link fills the form once; the address no longer holds the
    answers (nor does its history entry), and neither the theme's section tracking, which
    rewrites the address as the reader scrolls, nor a reload loses them."""
    link = share_link(page, site_url, TYPED)
    other = page.context.browser.new_page()  # type: ignore[union-attr]
    problems = watch(other)
    other.goto(link)
    expect_answers(other, "en", TYPED)
    expect(other).not_to_have_url(re.compile("answers="))
    other.mouse.wheel(0, 20_000)
    other.locator("[data-assessment-tools]").scroll_into_view_if_needed()
    other.reload()
    expect_answers(other, "en", TYPED)
    expect_verdict(other, "en", TYPED)
    other.goto(page_url(site_url, "en", "tips"))
    other.go_back()
    expect(other).not_to_have_url(re.compile("answers="))
    expect_answers(other, "en", TYPED)
    assert problems == []
    other.close()


def test_the_prepared_scripts_link_is_read_once(page: Page, site_url: str) -> None:
    """The generator takes the assessment out of its address once read, and a reload keeps
    the form as prefilled and edited rather than prefilling it again."""
    answers = example("exit")
    page.goto(script_url(site_url, "fr") + "#assessment=" + fragment(answers))
    client = page.get_by_label(label("fr", "client_name"), exact=True)
    expect(client).to_have_value(answers["client_name"], timeout=BOOT_TIMEOUT_MS)
    expect(page).not_to_have_url(re.compile("assessment="))
    client.fill("Kessler & Fils")
    page.reload()
    expect(page.get_by_label(label("fr", "client_name"), exact=True)).to_have_value(
        "Kessler & Fils"
    )


# --- 3. The language switch ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_switching_language_keeps_the_assessment(page: Page, site_url: str, lang: str) -> None:
    """The answers cross to the other language's page, labelled by it, with its verdict."""
    open_assessment(page, site_url, lang)
    fill(page, lang, TYPED)
    expect_verdict(page, lang, TYPED)
    switch_language(page, OTHER[lang])
    expect_answers(page, OTHER[lang], TYPED)
    expect_verdict(page, OTHER[lang], TYPED)


@pytest.mark.parametrize("lang", LANGS)
def test_switching_language_keeps_the_generator_and_the_list(
    page: Page, site_url: str, lang: str
) -> None:
    """The generator's form and the deal-breakers list cross too; the list's catalogue
    entries read in the new page's language."""
    page.goto(script_url(site_url, lang))
    fill_basics(page, lang, "Studio Kessler")
    switch_language(page, OTHER[lang])
    assert script_fields(page, OTHER[lang]) == {
        "your_name": "Jeanne Martin",
        "client_name": "Studio Kessler",
        "reasons": SCRIPT_REASONS,
    }
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    # The script follows the page's language, which the reader had not changed.
    expect(page.locator('[data-script-panel="letter"]')).to_have_attribute("lang", OTHER[lang])
    page.goto(page_url(site_url, lang, "deal-breakers"))
    page.get_by_label(dealbreakers.behaviour("late-payments").text(lang), exact=True).check()
    page.get_by_label(t(lang, "dealbreakers.own.label"), exact=True).fill("Calls after 11 pm")
    page.get_by_role("button", name=t(lang, "dealbreakers.ui.add")).click()
    switch_language(page, OTHER[lang])
    expect(page.locator("[data-dealbreakers-list] li span")).to_have_text(
        [dealbreakers.behaviour("late-payments").text(OTHER[lang]), "Calls after 11 pm"]
    )
    other_box = dealbreakers.behaviour("late-payments").text(OTHER[lang])
    expect(page.get_by_label(other_box, exact=True)).to_be_checked()


def test_switching_language_never_prefills_again_over_what_was_typed(
    page: Page, site_url: str
) -> None:
    """A generator opened from the assessment, then edited, then switched: the edit stays."""
    answers = example("exit")
    page.goto(script_url(site_url, "fr") + "#assessment=" + fragment(answers))
    client = page.get_by_label(label("fr", "client_name"), exact=True)
    expect(client).to_have_value(answers["client_name"], timeout=BOOT_TIMEOUT_MS)
    client.fill("Kessler & Fils")
    switch_language(page, "en")
    expect(page.get_by_label(label("en", "client_name"), exact=True)).to_have_value(
        "Kessler & Fils"
    )
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Kessler & Fils", timeout=BOOT_TIMEOUT_MS
    )


# --- 4. The prepared script and the remembered form ----------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_prepared_script_starts_from_the_remembered_form(
    page: Page, site_url: str, lang: str
) -> None:
    """Your name, remembered on this device, stays; the prefill fills the client's fields and
    says so; the box stays ticked; the device's copy changes once the reader edits."""
    page.goto(script_url(site_url, lang))
    page.get_by_label(t(lang, "script.ui.remember"), exact=True).check()
    page.get_by_label(label(lang, "your_name"), exact=True).fill("Jeanne Martin")
    page.get_by_label(label(lang, "your_company"), exact=True).fill("Studio J")
    page.get_by_label(label(lang, "client_name"), exact=True).fill("Ancien Client")
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Ancien Client", timeout=BOOT_TIMEOUT_MS
    )
    kept = page.evaluate("localStorage.getItem('client-exit-playbook:script')")
    answers = example("hand_over")
    report = assess_op({"answers": answers}, Lang(lang))["report"]
    inputs = prefill_from_report(report, lang)
    later = page.context.new_page()
    later.goto(script_url(site_url, lang) + "#assessment=" + fragment(answers))
    client = later.get_by_label(label(lang, "client_name"), exact=True)
    expect(client).to_have_value(inputs["client_name"], timeout=BOOT_TIMEOUT_MS)
    expect(later.get_by_label(label(lang, "your_name"), exact=True)).to_have_value("Jeanne Martin")
    expect(later.get_by_label(label(lang, "your_company"), exact=True)).to_have_value("Studio J")
    for item in inputs["reasons"]:
        expect(later.get_by_label(reason(item).label(lang), exact=True)).to_be_checked()
    expect(later.get_by_label(t(lang, "script.ui.remember"), exact=True)).to_be_checked()
    notices = later.locator("[data-script-notices]")
    expect(notices.locator('[data-notice="filled"]')).to_contain_text(label(lang, "client_name"))
    expect(later.locator('[data-script-part="letter"]')).to_contain_text(inputs["client_name"])
    # Not remembered until the reader edits (saved work is never overwritten unasked).
    assert later.evaluate("localStorage.getItem('client-exit-playbook:script')") == kept
    later.get_by_label(label(lang, "your_company"), exact=True).fill("Studio Jeanne")
    stored = json.loads(later.evaluate("localStorage.getItem('client-exit-playbook:script')"))
    assert stored["your_company"] == "Studio Jeanne"
    assert stored["client_name"] == inputs["client_name"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_prefill_keeps_what_the_reader_typed_and_offers_its_own(
    page: Page, site_url: str, lang: str
) -> None:
    """A second prefill in the same tab fills what the first put there, keeps what the reader
    typed, says which in the page's words and quotation marks, and takes the assessment's
    values on request."""
    first = example("exit")
    page.goto(script_url(site_url, lang) + "#assessment=" + fragment(first))
    client = page.get_by_label(label(lang, "client_name"), exact=True)
    expect(client).to_have_value(first["client_name"], timeout=BOOT_TIMEOUT_MS)
    page.get_by_label(label(lang, "your_name"), exact=True).fill("Jeanne Martin")
    second = {**example("hand_over"), "client_name": "Atelier Nord"}
    page.goto(script_url(site_url, lang) + "#assessment=" + fragment(second))
    expect(client).to_have_value("Atelier Nord", timeout=BOOT_TIMEOUT_MS)
    expect(page.get_by_label(label(lang, "your_name"), exact=True)).to_have_value("Jeanne Martin")
    client.fill("Atelier Nord & Co")
    third = {**example("exit"), "client_name": "Atelier Sud"}
    page.goto(script_url(site_url, lang) + "#assessment=" + fragment(third))
    kept = page.locator('[data-notice="kept"]')
    quoted = t(lang, "script.ui.prefill_field", field=label(lang, "client_name"))
    expect(kept).to_contain_text(
        t(lang, "script.ui.prefill_kept", fields=quoted), timeout=BOOT_TIMEOUT_MS
    )
    expect(client).to_have_value("Atelier Nord & Co")
    kept.get_by_role("button", name=t(lang, "script.ui.prefill_take")).click()
    expect(client).to_have_value("Atelier Sud")
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Atelier Sud", timeout=BOOT_TIMEOUT_MS
    )


# --- 8. Deal-breakers travel as ids, entries stay whole ------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_shared_deal_breakers_show_their_sentences_and_stay_whole(
    page: Page, site_url: str, lang: str, tmp_path: Path
) -> None:
    """A link whose answers name a catalogue deal-breaker and an entry of two lines, opened
    where no list is saved: the sentence in the page's language and the entry, each one box,
    ticked; nothing typed in the field; saved, the answers are the same ids and entry."""
    entry = "Calls after 11 pm\nand on Sundays"
    answers = {**example("exit"), "deal_breakers_hit": ["late-payments", entry]}
    open_assessment(page, site_url, lang, f"#answers={fragment(answers)}")
    sentence = dealbreakers.behaviour("late-payments").text(lang)
    expect(page.get_by_label(sentence, exact=True)).to_be_checked()
    expect(page.get_by_label(entry, exact=True)).to_be_checked()
    field = t(lang, "assessment.fields.deal_breakers_hit.label")
    expect(page.locator("#assessment-form").get_by_label(field, exact=True)).to_have_value("")
    expect_verdict(page, lang, answers)
    with page.expect_download() as info:
        page.get_by_role("button", name=t(lang, "assessment.ui.save")).click()
    saved = json.loads(Path(info.value.path()).read_text("utf-8"))
    assert saved["deal_breakers_hit"] == ["late-payments", entry]


def test_typed_deal_breakers_are_read_beside_a_saved_list(page: Page, site_url: str) -> None:
    """With a list saved on the device, the lines typed in the field still count."""
    page.goto(assessment_url(site_url, "en"))
    page.evaluate(
        "localStorage.setItem('client-exit-playbook:deal-breakers', JSON.stringify("
        "{format: 'client-exit-playbook/deal-breakers', version: 1, items: [{id: 'disrespect'}]}))"
    )
    open_assessment(page, site_url, "en")
    field = t("en", "assessment.fields.deal_breakers_hit.label")
    page.locator("#assessment-form").get_by_label(field, exact=True).fill("Never pays on time")
    with page.expect_download() as info:
        page.get_by_role("button", name=t("en", "assessment.ui.save")).click()
    saved = json.loads(Path(info.value.path()).read_text("utf-8"))
    assert saved["deal_breakers_hit"] == ["Never pays on time"]


# --- The back/forward cache ----------------------------------------------------------------


@pytest.fixture
def cached_browser(browser_type: BrowserType) -> Any:
    """A Chromium that keeps pages in its back/forward cache, which Playwright turns off."""
    browser: Browser = browser_type.launch(
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        ignore_default_args=["--disable-back-forward-cache"],
    )
    yield browser
    browser.close()


def test_a_page_back_from_the_cache_shows_the_work_done_since(
    cached_browser: Browser, site_url: str
) -> None:
    """The English assessment, left for the French one where the reader changes a name, comes
    back from the browser's memory showing the change."""
    context = cached_browser.new_context()
    traffic = guard(context, site_url)
    page = context.new_page()
    problems = watch(page)
    open_assessment(page, site_url, "en")
    fill(page, "en", TYPED)
    expect_verdict(page, "en", TYPED)
    page.evaluate("window.keptInMemory = true")
    switch_language(page, "fr")
    # The reader works on the French page once its tool is there.
    expect(page.get_by_role("button", name=t("fr", "assessment.ui.save"))).to_be_visible()
    page.get_by_label(t("fr", "assessment.fields.client_name.label"), exact=True).fill("Lumière SA")
    page.go_back(wait_until="commit")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.evaluate("window.keptInMemory === true"), "the page did not come from the cache"
    expect_answers(page, "en", {**TYPED, "client_name": "Lumière SA"})
    assert problems == [] and traffic.foreign == []
    context.close()
