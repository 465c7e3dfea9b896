"""Every page as a reader sees it: its title and menu, its typography, its layout on a phone,
its checkboxes, the words of its tools' status line, and search in its own language.

These tests read the rendered page, not the Markdown: a front matter shown as text, a menu
falling back to file names, a hidden button the theme shows anyway, all pass every other test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, FOLDERS, page_url
from widgets.i18n import t
from widgets.languages import DEFAULT_LANG, LANGS

DOCS = Path(__file__).parents[2] / "docs"
PAGES = sorted(p.stem for p in (DOCS / DEFAULT_LANG).glob("*.md"))
TOOL_PAGES = ["assessment", "script", "deal-breakers"]
PHONE = {"width": 360, "height": 740}
WIDE = {"width": 1440, "height": 900}

# What the page shows: each run of text (a paragraph, a cell, a label…) outside code, the
# visible first-level headings, the menu's entries and the one marked as the current page.
READ_PAGE = """() => {
  const notProse = "code, pre, kbd, samp, script, style, textarea, noscript";
  const blockOf = (node) => {
    let element = node.parentElement;
    while (element && getComputedStyle(element).display.startsWith("inline")) {
      element = element.parentElement;
    }
    return element;
  };
  const runs = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(notProse)) continue;
    const block = blockOf(node);
    runs.set(block, (runs.get(block) || "") + node.data);
  }
  const text = (element) => element.textContent.replace(/\\s+/g, " ").trim();
  const nav = document.querySelector(".md-nav--primary");
  return {
    title: document.title,
    runs: [document.title, ...runs.values()].map((run) => run.replace(/^\\s+|\\s+$/g, "")),
    h1: [...document.querySelectorAll("h1")].filter((h) => h.checkVisibility()).map(text),
    menu: [...nav.querySelectorAll(":scope > .md-nav__list .md-ellipsis")].map(text),
    current: text(nav.querySelector(".md-nav__link--active")),
  };
}"""


def read(page: Page, url: str) -> dict[str, Any]:
    """Open a page and read it as a reader does."""
    page.goto(url)
    result: dict[str, Any] = page.evaluate(READ_PAGE)
    return result


def headline(h1: str) -> str:
    """A heading's words without the theme's permalink sign."""
    return h1.removesuffix("¶").strip()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_title_and_menu_agree_and_no_source_shows(
    page: Page, site_url: str, lang: str, name: str
) -> None:
    """One visible <h1>, the same words in the menu; no front matter or template code as text."""
    seen = read(page, page_url(site_url, lang, name))
    assert len(seen["h1"]) == 1, seen["h1"]
    assert headline(seen["h1"][0]) == seen["current"]
    leaks = [run for run in seen["runs"] if re.search(r"description:|\{\{|\{%|%\}|\}\}", run)]
    assert leaks == []


@pytest.mark.parametrize("path", ["nope/", "en/nope/"])
def test_missing_page_shows_one_title(page: Page, site_url: str, path: str) -> None:
    """The 404 page carries both languages, and shows the title of one."""
    page.goto(site_url + path)
    expect(page.locator("h1:visible")).to_have_count(1)


def test_french_menus_are_french(page: Page, site_url: str) -> None:
    """No entry of the French menu is its English twin, as a title from a file name would be."""
    french = read(page, page_url(site_url, "fr", "index"))["menu"]
    english = read(page, page_url(site_url, "en", "index"))["menu"]
    assert len(french) == len(english)
    assert [(fr, en) for fr, en in zip(french, english, strict=True) if fr == en] == []


@pytest.mark.parametrize("lang", LANGS)
def test_heading_links_are_titled_in_the_page_language(
    page: Page, site_url: str, lang: str
) -> None:
    """The link beside each heading says what it is in the page's language."""
    page.goto(page_url(site_url, lang, "decide"))
    titles = page.locator("a.headerlink").evaluate_all("links => links.map(a => a.title)")
    assert titles and set(titles) == {t(lang, "site.heading_link")}


