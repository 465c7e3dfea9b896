"""The deal-breakers editor in a real browser: build, export, save, load, remember."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from widgets import dealbreakers
from widgets.bridge import handle
from widgets.i18n import LANGS, t

OWN = "<b>Calls</b> after 11 pm"
# The pages' storage keys start with the site's prefix (widgets/web/io.mjs).
STORAGE_KEY = f"client-exit-playbook:{dealbreakers.STORAGE_KEY}"


def editor_url(site_url: str, lang: str) -> str:
    """The deal-breakers page in one language."""
    return page_url(site_url, lang, "deal-breakers")


def build_list(page: Page, lang: str) -> dict[str, Any]:
    """Tick two catalogue behaviours, add one of the reader's own; the document it makes."""
    chosen = ["late-payments", "disrespect"]
    for item in chosen:
        page.get_by_label(dealbreakers.behaviour(item).text(lang), exact=True).check()
    page.get_by_label(t(lang, "dealbreakers.own.label"), exact=True).fill(OWN)
    page.get_by_role("button", name=t(lang, "dealbreakers.ui.add")).click()
    items: list[dict[str, str]] = [{"id": item} for item in chosen] + [{"text": OWN}]
    return {"format": dealbreakers.FORMAT, "version": dealbreakers.VERSION, "items": items}


def listed(page: Page) -> list[str]:
    """The items of the list as shown."""
    return page.locator("[data-dealbreakers-list] li span").all_text_contents()


def labels(document: dict[str, Any], lang: str) -> list[str]:
    """The texts the engine gives a document's items."""
    return [item.label(lang) for item in dealbreakers.from_json(document).items]


@pytest.mark.parametrize("lang", LANGS)
def test_list_is_built_and_exported_as_markdown(page: Page, site_url: str, lang: str) -> None:
    """Ticked and typed behaviours form the list; the .md download is the engine's Markdown."""
    page.goto(editor_url(site_url, lang))
    document = build_list(page, lang)
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(3)
    assert listed(page) == labels(document, lang)
    with page.expect_download(timeout=BOOT_TIMEOUT_MS) as info:
        page.get_by_role("button", name=t(lang, "dealbreakers.ui.export_md")).click()
    markdown = Path(info.value.path()).read_text("utf-8")
    assert markdown == dealbreakers.to_markdown(dealbreakers.from_json(document), lang)
    assert OWN in markdown


def test_saved_json_loads_back(page: Page, site_url: str, tmp_path: Path) -> None:
    """The saved file is the versioned format and, loaded on a fresh page, restores the list."""
    page.goto(editor_url(site_url, "en"))
    document = build_list(page, "en")
    with page.expect_download() as info:
        page.get_by_role("button", name=t("en", "dealbreakers.ui.save_json")).click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert json.loads(saved.read_text("utf-8")) == document
    # A fresh page: another tab, which does not hold this one's work.
    page = page.context.new_page()
    page.goto(editor_url(site_url, "en"))
    expect(page.get_by_role("button", name=t("en", "dealbreakers.ui.add"))).to_be_enabled()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(0)
    page.get_by_label(t("en", "dealbreakers.ui.load_json")).set_input_files(saved)
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(3, timeout=BOOT_TIMEOUT_MS)
    assert listed(page) == labels(document, "en")
    disrespect = dealbreakers.behaviour("disrespect").text("en")
    expect(page.get_by_label(disrespect, exact=True)).to_be_checked()


def test_nothing_typed_before_the_script_arrives_is_sent_or_lost(page: Page, site_url: str) -> None:
    """Before the page's script, the add button is off (a form sent without it would put the
    reader's words in the address); once it is there, what was ticked and typed is listed."""
    held: list[Route] = []
    page.route("**/assets/widgets/deal-breakers.mjs", lambda route: held.append(route))
    page.goto(editor_url(site_url, "en"))
    late = dealbreakers.behaviour("late-payments").text("en")
    page.get_by_label(late, exact=True).check()
    page.get_by_label(t("en", "dealbreakers.own.label"), exact=True).fill(OWN)
    add = page.get_by_role("button", name=t("en", "dealbreakers.ui.add"))
    expect(add).to_be_disabled()
    while not held:  # the module's request, kept waiting until the reader has typed
        page.wait_for_timeout(50)
    held[0].continue_()
    add.click()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(2)
    assert listed(page) == [late, OWN]
    assert "?" not in page.url


