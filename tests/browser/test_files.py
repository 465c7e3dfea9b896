"""What the tools hand over keeps its word: files named one way (accents folded, other scripts
kept, length capped), a script and its files in one language, and a reminder worded for the
path the reader is on, with an alarm."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.browser.test_assessment import open_assessment
from tests.browser.test_script import (
    EXAMPLES,
    REASONS,
    confirm,
    expected,
    fill_basics,
    fragment,
    label,
    script_url,
)
from widgets.i18n import LANGS, t
from widgets.script.render import render

# A client's name as typed, and what it becomes in a file's name.
NAMES = [
    ("Agence Lumière", "agence-lumiere"),
    ("Łódź Spółka", "lodz-spolka"),
    ("Straße & Œuvre", "strasse-oeuvre"),
    ("Ελληνική Εταιρεία", "ελληνική-εταιρεία"),
]
# File systems allow 255 bytes in a name.
MAX_NAME_BYTES = 255


def saved_assessment_name(page: Page, lang: str, client: str) -> str:
    """The name the assessment gives the file of answers for ``client``."""
    page.get_by_label(t(lang, "assessment.fields.client_name.label"), exact=True).fill(client)
    with page.expect_download() as info:
        page.get_by_role("button", name=t(lang, "assessment.ui.save"), exact=True).click()
    return info.value.suggested_filename


@pytest.mark.parametrize("lang", LANGS)
def test_saved_answers_are_named_with_their_letters(page: Page, site_url: str, lang: str) -> None:
    """Accents are folded to their letters, letters of other scripts are kept, and the page
    says which file it saved."""
    open_assessment(page, site_url, lang)
    base = t(lang, "assessment.ui.filename")
    for client, slug in NAMES:
        name = saved_assessment_name(page, lang, client)
        assert name == f"{base}-{slug}.json"
        expect(page.get_by_text(t(lang, "assessment.ui.saved", file=name))).to_be_visible()


def test_a_very_long_name_gives_a_file_name_file_systems_take(page: Page, site_url: str) -> None:
    """Four hundred characters of a name, in a script of two bytes a letter: the file's name
    stays under the limit and ends on a whole word."""
    word = "συνεταιρισμός"
    open_assessment(page, site_url, "en")
    name = saved_assessment_name(page, "en", " ".join([word.capitalize()] * 40)[:400])
    assert len(name.encode("utf-8")) < MAX_NAME_BYTES
    assert name.startswith(f"assessment-{word}-{word}-") and name.endswith(f"-{word}.json")


@pytest.mark.parametrize("lang", LANGS)
def test_the_script_names_its_files_with_the_same_letters(
    page: Page, site_url: str, lang: str
) -> None:
    """The generator's .txt takes the same slug as the assessment's file."""
    page.goto(script_url(site_url, lang))
    fill_basics(page, lang, "Agence Lumière")
    download = page.get_by_role("button", name=t(lang, "script.ui.download_txt"))
    expect(download).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    # The letter names the client (the conversation speaks to them).
    expect(page.locator('[data-script-part="letter"]')).to_contain_text("Agence Lumière")
    # Markers are left (the form is not complete): the first press names them, the second goes.
    script = expected(
        lang, your_name="Jeanne Martin", client_name="Agence Lumière", reasons=REASONS
    )
    download.click()
    expect(page.get_by_text(confirm(lang, script))).to_be_visible()
    with page.expect_download() as info:
        download.click()
    assert info.value.suggested_filename == f"{t(lang, 'script.ui.filename')}-agence-lumiere.txt"


@pytest.mark.parametrize("page_lang", LANGS)
def test_a_script_in_the_other_language_is_one_language_on_screen_and_in_its_files(
    page: Page, site_url: str, page_lang: str
) -> None:
    """The script's headings and text follow the script's language, the page says so plainly,
    and the .txt holds that language only, under a name in that language."""
    script_lang = "en" if page_lang == "fr" else "fr"
    page.goto(script_url(site_url, page_lang))
    languages = page.get_by_label(label(page_lang, "lang"), exact=True)
    languages.select_option(script_lang)
    language_name = languages.locator(f'option[value="{script_lang}"]').text_content() or ""
    fill_basics(page, page_lang, "Studio Kessler")
    script = expected(
        script_lang, your_name="Jeanne Martin", client_name="Studio Kessler", reasons=REASONS
    )
    decision = script.section("decision")
    assert decision is not None
    section = page.locator('[data-section="decision"]')
    expect(section.get_by_role("heading")).to_have_text(decision.title, timeout=BOOT_TIMEOUT_MS)
    for panel in ("conversation", "email", "letter"):
        expect(page.locator(f'[data-script-panel="{panel}"]')).to_have_attribute(
            "lang", script_lang
        )
    note = page.locator("[data-script-language]")
    expect(note).to_have_text(
        t(page_lang, "script.ui.output_language", language=language_name.strip())
    )
    download = page.get_by_role("button", name=t(page_lang, "script.ui.download_txt"))
    download.click()
    expect(page.get_by_text(confirm(page_lang, script))).to_be_visible()
    with page.expect_download() as info:
        download.click()
    assert info.value.suggested_filename.startswith(t(script_lang, "script.ui.filename"))
    assert Path(info.value.path()).read_text("utf-8") == render(script, "text")


def reminder_of(page: Page) -> str:
    """The .ics the reminder's own button gives, with its folded lines joined."""
    button = page.locator("[data-script-reminder]").get_by_role(
        "button", name=t("en", "script.ui.reminder_download")
    )
    with page.expect_download() as info:
        button.click()
    return unfolded(Path(info.value.path()))