# An ordinary space (or a line break, shown as one) where French wants a no-break space.
FRENCH_SLIPS = re.compile(r"[ \t\n\r]+[:;!?]|«(?!\u00a0)|«\u00a0[ \t\n\r]|[ \t\n\r]»|[^\u00a0]»")


@pytest.mark.parametrize("name", PAGES)
def test_french_pages_follow_french_typography(page: Page, site_url: str, name: str) -> None:
    """No line can break before : ; ! ? or strand a guillemet in a French page's text."""
    runs = read(page, page_url(site_url, "fr", name))["runs"]
    slips = [
        run[max(0, m.start() - 30) : m.end() + 10]
        for run in runs
        for m in FRENCH_SLIPS.finditer(run)
    ]
    assert slips == []


@pytest.mark.parametrize("name", PAGES)
def test_english_pages_use_curly_quotes(page: Page, site_url: str, name: str) -> None:
    """English text holds curly quotes and apostrophes, in the pages as in the tools."""
    runs = read(page, page_url(site_url, "en", name))["runs"]
    assert [run for run in runs if "'" in run or '"' in run] == []


# Visible elements reaching past the right edge, unless a box around them that fits the screen
# scrolls them sideways (the theme's wide tables) or clips them.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = (element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowX;
      const scrolls = ["auto", "scroll", "hidden", "clip"].includes(overflow);
      if (scrolls && box.getBoundingClientRect().right <= width + 1) return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll("*")].filter((element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility() && box.width > 0 && box.right > width + 1 && !clipped(element);
  });
  return {
    scroll: document.documentElement.scrollWidth - width,
    wide: wide.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}#${e.id}`),
  };
}"""


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_nothing_is_wider_than_a_phone(page: Page, site_url: str, lang: str, name: str) -> None:
    """At 360 pixels wide, the page does not scroll sideways and no element sticks out."""
    page.set_viewport_size(PHONE)
    page.goto(page_url(site_url, lang, name))
    page.wait_for_load_state("networkidle")
    found = page.evaluate(OVERFLOW)
    assert found == {"scroll": 0, "wide": []}


# Each checkbox with its label: the box's rectangle and the first line of its label's text.
CHECKBOXES = """() => [...document.querySelectorAll("input[type=checkbox]")]
  .filter((box) => box.checkVisibility() && box.labels.length)
  .map((box) => {
    const label = box.labels[0];
    const line = label.getClientRects()[0];
    const own = box.getBoundingClientRect();
    return { label: label.textContent.trim(), box: own.toJSON(), line: line.toJSON() };
  })"""


@pytest.mark.parametrize("size", [WIDE, PHONE], ids=["wide", "phone"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TOOL_PAGES)
def test_checkboxes_sit_beside_their_labels(
    page: Page, site_url: str, lang: str, name: str, size: dict[str, int]
) -> None:
    """Each checkbox is on the first line of its label, just before it."""
    page.set_viewport_size(size)
    page.goto(page_url(site_url, lang, name))
    assert misplaced_checkboxes(page) == []


@pytest.mark.parametrize("size", [WIDE, PHONE], ids=["wide", "phone"])
@pytest.mark.parametrize("lang", LANGS)
def test_tools_shown_once_ready_keep_checkboxes_beside_labels(
    page: Page, site_url: str, lang: str, size: dict[str, int]
) -> None:
    """The assessment's save-and-remember tools, shown once Python is ready, too."""
    page.set_viewport_size(size)
    page.goto(page_url(site_url, lang, "assessment"))
    start_python(page)
    remember = page.get_by_label(t(lang, "assessment.ui.remember"), exact=True)
    expect(remember).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    assert misplaced_checkboxes(page) == []


