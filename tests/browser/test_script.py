"""The script generator in a real browser: the form, the rendered script, exports and prefill."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.unit.script.blame_corpus import DEV_REPROACHES, REPROACHES
from widgets.assessment.bridge import assess_op
from widgets.i18n import LANGS, Lang, t
from widgets.script.blame import check_blame
from widgets.script.document import letter_and_notes
from widgets.script.generate import generate
from widgets.script.inputs import parse_inputs
from widgets.script.model import Script
from widgets.script.prefill import prefill_from_report
from widgets.script.reasons import reason
from widgets.script.render import render

EXAMPLES = Path(__file__).parents[2] / "examples" / "assessment"
REASONS = ["payment_terms", "fixed_scope", "quality_commitment"]


def script_url(site_url: str, lang: str) -> str:
    """The generator's page in one language."""
    return page_url(site_url, lang, "script")


def label(lang: str, field: str) -> str:
    """A field's label, as the catalogue words it."""
    return t(lang, f"script.fields.{field}.label")


def expected(lang: str, **data: Any) -> Script:
    """The script the engine makes for these inputs."""
    return generate(parse_inputs({"lang": lang, **data}))


def fill_basics(page: Page, lang: str, client: str) -> None:
    """Type the names and tick three reasons of the bank."""
    page.get_by_label(label(lang, "your_name"), exact=True).fill("Jeanne Martin")
    page.get_by_label(label(lang, "client_name"), exact=True).fill(client)
    for item in REASONS:
        page.get_by_label(reason(item).label(lang), exact=True).check()


def confirm(lang: str, script: Script) -> str:
    """What the page says before an export while markers are left."""
    return t(lang, "script.ui.placeholders_confirm", markers=", ".join(script.placeholders))


def fragment(answers: dict[str, Any]) -> str:
    """Assessment answers as the generator's link carries them: base64url JSON, no padding."""
    raw = json.dumps(answers).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


@pytest.mark.parametrize("lang", LANGS)
def test_generates_the_conversation_in_each_language(page: Page, site_url: str, lang: str) -> None:
    """Names and reasons typed in the form come back as the engine's conversation."""
    page.goto(script_url(site_url, lang))
    fill_basics(page, lang, "Studio Kessler")
    script = expected(
        lang, your_name="Jeanne Martin", client_name="Studio Kessler", reasons=REASONS
    )
    decision = script.section("decision")
    assert decision is not None
    section = page.locator('[data-section="decision"]')
    expect(section).to_contain_text(decision.lines[0].text, timeout=BOOT_TIMEOUT_MS)
    expect(section.get_by_role("heading")).to_have_text(decision.title)
    expect(page.locator('[data-script-part="letter"]')).to_contain_text("Studio Kessler")
    expect(page.locator('[data-script-line="subject"]')).to_contain_text(script.email.subject)


def test_nothing_typed_before_the_script_arrives_is_sent(page: Page, site_url: str) -> None:
    """Before the page's script, Enter in a field sends nothing (the reader's words would go
    into the address); once it is there, what was typed makes the script."""
    held: list[Route] = []
    page.route("**/assets/widgets/script.mjs", lambda route: held.append(route))
    page.goto(script_url(site_url, "en"))
    start = page.url
    client = page.get_by_label(label("en", "client_name"), exact=True)
    client.fill("Studio Kessler")
    expect(page.get_by_role("button", name=t("en", "script.ui.generate"))).to_be_disabled()
    client.press("Enter")
    while not held:  # the module's request, kept waiting until the reader has typed
        page.wait_for_timeout(50)
    assert page.url == start
    held[0].continue_()
    expect(page.get_by_role("button", name=t("en", "script.ui.generate"))).to_be_enabled()
    page.get_by_role("button", name=t("en", "script.ui.generate")).click()
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    assert page.url == start


