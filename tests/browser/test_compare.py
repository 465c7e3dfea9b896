"""Comparing clients keeps its word: every client a record of its own, each action said in a
polite live region, nothing replaced unasked, verdicts in the language of the page that shows
them, and a layout that stacks on a phone."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS
from tests.browser.test_assessment import example as partial_example
from tests.browser.test_assessment import (
    expect_answers,
    expect_verdict,
    fields,
    fill,
    open_assessment,
)
from tests.browser.test_state import OTHER, switch_language
from widgets.assessment.bridge import assess_op
from widgets.i18n import LANGS, Lang, t


def example(name: str) -> dict[str, Any]:
    """An example answer file with every yes/no, choice and list answered, so that filling it
    over other answers leaves none of theirs behind."""
    defaults = {
        field["id"]: field["default"]
        for field in fields("en")
        if field["kind"] in ("bool", "choice", "text_list")
    }
    return {**defaults, **partial_example(name)}


def asked(page: Page) -> Locator:
    """The question a tool asks before it replaces something (the theme's search is a
    dialog too)."""
    return page.locator("dialog.playbook-ask")


# Three clients with no name, each with other answers.
UNNAMED = [{**example(name), "client_name": ""} for name in ("exit", "fix_first", "keep")]


def rows(page: Page) -> Locator:
    """The comparison's rows."""
    return page.locator("[data-compare-rows] tr")


def message(page: Page) -> Locator:
    """The comparison's live region."""
    return page.locator("[data-compare-message]")


def add(page: Page, lang: str, answers: dict[str, Any]) -> None:
    """Answer, wait for Python's verdict, press "Add to the comparison"."""
    fill(page, lang, answers)
    expect_verdict(page, lang, answers)
    page.locator("[data-assessment-result]").get_by_role(
        "button", name=t(lang, "assessment.ui.compare_add")
    ).click()


def verdict_title(answers: dict[str, Any], lang: str) -> str:
    """The verdict the engine gives ``answers``, worded in ``lang``."""
    title: str = assess_op({"answers": answers}, Lang(lang))["report"]["verdict_title"]
    return title


# --- 5. Every client a record of its own -----------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_three_unnamed_clients_are_three_numbered_rows(
    page: Page, site_url: str, lang: str
) -> None:
    """Unnamed clients are numbered, never written over one another; each addition is said in
    the comparison's polite live region."""
    open_assessment(page, site_url, lang)
    expect(message(page)).to_have_attribute("role", "status")
    for number, answers in enumerate(UNNAMED, start=1):
        add(page, lang, answers)
        name = t(lang, "assessment.ui.compare_unnamed", number=number)
        expect(message(page)).to_have_text(
            t(lang, "assessment.ui.compare_added", name=name, count=number)
        )
    expect(rows(page)).to_have_count(3)
    expect(rows(page).locator("th")).to_have_text(
        [t(lang, "assessment.ui.compare_unnamed", number=n) for n in (1, 2, 3)]
    )
    expect(rows(page).locator("td:nth-of-type(1)")).to_have_text(
        [verdict_title(answers, lang) for answers in UNNAMED], timeout=BOOT_TIMEOUT_MS
    )


def test_the_same_answers_twice_are_one_row(page: Page, site_url: str) -> None:
    """Adding what is already there adds nothing, and says so."""
    open_assessment(page, site_url, "en")
    add(page, "en", example("exit"))
    page.locator("[data-compare-add]").click()
    expect(message(page)).to_have_text(
        t("en", "assessment.ui.compare_already", name=example("exit")["client_name"])
    )
    expect(rows(page)).to_have_count(1)