def misplaced_checkboxes(page: Page) -> list[str]:
    """The labels of the visible checkboxes that are not on their label's first line."""
    boxes = page.evaluate(CHECKBOXES)
    assert boxes, "no checkbox on the page"
    return [
        item["label"]
        for item in boxes
        if not (
            item["box"]["right"] <= item["line"]["left"] + 1
            and item["line"]["left"] - item["box"]["right"] < 24
            and item["box"]["top"] < item["line"]["bottom"]
            and item["box"]["bottom"] > item["line"]["top"]
        )
    ]


def start_python(page: Page) -> None:
    """Use the page's first tool field, as a reader does; that starts Python if nothing has."""
    # The tool listens once its script has bound the shell, which then shows a status.
    expect(page.locator("[data-playbook-widget]").first).to_have_attribute(
        "data-runtime", re.compile(".")
    )
    fields = "[data-playbook-widget] input[type=text], [data-playbook-widget] textarea"
    page.locator(fields).first.focus()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", [*TOOL_PAGES, "about"])
def test_status_line_and_buttons_agree_once_ready(
    page: Page, site_url: str, lang: str, name: str
) -> None:
    """Once Python is ready, every status line says so and no "Try again" button shows."""
    page.goto(page_url(site_url, lang, name))
    if name != "about":
        start_python(page)
    for line in page.locator("[data-playbook-status]").all():
        expect(line).to_have_text(t(lang, "site.status.ready"), timeout=BOOT_TIMEOUT_MS)
    expect(page.get_by_role("button", name=t(lang, "site.status.retry"))).to_have_count(0)
    expect(page.locator("progress[data-playbook-progress]:visible")).to_have_count(0)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TOOL_PAGES)
def test_status_line_and_buttons_agree_on_failure(
    context: BrowserContext, page: Page, site_url: str, lang: str, name: str
) -> None:
    """When Python cannot start, the line says so and offers the one "Try again" button."""
    context.route("**/assets/runtime/*/pyodide.asm.wasm", lambda route: route.fulfill(status=404))
    page.goto(page_url(site_url, lang, name))
    start_python(page)
    expect(page.locator("[data-playbook-status]")).to_have_text(
        t(lang, "site.status.failed"), timeout=BOOT_TIMEOUT_MS
    )
    expect(page.get_by_role("button", name=t(lang, "site.status.retry"))).to_be_visible()
    expect(page.locator("progress[data-playbook-progress]:visible")).to_have_count(0)


def result_line(page: Page) -> re.Pattern[str]:
    """The theme's line above search results once a search has answered, in the page's words."""
    words = json.loads(page.locator("#__config").text_content() or "{}")["translations"]
    counts = [words[f"search.result.{key}"] for key in ("none", "one", "other")]
    return re.compile("|".join(re.escape(c).replace("\\#", r"\d+") for c in counts))


def search(page: Page, word: str) -> list[str]:
    """Type a word in the search box, as a reader does; the addresses of the results."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    # The whole word, then one key: the theme searches on key events, once, for the word.
    box.fill(word)
    box.press("End")
    expect(page.locator(".md-search-result__meta")).to_have_text(result_line(page))
    hrefs: list[str] = page.locator(".md-search-result__item a").evaluate_all(
        "links => links.map(a => a.href)"
    )
    return hrefs


@pytest.mark.parametrize(
    ("lang", "word", "found"),
    [
        ("fr", "préavis", True),
        ("en", "notice", True),
        ("en", "préavis", False),
        ("fr", "notice", False),
    ],
    ids=["fr-own-word", "en-own-word", "en-french-word", "fr-english-word"],
)
def test_search_stays_in_the_page_language(
    page: Page, site_url: str, lang: str, word: str, found: bool
) -> None:
    """A French page finds French pages only, an English page English pages only."""
    page.goto(page_url(site_url, lang, "index"))
    hrefs = search(page, word)
    english = site_url + FOLDERS["en"]
    assert [h for h in hrefs if h.startswith(english) != (lang == "en")] == []
    assert bool(hrefs) == found, hrefs