def test_markup_typed_in_a_name_shows_literally(page: Page, site_url: str) -> None:
    """A name that looks like HTML is shown as typed, never interpreted."""
    page.goto(script_url(site_url, "fr"))
    fill_basics(page, "fr", "<b>Kessler</b> & <i>Fils</i>")
    output = page.locator('[data-script-part="letter"]')
    expect(output).to_contain_text("<b>Kessler</b> & <i>Fils</i>", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-script-result] b, [data-script-result] i")).to_have_count(0)


def test_an_invalid_field_is_flagged_and_kept(page: Page, site_url: str) -> None:
    """A wrong value gets its message beside the field; what was typed stays in place."""
    page.goto(script_url(site_url, "en"))
    years = page.get_by_label(label("en", "relationship_years"), exact=True)
    years.fill("many")
    expect(years).to_have_attribute("aria-invalid", "true", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#script-relationship_years-error")).to_contain_text(
        t("en", "errors.codes.not_a_number")
    )
    expect(years).to_have_value("many")


def test_blaming_own_reasons_are_flagged_with_a_rewording(page: Page, site_url: str) -> None:
    """Own reasons that blame the client are listed with the engine's neutral rewording."""
    text = "Vous êtes toujours en retard"
    page.goto(script_url(site_url, "fr"))
    page.get_by_label(label("fr", "own_reasons"), exact=True).fill(text)
    hits = check_blame(text, "fr")
    assert hits
    blame = page.locator("[data-script-blame-list]")
    expect(blame).to_contain_text(hits[0].suggestion, timeout=BOOT_TIMEOUT_MS)
    expect(blame.locator("li")).to_have_count(len(hits))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I am tired of your constant demands. Your team ignores our deadlines."),
        ("fr", "Rien de ce que nous faisons n'est jamais assez bien pour vous."),
        ("en", "Another missed payment, what a surprise."),
        ("fr", "Encore un paiement manqué, quelle surprise."),
    ],
)
def test_a_reproach_of_the_corpus_is_flagged_with_words_category_and_rewrite(
    page: Page, site_url: str, lang: str, text: str
) -> None:
    """Each flagged phrase is listed as Pyodide found it: the words, the category by name, and
    the rewrite in the page's language."""
    corpus = (*REPROACHES[lang], *DEV_REPROACHES[lang])
    assert all(sentence + "." in corpus for sentence in text.rstrip(".").split(". "))
    page.goto(script_url(site_url, lang))
    page.get_by_label(label(lang, "own_reasons"), exact=True).fill(text)
    items = [
        t(
            lang,
            "script.ui.blame_hit",
            match=hit.match,
            category=t(lang, f"script.blame.categories.{hit.category}"),
            suggestion=hit.suggestion,
        )
        for hit in check_blame(text, lang)
    ]
    assert items
    blame = page.locator("[data-script-blame-list] li")
    expect(blame).to_have_text(items, timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-script-blame]")).to_be_visible()


def test_copy_and_download_give_the_text_version(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """The copy button and the .txt download both hold the engine's text rendering."""
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(script_url(site_url, "en"))
    fill_basics(page, "en", "Studio Kessler")
    script = expected(
        "en", your_name="Jeanne Martin", client_name="Studio Kessler", reasons=REASONS
    )
    text = render(script, "text")
    copy = page.get_by_role("button", name=t("en", "script.ui.copy"))
    expect(copy).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator('[data-script-part="letter"]')).to_contain_text("Studio Kessler")
    # Markers are left: the first press says so, the second goes ahead.
    copy.click()
    expect(page.get_by_text(confirm("en", script))).to_be_visible()
    copy.click()
    expect(page.get_by_text(t("en", "script.ui.copied"))).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == text
    download = page.get_by_role("button", name=t("en", "script.ui.download_txt"))
    download.click()
    expect(page.get_by_text(confirm("en", script))).to_be_visible()
    with page.expect_download() as info:
        download.click()
    assert info.value.suggested_filename.endswith(".txt")
    assert Path(info.value.path()).read_text("utf-8") == text