@pytest.mark.parametrize(("choice", "count"), [("ask_add_another", 2), ("ask_replace", 1)])
def test_a_named_client_added_again_asks_first(
    page: Page, site_url: str, choice: str, count: int
) -> None:
    """Other answers under a name already compared: the page asks whether to replace that
    client or add another, and does what the reader chose."""
    first = example("exit")
    second = {**example("fix_first"), "client_name": first["client_name"]}
    open_assessment(page, site_url, "en")
    add(page, "en", first)
    add(page, "en", second)
    dialog = asked(page)
    expect(dialog).to_contain_text(t("en", "assessment.ui.ask_namesake", name=first["client_name"]))
    dialog.get_by_role("button", name=t("en", f"assessment.ui.{choice}")).click()
    expect(dialog).to_have_count(0)
    expect(rows(page)).to_have_count(count)
    expect(rows(page).last.locator("td").first).to_have_text(
        verdict_title(second, "en"), timeout=BOOT_TIMEOUT_MS
    )


def test_escape_leaves_the_comparison_as_it_was(page: Page, site_url: str) -> None:
    """Closing the question with Escape changes nothing, and says so."""
    first = example("exit")
    open_assessment(page, site_url, "en")
    add(page, "en", first)
    add(page, "en", {**example("keep"), "client_name": first["client_name"]})
    expect(asked(page)).to_be_visible()
    page.keyboard.press("Escape")
    expect(message(page)).to_have_text(t("en", "assessment.ui.compare_unchanged"))
    expect(rows(page)).to_have_count(1)
    expect(rows(page).locator("td").first).to_have_text(verdict_title(first, "en"))


# --- 6. Opening asks before it replaces unsaved answers --------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_open_asks_before_replacing_unsaved_answers(page: Page, site_url: str, lang: str) -> None:
    """Answers in the form that are nowhere else are the reader's to give up: "Open" asks;
    keeping them changes nothing, replacing them puts the client's answers in the form."""
    compared = example("exit")
    mine = {**example("keep"), "client_name": "Atelier Nord"}
    open_assessment(page, site_url, lang)
    add(page, lang, compared)
    fill(page, lang, mine)
    name = compared["client_name"]
    open_button = page.get_by_role(
        "button", name=t(lang, "assessment.ui.compare_open_client", name=name)
    )
    open_button.click()
    dialog = asked(page)
    expect(dialog).to_contain_text(t(lang, "assessment.ui.ask_open", name=name))
    # The safe answer has the focus.
    expect(
        dialog.get_by_role("button", name=t(lang, "assessment.ui.ask_keep_answers"))
    ).to_be_focused()
    dialog.get_by_role("button", name=t(lang, "assessment.ui.ask_keep_answers")).click()
    expect(message(page)).to_have_text(t(lang, "assessment.ui.answers_kept"))
    expect_answers(page, lang, mine)
    open_button.click()
    asked(page).get_by_role("button", name=t(lang, "assessment.ui.ask_replace_answers")).click()
    expect_answers(page, lang, compared)
    expect(message(page)).to_have_text(t(lang, "assessment.ui.compare_opened", name=name))
    expect_verdict(page, lang, compared)


def test_open_does_not_ask_when_nothing_would_be_lost(page: Page, site_url: str) -> None:
    """Answers that are in the comparison already are not lost: "Open" goes straight on."""
    first, second = example("exit"), example("keep")
    open_assessment(page, site_url, "en")
    add(page, "en", first)
    add(page, "en", second)
    page.get_by_role(
        "button", name=t("en", "assessment.ui.compare_open_client", name=first["client_name"])
    ).click()
    expect_answers(page, "en", first)
    expect(asked(page)).to_have_count(0)


