"""What comes out of the printer, read back from the PDF Chromium prints (``page.pdf()``), in
both languages: the assessment's result first and its answers in at most three A4 sheets; each
of the generator's documents alone on the paper chosen, the letter without its notes; the
printed playbook opening on a dated cover and leaving no sheet with a stray paragraph."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.browser.test_assessment import example, expect_verdict, fill, open_assessment
from tests.browser.test_script import REASONS, expected, fill_basics, script_url
from widgets.i18n import LANGS, t
from widgets.script.document import letter_and_notes

# Sheet sizes in PostScript points, within a point of rounding.
PAPER = {"a4": (595, 842), "letter": (612, 792)}
# Fewer characters than this on a sheet is a sheet left almost empty.
FEWEST_CHARACTERS = 300


def sheets(pdf: bytes) -> list[tuple[tuple[float, float], str]]:
    """Each sheet of a PDF: its size and its text, spaces and line ends as one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [
        (
            (float(sheet.mediabox.width), float(sheet.mediabox.height)),
            re.sub(r"\s+", " ", sheet.extract_text()),
        )
        for sheet in reader.pages
    ]


def flat(text: str) -> str:
    """Text with its spaces and line ends as one space, as read back from a sheet."""
    return re.sub(r"\s+", " ", text).strip()


def opening(text: str, size: int = 50) -> str:
    """The start of a line of the document, short enough not to wrap on paper."""
    return flat(text)[:size]


@pytest.mark.parametrize("lang", LANGS)
def test_the_assessment_prints_its_result_first_on_three_sheets(
    page: Page, site_url: str, lang: str
) -> None:
    """A whole form answered: the verdict, scores and next steps on the first A4 sheet, the
    answers after them, in three sheets at most, and not the form's empty fields."""
    open_assessment(page, site_url, lang)
    answers = example("exit")
    fill(page, lang, answers)
    report = expect_verdict(page, lang, answers)
    printed = sheets(page.pdf(format="A4"))
    assert 1 <= len(printed) <= 3, len(printed)
    assert all(abs(size[0] - PAPER["a4"][0]) < 2 for size, _ in printed)
    first = printed[0][1]
    assert flat(report["verdict_title"]) in first
    assert t(lang, "assessment.scores.case") in first
    assert t(lang, "assessment.ui.next_steps") in first
    everything = " ".join(text for _, text in printed)
    answers_heading = t(lang, "assessment.ui.printed.answers")
    assert answers_heading in everything
    assert everything.index(flat(report["verdict_title"])) < everything.index(answers_heading)
    # The form itself is not printed: its buttons are not on paper.
    assert t(lang, "assessment.ui.save") not in everything


@pytest.mark.parametrize("paper", PAPER)
@pytest.mark.parametrize("lang", LANGS)
def test_each_document_prints_alone_on_the_paper_chosen(
    page: Page, site_url: str, lang: str, paper: str
) -> None:
    """The tab chosen is what prints: the letter alone on one sheet without the notes for
    its sender, the email alone, the conversation sheet without the form or the buttons."""
    page.goto(script_url(site_url, lang))
    fill_basics(page, lang, "Studio Kessler")
    expect(page.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    page.get_by_label(t(lang, "script.ui.documents.paper"), exact=True).select_option(paper)
    script = expected(
        lang, your_name="Jeanne Martin", client_name="Studio Kessler", reasons=REASONS
    )
    letter, notes = letter_and_notes(script.letter.text)
    assert notes, "the letter has notes for its sender"
    tabs = page.get_by_role("tablist", name=t(lang, "script.ui.documents.label"))
    printed: dict[str, list[tuple[tuple[float, float], str]]] = {}
    for name in ("conversation", "email", "letter"):
        tabs.get_by_role("tab", name=t(lang, f"script.ui.documents.{name}"), exact=True).click()
        expect(page.locator("[data-script-print]")).to_have_text(
            t(lang, f"script.ui.documents.print_{name}")
        )
        printed[name] = sheets(page.pdf(prefer_css_page_size=True))
        for size, _ in printed[name]:
            assert abs(size[0] - PAPER[paper][0]) < 2 and abs(size[1] - PAPER[paper][1]) < 2
    text = {name: " ".join(words for _, words in found) for name, found in printed.items()}
    # The letter: one sheet (two at most), its first and last lines, never its notes.
    assert 1 <= len(printed["letter"]) <= 2
    lines = [line for line in letter.splitlines() if line.strip()]
    assert opening(lines[0]) in text["letter"] and opening(lines[-1]) in text["letter"]
    for line in notes.splitlines():
        if line.strip():
            assert opening(line) not in text["letter"]
    # The email: its subject and body, not the letter.
    assert opening(script.email.body.splitlines()[0]) in text["email"]
    assert opening(lines[-1]) not in text["email"] or opening(lines[-1]) in script.email.body
    # The conversation sheet: the script's title, not the form or the page's buttons.
    assert "Studio Kessler" in text["conversation"]
    for name, words in text.items():
        assert t(lang, "script.ui.copy") not in words, name
        assert t(lang, "script.fields.your_name.label") not in words, name


@pytest.mark.parametrize("lang", LANGS)
def test_a_document_with_blanks_is_not_printed_silently(
    page: Page, site_url: str, lang: str
) -> None:
    """A letter whose company name is still a blank: printing first says which blanks
    remain, and offers to print it anyway."""
    page.goto(script_url(site_url, lang))
    fill_basics(page, lang, "Studio Kessler")
    expect(page.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    page.get_by_role("tab", name=t(lang, "script.ui.documents.letter"), exact=True).click()
    printing = page.get_by_role("button", name=t(lang, "script.ui.documents.print_letter"))
    printing.click()
    blank = t(lang, "script.placeholders.your_company")
    message = page.get_by_role("status").filter(has_text=blank)
    expect(message).to_have_count(1)
    expect(message.get_by_role("button")).to_have_text(t(lang, "script.ui.documents.print_anyway"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_printed_playbook_opens_on_a_dated_cover(page: Page, site_url: str, lang: str) -> None:
    """Its first sheet is the cover (the playbook's name, its versions, the day printed), not
    the page's title; no later sheet holds only a few lines."""
    page.goto(page_url(site_url, lang, "print"))
    expect(page.locator("[data-print-date]")).to_be_visible()
    printed = sheets(page.pdf(format="A4"))
    cover = printed[0][1]
    assert t(lang, "site.print.model_version") in cover
    assert page.locator("[data-print-date]").inner_text() in cover
    title = page.locator("article h1").first.inner_text()
    assert title not in cover
    sparse = [
        n for n, (_, text) in enumerate(printed[1:], start=2) if len(text) < FEWEST_CHARACTERS
    ]
    assert sparse == []