def test_email_link_carries_the_subject_and_body(page: Page, site_url: str) -> None:
    """The mailto link opens the follow-up email with its subject and body filled in."""
    page.goto(script_url(site_url, "fr"))
    fill_basics(page, "fr", "Studio Kessler")
    link = page.get_by_role("link", name=t("fr", "script.ui.email"))
    expect(link).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator('[data-script-part="letter"]')).to_contain_text("Studio Kessler")
    script = expected(
        "fr", your_name="Jeanne Martin", client_name="Studio Kessler", reasons=REASONS
    )
    href = link.get_attribute("href") or ""
    subject = page.evaluate("(text) => encodeURIComponent(text)", script.email.subject)
    body = page.evaluate("(text) => encodeURIComponent(text)", script.email.body)
    assert href == f"mailto:?subject={subject}&body={body}"


def test_prefilled_from_an_assessment_link(page: Page, site_url: str) -> None:
    """A link from the assessment fills the form from its report and warns about a stake."""
    answers = {**json.loads((EXAMPLES / "hand_over.json").read_text("utf-8")), "holds_stake": True}
    result = assess_op({"answers": answers}, Lang("fr"))
    inputs = prefill_from_report(result["report"], "fr")
    page.goto(script_url(site_url, "fr") + "#assessment=" + fragment(answers))
    client = page.get_by_label(label("fr", "client_name"), exact=True)
    expect(client).to_have_value(inputs["client_name"], timeout=BOOT_TIMEOUT_MS)
    for item in inputs["reasons"]:
        expect(page.get_by_label(reason(item).label("fr"), exact=True)).to_be_checked()
    expect(page.get_by_label(label("fr", "holds_stake"), exact=True)).to_be_checked()
    replacement = page.locator('[name="replacements[0].name"]')
    expect(replacement).to_have_value(inputs["replacements"][0]["name"])
    advice = t("fr", "script.warnings.professional_advice")
    expect(page.locator("[data-script-notices]")).to_contain_text(advice)
    expect(page.locator('[data-script-part="warnings"]')).to_contain_text(advice)


@pytest.mark.parametrize("verdict", ["keep", "fix_first"])
@pytest.mark.parametrize("lang", LANGS)
def test_an_assessment_against_an_exit_says_so_and_offers_a_reminder(
    page: Page, site_url: str, lang: str, verdict: str
) -> None:
    """ "Keep" and "fix first" open the generator with what the assessment advised, in the
    page's language, and an .ics reminder to reassess."""
    answers = json.loads((EXAMPLES / f"{verdict}.json").read_text("utf-8"))
    assert assess_op({"answers": answers}, Lang(lang))["report"]["verdict"] == verdict
    page.goto(script_url(site_url, lang) + "#assessment=" + fragment(answers))
    notices = page.locator("[data-script-notices]")
    advice = notices.locator('[data-notice="reassess"]')
    expect(advice).to_contain_text(t(lang, f"script.ui.advised.{verdict}"), timeout=BOOT_TIMEOUT_MS)
    expect(
        advice.get_by_role("button", name=t(lang, "script.ui.reminder_download"))
    ).to_be_visible()


def test_fix_first_assessment_offers_a_reminder(page: Page, site_url: str) -> None:
    """A "fix first" verdict offers an .ics reminder to reassess, 30 days out by default."""
    answers = json.loads((EXAMPLES / "fix_first.json").read_text("utf-8"))
    page.goto(script_url(site_url, "en") + "#assessment=" + fragment(answers))
    notices = page.locator("[data-script-notices]")
    expect(notices).to_contain_text(t("en", "script.ui.advised.fix_first"), timeout=BOOT_TIMEOUT_MS)
    with page.expect_download() as info:
        notices.get_by_role("button", name=t("en", "script.ui.reminder_download")).click()
    ics = Path(info.value.path()).read_text("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR")
    assert answers["client_name"] in ics.replace("\r\n ", "")