# --- 7. Verdicts in the language of the page -------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_compared_verdicts_follow_the_page_language(page: Page, site_url: str, lang: str) -> None:
    """Clients compared on one language's page show the other language's verdicts and scores
    on its page: after the switch in this tab, and on another visit through the device's copy.
    What is kept holds answers and ids, never the words of a page."""
    open_assessment(page, site_url, lang)
    page.get_by_label(t(lang, "assessment.ui.remember"), exact=True).check()
    add(page, lang, example("exit"))
    add(page, lang, example("keep"))
    kept = page.evaluate("localStorage.getItem('client-exit-playbook:assessment')")
    for answers in (example("exit"), example("keep")):
        assert verdict_title(answers, lang) not in kept
    expected = [verdict_title(example(name), OTHER[lang]) for name in ("exit", "keep")]
    switch_language(page, OTHER[lang])
    expect(rows(page).locator("td:nth-of-type(1)")).to_have_text(expected, timeout=BOOT_TIMEOUT_MS)
    later = page.context.new_page()
    open_assessment(later, site_url, OTHER[lang])
    expect(rows(later).locator("td:nth-of-type(1)")).to_have_text(expected, timeout=BOOT_TIMEOUT_MS)
    score = assess_op({"answers": example("exit")}, Lang(OTHER[lang]))["shown"]["case_score"]
    expect(rows(later).first.locator("td:nth-of-type(2)")).to_have_text(score)


def test_a_comparison_kept_by_the_earlier_page_comes_back_in_this_language(
    page: Page, site_url: str
) -> None:
    """Rows an earlier version kept with French words show the English verdict on the English
    page: their answers are all that is read."""
    answers = example("exit")
    open_assessment(page, site_url, "en")
    page.evaluate(
        """(answers) => localStorage.setItem('client-exit-playbook:assessment', JSON.stringify({
            answers, clients: [{name: answers.client_name, verdict: 'Mettre fin', case: '90',
            risk: '10', answers}]}))""",
        answers,
    )
    later = page.context.new_page()
    open_assessment(later, site_url, "en")
    expect(rows(later).locator("td").first).to_have_text(
        verdict_title(answers, "en"), timeout=BOOT_TIMEOUT_MS
    )


# --- 15. The comparison on a phone -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_comparison_stacks_on_a_phone(page: Page, site_url: str, lang: str) -> None:
    """At 390 px, each client is a block: nothing scrolls sideways, the risk and the buttons
    are on screen, and every value is labelled by its column's name."""
    page.set_viewport_size({"width": 390, "height": 844})
    open_assessment(page, site_url, lang)
    add(page, lang, example("exit"))
    add(page, lang, example("keep"))
    table = page.locator(".playbook-compare__table")
    expect(rows(page)).to_have_count(2)
    assert table.evaluate("t => t.scrollWidth <= t.clientWidth + 1")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    for row in rows(page).all():
        row.scroll_into_view_if_needed()
        for cell in [row.locator("td:nth-of-type(3)"), *row.get_by_role("button").all()]:
            box = cell.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    risk = rows(page).first.locator("td:nth-of-type(3)")
    before = risk.evaluate("td => getComputedStyle(td, '::before').content")
    assert re.search(re.escape(t(lang, "assessment.scores.risk")), before)


@pytest.mark.parametrize("lang", LANGS)
def test_focus_stays_in_the_table_after_a_removal(page: Page, site_url: str, lang: str) -> None:
    """Removing a client with the keyboard moves the focus to the row that took its place, or
    to the one above; once the table is empty, to the button that adds a client."""
    open_assessment(page, site_url, lang)
    for answers in UNNAMED[:2]:
        add(page, lang, answers)
    expect(rows(page)).to_have_count(2)

    def remove_button(number: int) -> Locator:
        name = t(lang, "assessment.ui.compare_unnamed", number=number)
        return page.get_by_role(
            "button", name=t(lang, "assessment.ui.compare_remove_client", name=name)
        )

    remove_button(1).focus()
    page.keyboard.press("Enter")
    expect(remove_button(2)).to_be_focused()
    expect(rows(page)).to_have_count(1)
    page.keyboard.press("Enter")
    expect(rows(page)).to_have_count(0)
    expect(
        page.locator("[data-assessment-result]").get_by_role(
            "button", name=t(lang, "assessment.ui.compare_add")
        )
    ).to_be_focused()