def unfolded(path: Path) -> str:
    """An .ics file's text, its lines ended by CRLF as RFC 5545 asks and its folds undone."""
    text = path.read_bytes().decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "")


def property_of(ics: str, name: str) -> str:
    """The first value of a property of the calendar, unescaped as a calendar shows it."""
    value = next(line for line in ics.split("\r\n") if line.startswith(f"{name}:"))
    return value.split(":", 1)[1].replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")


def test_the_reminder_of_an_exit_follows_up_on_the_exit(page: Page, site_url: str) -> None:
    """Prepared from an exit verdict, the reminder speaks of following up on the end, never of
    fixing first, and rings an alarm."""
    answers = json.loads((EXAMPLES / "exit.json").read_text("utf-8"))
    page.goto(script_url(site_url, "en") + "#assessment=" + fragment(answers))
    client = page.get_by_label(label("en", "client_name"), exact=True)
    expect(client).to_have_value(answers["client_name"], timeout=BOOT_TIMEOUT_MS)
    ics = reminder_of(page)
    summary = t("en", "script.reminder.paths.exit.summary", client=answers["client_name"])
    assert property_of(ics, "SUMMARY") == summary
    assert property_of(ics, "DESCRIPTION") == t(
        "en", "script.reminder.paths.exit.description", days=30
    )
    assert "BEGIN:VALARM" in ics and "ACTION:DISPLAY" in ics


@pytest.mark.parametrize("lang", LANGS)
def test_a_reminder_without_a_name_says_so_in_words(page: Page, site_url: str, lang: str) -> None:
    """No client named: the summary says none was given, with no bracketed placeholder, in the
    script's language."""
    page.goto(page_url(site_url, lang, "script"))
    button = page.locator("[data-script-reminder]").get_by_role(
        "button", name=t(lang, "script.ui.reminder_download")
    )
    expect(page.get_by_role("button", name=t(lang, "script.ui.generate"))).to_be_enabled(
        timeout=BOOT_TIMEOUT_MS
    )
    with page.expect_download(timeout=BOOT_TIMEOUT_MS) as info:
        button.click()
    ics = unfolded(Path(info.value.path()))
    summary = property_of(ics, "SUMMARY")
    assert summary == t(lang, "script.reminder.paths.exit.summary_unnamed")
    assert "[" not in summary
    assert info.value.suggested_filename == f"{t(lang, 'script.ui.reminder_filename')}.ics"