def test_a_file_chosen_before_the_script_arrives_is_loaded(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    """The load button works before the page's script: a file chosen by then is not lost."""
    items: list[dict[str, str]] = [{"id": "late-payments"}, {"text": OWN}]
    document = {"format": dealbreakers.FORMAT, "version": dealbreakers.VERSION, "items": items}
    saved = tmp_path / "deal-breakers.json"
    saved.write_text(json.dumps(document), "utf-8")
    held: list[Route] = []
    page.route("**/assets/widgets/deal-breakers.mjs", lambda route: held.append(route))
    page.goto(editor_url(site_url, "en"))
    page.get_by_label(t("en", "dealbreakers.ui.load_json")).set_input_files(saved)
    while not held:  # the module's request, kept waiting until the file is chosen
        page.wait_for_timeout(50)
    held[0].continue_()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(2, timeout=BOOT_TIMEOUT_MS)
    assert listed(page) == labels(document, "en")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("{not json", "not_json"),
        (json.dumps({"format": "other", "version": 1, "items": []}), "unsupported"),
        # Deeper than the browser can hand a value to the worker, and than Python reads.
        ("[" * 100_000 + "]" * 100_000, "too_deep"),
    ],
)
def test_corrupt_file_changes_nothing(
    page: Page, site_url: str, tmp_path: Path, content: str, code: str
) -> None:
    """A file that is not a list says why, in the page's language, and leaves the list as is."""
    page.goto(editor_url(site_url, "fr"))
    document = build_list(page, "fr")
    bad = tmp_path / "liste.json"
    bad.write_text(content, "utf-8")
    page.get_by_label(t("fr", "dealbreakers.ui.load_json")).set_input_files(bad)
    message = page.locator("[data-playbook-widget] [data-playbook-message]")
    expect(message).to_have_text(t("fr", "dealbreakers.ui.unchanged"), timeout=BOOT_TIMEOUT_MS)
    request = {"op": "dealbreakers_load", "payload": {"text": content, "lang": "fr"}}
    (error,) = json.loads(handle(json.dumps(request)))["errors"]
    assert error["code"] == code
    slot = page.locator('[data-playbook-widget] [data-error-for=""]')
    expect(slot).to_have_text(error["message"])
    assert listed(page) == labels(document, "fr")


def test_remembered_list_is_offered_by_the_assessment(page: Page, site_url: str) -> None:
    """Opting in stores exactly the versioned document: the assessment offers its items."""
    page.goto(editor_url(site_url, "en"))
    page.get_by_label(t("en", "dealbreakers.ui.remember"), exact=True).check()
    document = build_list(page, "en")
    stored = page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')")
    assert json.loads(stored) == document
    page.goto(page_url(site_url, "en", "assessment"))
    offered = page.locator("[data-saved-deal-breakers]")
    for text in labels(document, "en"):
        expect(offered.get_by_label(text, exact=True)).to_be_visible(timeout=BOOT_TIMEOUT_MS)


def test_remembered_list_comes_back_until_forgotten(page: Page, site_url: str) -> None:
    """A list kept on this device is loaded again on the next visit; forgetting erases it."""
    page.goto(editor_url(site_url, "en"))
    page.get_by_label(t("en", "dealbreakers.ui.remember"), exact=True).check()
    document = build_list(page, "en")
    # The next visit: another tab, which only the device's copy can fill.
    page = page.context.new_page()
    page.goto(editor_url(site_url, "en"))
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(3, timeout=BOOT_TIMEOUT_MS)
    assert listed(page) == labels(document, "en")
    page.get_by_role("button", name=t("en", "dealbreakers.ui.forget")).click()
    assert page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") is None
    expect(page.get_by_label(t("en", "dealbreakers.ui.remember"), exact=True)).not_to_be_checked()


@pytest.mark.parametrize("lang", LANGS)
def test_focus_stays_in_the_list_after_a_removal(page: Page, site_url: str, lang: str) -> None:
    """Removing with the keyboard keeps the reader in the list: the focus goes to the item that
    took the removed one's place, then, the list empty, to the field that adds one; each
    removal is said in the live region."""
    page.goto(editor_url(site_url, lang))
    build_list(page, lang)
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(3)
    late = dealbreakers.behaviour("late-payments").text(lang)
    disrespect = dealbreakers.behaviour("disrespect").text(lang)

    def remove_button(text: str) -> Any:
        return page.get_by_role("button", name=t(lang, "dealbreakers.ui.remove", text=text))

    remove_button(late).focus()
    page.keyboard.press("Enter")
    expect(remove_button(disrespect)).to_be_focused()
    expect(page.get_by_text(t(lang, "dealbreakers.ui.removed", text=late))).to_be_visible()
    page.keyboard.press("Enter")
    expect(remove_button(OWN)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_label(t(lang, "dealbreakers.own.label"), exact=True)).to_be_focused()
    assert listed(page) == []
