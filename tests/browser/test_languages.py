"""A third language, added only where languages are declared, comes out in pages, tools and letters.

A throwaway copy of the project gets one row in ``widgets/languages.py``, a catalogue, the
letters' templates and the pages, nothing else; its site is built with ``make build`` and read
in a browser. Its words are the English ones marked with ``MARK``, so that every text the site
shows in it can be traced to the third language's own files.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, guard, run, serve, throwaway_copy, watch
from widgets.i18n import t

CODE = "de"
NAME = "Deutsch (Probe)"
MARK = "⟦de⟧ "
SOURCE = "en"
# Values that are formats, not words: the third language writes numbers as English does.
_KEEP = re.compile(r"^\[format\]$")
_MESSAGE = re.compile(r'^([\w-]+ = ")(.*)$')


def marked_catalogue(text: str) -> str:
    """The source catalogue with every message marked, formats left as they are."""
    lines, keep = [], False
    for line in text.splitlines():
        if line.startswith("["):
            keep = bool(_KEEP.match(line))
        found = _MESSAGE.match(line)
        lines.append(f"{found[1]}{MARK}{found[2]}" if found and not keep else line)
    return "\n".join(lines) + "\n"


def add_language(clone: Path) -> None:
    """The four places a language is declared in: the table, its catalogue, templates, pages."""
    table = clone / "widgets" / "languages.py"
    text = table.read_text("utf-8")
    row = '    Language(Lang("en"), "English"),\n'
    assert row in text
    table.write_text(text.replace(row, f'{row}    Language(Lang("{CODE}"), "{NAME}"),\n'), "utf-8")
    catalogue = clone / "widgets" / "catalog"
    source = (catalogue / f"{SOURCE}.toml").read_text("utf-8")
    (catalogue / f"{CODE}.toml").write_text(marked_catalogue(source), "utf-8")
    templates = clone / "widgets" / "script" / "templates"
    shutil.copytree(templates / SOURCE, templates / CODE)
    letter = templates / CODE / "letter.j2"
    body = "{% macro body() %}\n"
    letter.write_text(letter.read_text("utf-8").replace(body, f"{body}{MARK}\n", 1), "utf-8")
    docs = clone / "docs"
    shutil.copytree(docs / SOURCE, docs / CODE)
    for page in (docs / CODE).glob("*.md"):
        page.write_text(re.sub(r"^# ", f"# {MARK}", page.read_text("utf-8"), count=1, flags=re.M))


@pytest.fixture(scope="session")
def third_language_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built with a third language, served on a local port."""
    clone = throwaway_copy(tmp_path_factory.mktemp("third-language"))
    add_language(clone)
    run("make", "--no-print-directory", "build", cwd=clone, own_engine=True)
    yield from serve(clone / "site")


@pytest.fixture
def third_page(context: BrowserContext, third_language_url: str) -> Iterator[Page]:
    """A page of that site; foreign requests and page errors fail the test."""
    traffic = guard(context, third_language_url)
    page = context.new_page()
    page.set_default_timeout(30_000)
    problems = watch(page)
    yield page
    assert traffic.foreign == [], traffic.foreign
    assert problems == []


def test_its_pages_come_out_in_it(third_page: Page, third_language_url: str) -> None:
    """Its folder, its language, its pages' titles, and a place in every page's switcher."""
    third_page.goto(f"{third_language_url}{CODE}/decide/")
    expect(third_page.locator("html")).to_have_attribute("lang", CODE)
    expect(third_page.locator("article h1")).to_contain_text(MARK.strip())
    switcher = third_page.locator(f'.md-select a[hreflang="{CODE}"]')
    expect(switcher).to_have_text(NAME)
    third_page.goto(f"{third_language_url}decide/")
    expect(third_page.locator(f'.md-select a[hreflang="{CODE}"]')).to_have_attribute(
        "href", f"../{CODE}/decide/"
    )


def test_its_missing_pages_answer_in_it(third_page: Page, third_language_url: str) -> None:
    """The one 404 page speaks it for an address under its folder."""
    response = third_page.goto(f"{third_language_url}{CODE}/nowhere/")
    assert response is not None and response.status == 404
    expect(third_page.locator("html")).to_have_attribute("lang", CODE)
    title = f"{MARK}{t(SOURCE, 'site.not_found.title')}"
    expect(third_page.get_by_role("heading", name=title)).to_be_visible()


def test_its_assessment_is_worded_and_computed_in_it(
    third_page: Page, third_language_url: str
) -> None:
    """The form's labels are its own, and Python answers in it."""
    third_page.goto(f"{third_language_url}{CODE}/assessment/")
    label = f"{MARK}{t(SOURCE, 'assessment.fields.client_name.label')}"
    third_page.get_by_label(label, exact=True).fill("Studio Probe")
    verdict = third_page.locator("[data-assessment-result] h2")
    expect(verdict).to_contain_text(MARK.strip(), timeout=BOOT_TIMEOUT_MS)
    hours = f"{MARK}{t(SOURCE, 'assessment.fields.hours_per_month.label')}"
    third_page.get_by_label(hours, exact=True).fill("many")
    expect(third_page.locator("#assessment-hours_per_month-error")).to_contain_text(hours)


def test_its_letters_come_out_in_it(third_page: Page, third_language_url: str) -> None:
    """The script generator offers it, and writes the script and the letter in it."""
    third_page.goto(f"{third_language_url}{CODE}/script/")
    language = third_page.get_by_label(f"{MARK}{t(SOURCE, 'script.fields.lang.label')}")
    expect(language).to_have_value(CODE)
    expect(language.locator("option:checked")).to_have_text(NAME)
    name = f"{MARK}{t(SOURCE, 'script.fields.client_name.label')}"
    third_page.get_by_label(name, exact=True).fill("Studio Probe")
    letter = third_page.locator('[data-script-line="letter-text"]')
    expect(letter).to_contain_text(MARK.strip(), timeout=BOOT_TIMEOUT_MS)
    expect(letter).to_contain_text("Studio Probe")
    decision = third_page.locator('[data-section="decision"] h4')
    expect(decision).to_have_text(f"{MARK}{t(SOURCE, 'script.sections.decision')}")