def test_remembered_form_comes_back_until_forgotten(page: Page, site_url: str) -> None:
    """Opting in keeps the form on this device; forgetting erases it."""
    page.goto(script_url(site_url, "en"))
    page.get_by_label(t("en", "script.ui.remember"), exact=True).check()
    page.get_by_label(label("en", "client_name"), exact=True).fill("Studio Kessler")
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    # The next visit: another tab, which only the device's copy can fill.
    page = page.context.new_page()
    page.goto(script_url(site_url, "en"))
    expect(page.get_by_label(label("en", "client_name"), exact=True)).to_have_value(
        "Studio Kessler"
    )
    page.get_by_role("button", name=t("en", "script.ui.forget")).click()
    stored = page.evaluate("localStorage.getItem('client-exit-playbook:script')")
    assert stored is None


# The letter: the contact person, the country, the date of sending, the end date worked out.
LETTER_INPUTS: dict[str, dict[str, Any]] = {
    "fr": {
        "your_name": "Claire Martin",
        "your_company": "Atelier Martin",
        "your_address": "8, place Bellecour\n69002 Lyon",
        "client_name": "Société Dupuis & Fils",
        "contact_first_name": "Jean",
        "contact_last_name": "Dupuis",
        "client_contact": "Société Dupuis & Fils\n12, rue des Lilas\n69003 Lyon",
        "send_date": "2025-03-03",
        "relationship_years": "4",
    },
    "en": {
        "your_name": "Sam Patel",
        "your_company": "Patel Design",
        "your_address": "14 Mill Lane\nBristol BS1 5AB",
        "client_name": "Northwind Ltd",
        "contact_first_name": "Jordan",
        "contact_last_name": "Lee",
        "client_contact": "4 Harbour Road\nBristol BS1 4QA",
        "send_date": "2025-01-31",
        "relationship_years": "1,5",
    },
}
TITLES = {"fr": "mr", "en": "ms"}
COUNTRY = {"fr": "france", "en": "elsewhere"}


def option(lang: str, field: str, choice: str) -> str:
    """A choice's label, as the catalogue words it."""
    return t(lang, f"script.fields.{field}.options.{choice}")


def fill_letter(page: Page, lang: str, **extra: str) -> dict[str, Any]:
    """Fill the letter's fields by their labels; the inputs the engine gets back."""
    data = {**LETTER_INPUTS[lang], **extra}
    for field, value in data.items():
        page.get_by_label(label(lang, field), exact=True).fill(value)
    page.get_by_label(option(lang, "contact_title", TITLES[lang]), exact=True).check()
    page.get_by_label(option(lang, "country", COUNTRY[lang]), exact=True).check()
    return {**data, "contact_title": TITLES[lang], "country": COUNTRY[lang]}


def letter_text(page: Page) -> str:
    """The letter as the page shows it."""
    return page.locator('[data-script-line="letter-text"]').evaluate("node => node.textContent")


@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_follows_the_contact_person_the_country_and_the_dates(
    page: Page, site_url: str, lang: str
) -> None:
    """The letter Pyodide computes greets the contact person, heads the address once, works
    out the end date from the date of sending, and follows the country's delivery line and
    notes: the same letter, line for line, as the engine's."""
    page.goto(script_url(site_url, lang))
    data = fill_letter(page, lang)
    script = expected(lang, **data)
    greeting = {"fr": "Monsieur Dupuis,", "en": "Dear Ms Lee,"}[lang]
    letter = page.locator('[data-script-line="letter-text"]')
    expect(letter).to_contain_text(greeting, timeout=BOOT_TIMEOUT_MS)
    expect(letter).to_contain_text(script.letter.title)
    end = {"fr": "3 juillet 2025", "en": "31 March 2025"}[lang]
    expect(letter).to_contain_text(end)
    # The letter to send, then the notes for its sender in a block of their own.
    to_send, notes = letter_and_notes(script.letter.text)
    assert letter_text(page) == to_send
    shown_notes = page.locator('[data-script-line="letter-notes"]').evaluate("n => n.textContent")
    assert shown_notes == notes
    assert letter_text(page).count(data["client_name"]) == 1
    assert {"fr": "droit français", "en": "local law"}[lang] in shown_notes


@pytest.mark.parametrize("lang", LANGS)
def test_a_typed_end_date_before_the_notice_ends_is_flagged(
    page: Page, site_url: str, lang: str
) -> None:
    """A typed end date earlier than the notice allows brings the engine's warning, under
    "Check before use"."""
    page.goto(script_url(site_url, lang))
    data = fill_letter(page, lang, end_date={"fr": "2025-04-01", "en": "2025-02-15"}[lang])
    warning = next(
        item for item in expected(lang, **data).warnings if item.id == "end_before_notice"
    )
    warnings = page.locator('[data-script-part="warnings"]')
    expect(warnings).to_contain_text(warning.text, timeout=BOOT_TIMEOUT_MS)


@pytest.mark.parametrize("lang", LANGS)
def test_markers_left_are_named_before_the_email_opens(
    page: Page, site_url: str, lang: str
) -> None:
    """With markers left, "Check before use" lists them, the line above the exports names them,
    and the email link says so instead of opening on its first press."""
    page.goto(script_url(site_url, lang))
    fill_basics(page, lang, "Studio Kessler")
    script = expected(
        lang, your_name="Jeanne Martin", client_name="Studio Kessler", reasons=REASONS
    )
    assert script.placeholders
    to_fill = next(item for item in script.warnings if item.id == "to_fill_in")
    expect(page.locator('[data-script-part="warnings"]')).to_contain_text(
        to_fill.text, timeout=BOOT_TIMEOUT_MS
    )
    left = t(lang, "script.ui.placeholders_left", markers=", ".join(script.placeholders))
    expect(page.locator("[data-script-placeholders]")).to_have_text(left)
    start = page.url
    page.get_by_role("link", name=t(lang, "script.ui.email")).click()
    expect(page.get_by_text(confirm(lang, script))).to_be_visible()
    assert page.url == start


def test_a_complete_form_exports_at_once(page: Page, site_url: str) -> None:
    """Nothing left to fill in: no line above the exports, and the download goes at once."""
    page.goto(script_url(site_url, "en"))
    data = fill_letter(page, "en", notice_days="60")
    page.get_by_label(label("en", "client_email"), exact=True).fill("jordan@northwind.example")
    for item in REASONS:
        page.get_by_label(reason(item).label("en"), exact=True).check()
    page.locator('[name="replacements[0].name"]').fill("Studio Rivage")
    page.locator('[name="replacements[0].contact"]').fill("hello@rivage.example")
    script = expected(
        "en",
        **data,
        client_email="jordan@northwind.example",
        reasons=REASONS,
        replacements=[{"name": "Studio Rivage", "contact": "hello@rivage.example"}],
    )
    assert script.placeholders == ()
    link = page.get_by_role("link", name=t("en", "script.ui.email"))
    expect(link).to_have_attribute(
        "href", re.compile(r"^mailto:jordan@northwind\.example\?"), timeout=BOOT_TIMEOUT_MS
    )
    expect(page.locator("[data-script-placeholders]")).to_be_hidden()
    with page.expect_download() as info:
        page.get_by_role("button", name=t("en", "script.ui.download_txt")).click()
    assert Path(info.value.path()).read_text("utf-8") == render(script, "text")


@pytest.mark.parametrize("lang", LANGS)
def test_a_notice_of_zero_days_is_refused(page: Page, site_url: str, lang: str) -> None:
    """ "0 days of notice" is no notice: the field says so, in the page's language."""
    page.goto(script_url(site_url, lang))
    notice = page.get_by_label(label(lang, "notice_days"), exact=True)
    notice.fill("0")
    expect(notice).to_have_attribute("aria-invalid", "true", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#script-notice_days-error")).to_contain_text("1")
