"""Saved work is never overwritten without the reader's say: the device's copy is written only
once it has been read back and applied; answers from a link are not remembered until the
reader edits them; a copy this version cannot read is kept, the reader is told why and can
download it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.browser.gate import Gate
from tests.browser.test_assessment import expect_answers, fill, open_assessment
from tests.browser.test_compare import example
from tests.browser.test_script import fragment, label, script_url
from widgets import dealbreakers
from widgets.i18n import LANGS, t

PREFIX = "client-exit-playbook:"


def as_sent(answers: dict[str, Any]) -> dict[str, Any]:
    """Answers as the form sends them: an empty list is left out."""
    return {key: value for key, value in answers.items() if value != []}


def kept(page: Page, key: str) -> Any:
    """What the device keeps under one of the tools' keys, parsed (None when nothing)."""
    raw = page.evaluate(f"localStorage.getItem('{PREFIX}{key}')")
    return None if raw is None else json.loads(raw)


def keep(page: Page, key: str, value: Any) -> None:
    """Put a copy on the device as a page of another version could have left it."""
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, JSON.stringify(value))", [PREFIX + key, value]
    )


# --- Answers from a link are not remembered until the reader edits them ----------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_share_link_does_not_replace_the_remembered_answers(
    page: Page, site_url: str, lang: str
) -> None:
    """With "remember" on, a share link fills the form but the device keeps the reader's
    answers; the link's answers are remembered from the reader's first edit only."""
    mine = example("keep")
    open_assessment(page, site_url, lang)
    fill(page, lang, mine)
    page.get_by_label(t(lang, "assessment.ui.remember"), exact=True).check()
    assert kept(page, "assessment")["answers"] == as_sent(mine)
    shared = example("exit")
    later = page.context.new_page()
    open_assessment(later, site_url, lang, f"#answers={fragment(shared)}")
    expect_answers(later, lang, shared)
    expect(later.get_by_text(t(lang, "assessment.ui.share_opened_not_remembered"))).to_be_visible()
    assert kept(later, "assessment")["answers"] == as_sent(mine)
    later.get_by_label(t(lang, "assessment.fields.client_name.label"), exact=True).fill("Lumière")
    assert kept(later, "assessment")["answers"] == as_sent({**shared, "client_name": "Lumière"})


def test_a_share_link_asks_before_replacing_unsaved_answers_in_the_tab(
    page: Page, site_url: str
) -> None:
    """A link opened in a tab that holds other, unsaved answers asks first."""
    mine = {**example("keep"), "client_name": "Atelier Nord"}
    open_assessment(page, site_url, "en")
    fill(page, "en", mine)
    page.goto(page_url(site_url, "en", "tips"))
    open_assessment(page, site_url, "en", f"#answers={fragment(example('exit'))}")
    dialog = page.locator("dialog.playbook-ask")
    expect(dialog).to_contain_text(t("en", "assessment.ui.ask_link"))
    dialog.get_by_role("button", name=t("en", "assessment.ui.ask_keep_answers")).click()
    expect_answers(page, "en", mine)


def test_a_prefill_does_not_replace_the_remembered_script_form(page: Page, site_url: str) -> None:
    """The generator opened from the assessment keeps the device's form as it was until the
    reader edits."""
    page.goto(script_url(site_url, "en"))
    page.get_by_label(t("en", "script.ui.remember"), exact=True).check()
    page.get_by_label(label("en", "client_name"), exact=True).fill("Old Client")
    # The script written from the form: the generator has it, and has kept it.
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Old Client", timeout=BOOT_TIMEOUT_MS
    )
    before = kept(page, "script")
    assert before["client_name"] == "Old Client"
    later = page.context.new_page()
    later.goto(script_url(site_url, "en") + "#assessment=" + fragment(example("exit")))
    expect(later.get_by_label(label("en", "client_name"), exact=True)).to_have_value(
        example("exit")["client_name"], timeout=BOOT_TIMEOUT_MS
    )
    assert kept(later, "script") == before
    later.get_by_label(label("en", "your_name"), exact=True).fill("Jeanne")
    assert kept(later, "script")["client_name"] == example("exit")["client_name"]


# --- A copy this version cannot read is kept, explained and offered --------------------------

REFUSED_ANSWERS = {"answers": {"client_name": "Atelier Ancien", "late_payments": "weekly"}}
REFUSED_FORM = {"client_name": "Atelier Ancien", "tone": "sarcastic"}
REFUSED_LIST = {"format": dealbreakers.FORMAT, "version": 99, "items": [{"text": "Old entry"}]}


def expect_refused_copy_is_offered(page: Page, text: str, stored: Any) -> None:
    """The page says the copy was refused and why; its button downloads it exactly."""
    note = page.locator("[data-refused-copy-note]")
    expect(note).to_contain_text(text, timeout=BOOT_TIMEOUT_MS)
    with page.expect_download() as info:
        page.locator("[data-refused-copy]").click()
    assert json.loads(Path(info.value.path()).read_text("utf-8")) == stored


@pytest.mark.parametrize("lang", LANGS)
def test_remembered_answers_this_version_refuses_are_kept(
    page: Page, site_url: str, lang: str
) -> None:
    """Answers this version cannot show: the reader is told which question, can download
    them, and editing leaves them be; ticking "remember" asks before replacing them."""
    open_assessment(page, site_url, lang)
    keep(page, "assessment", REFUSED_ANSWERS)
    page.reload()
    late = t(lang, "assessment.fields.late_payments.label")
    expect_refused_copy_is_offered(
        page, t(lang, "assessment.ui.refused_value", field=late), REFUSED_ANSWERS
    )
    expect(page.get_by_text(t(lang, "assessment.ui.refused"))).to_be_visible()
    remember = page.get_by_label(t(lang, "assessment.ui.remember"), exact=True)
    expect(remember).not_to_be_checked()
    fill(page, lang, example("exit"))
    assert kept(page, "assessment") == REFUSED_ANSWERS
    remember.check()
    dialog = page.locator("dialog.playbook-ask")
    expect(dialog).to_contain_text(t(lang, "assessment.ui.ask_replace_refused"))
    dialog.get_by_role("button", name=t(lang, "assessment.ui.ask_cancel")).click()
    expect(remember).not_to_be_checked()
    assert kept(page, "assessment") == REFUSED_ANSWERS
    remember.check()
    page.locator("dialog.playbook-ask").get_by_role(
        "button", name=t(lang, "assessment.ui.ask_replace_copy")
    ).click()
    expect(remember).to_be_checked()
    assert kept(page, "assessment")["answers"] == as_sent(example("exit"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_remembered_script_form_this_version_refuses_is_kept(
    page: Page, site_url: str, lang: str
) -> None:
    """The generator's form likewise: told which field, offered as a file, never written over
    by an edit."""
    page.goto(script_url(site_url, lang))
    keep(page, "script", REFUSED_FORM)
    page.reload()
    tone = t(lang, "script.fields.tone.label")
    expect_refused_copy_is_offered(
        page, t(lang, "script.ui.refused_value", field=tone), REFUSED_FORM
    )
    expect(page.get_by_label(t(lang, "script.ui.remember"), exact=True)).not_to_be_checked()
    page.get_by_label(label(lang, "client_name"), exact=True).fill("Studio Kessler")
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    assert kept(page, "script") == REFUSED_FORM


@pytest.mark.parametrize("lang", LANGS)
def test_a_remembered_list_this_version_refuses_is_kept(
    page: Page, site_url: str, lang: str
) -> None:
    """The deal-breakers list likewise: the engine's reason is shown, the copy offered as a
    file, and ticking a box leaves it be."""
    page.goto(page_url(site_url, lang, "deal-breakers"))
    keep(page, dealbreakers.STORAGE_KEY, REFUSED_LIST)
    page.reload()
    expect_refused_copy_is_offered(page, t(lang, "dealbreakers.ui.refused"), REFUSED_LIST)
    expect(page.locator('[data-playbook-widget] [data-error-for=""]')).not_to_be_empty()
    expect(page.get_by_label(t(lang, "dealbreakers.ui.remember"), exact=True)).not_to_be_checked()
    page.get_by_label(dealbreakers.behaviour("late-payments").text(lang), exact=True).check()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(1)
    assert kept(page, dealbreakers.STORAGE_KEY) == REFUSED_LIST


# --- The device's copy is written only once it has been applied -------------------------------


def test_a_box_ticked_while_python_starts_does_not_overwrite_the_remembered_list(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """With Python held back, the remembered list cannot be read yet: a box ticked meanwhile
    is kept on screen but not written; once the list is read, both are, together."""
    saved = {
        "format": dealbreakers.FORMAT,
        "version": dealbreakers.VERSION,
        "items": [{"id": "disrespect"}, {"text": "Calls after 11 pm"}],
    }
    page.goto(page_url(site_url, "en", "deal-breakers"))
    keep(page, dealbreakers.STORAGE_KEY, saved)
    gate = Gate(context)
    fresh = context.new_page()
    fresh.goto(page_url(site_url, "en", "deal-breakers"))
    late = dealbreakers.behaviour("late-payments").text("en")
    fresh.get_by_label(late, exact=True).check()
    gate.wait(fresh)  # the worker's start, held until the box is ticked
    expect(fresh.locator("[data-dealbreakers-list] li")).to_have_count(1)
    assert kept(fresh, dealbreakers.STORAGE_KEY) == saved
    gate.release()
    items = fresh.locator("[data-dealbreakers-list] li span")
    disrespect = dealbreakers.behaviour("disrespect").text("en")
    expect(items).to_have_text([disrespect, "Calls after 11 pm", late], timeout=BOOT_TIMEOUT_MS)
    assert kept(fresh, dealbreakers.STORAGE_KEY)["items"] == [
        *saved["items"],
        {"id": "late-payments"},
    ]


def test_remember_ticked_before_the_generator_arrives_is_kept(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """With the generator's script held back, the reader ticks "remember" and types a name:
    once the script is there, the form is remembered as if it had been all along."""
    # The tool's module, held until the reader has acted.
    gate = Gate(context, "**/assets/widgets/script.mjs")
    page.goto(script_url(site_url, "en"))
    page.get_by_label(t("en", "script.ui.remember"), exact=True).check()
    page.get_by_label(label("en", "client_name"), exact=True).fill("Studio Kessler")
    assert kept(page, "script") is None
    gate.release()
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    expect(page.locator("[data-playbook-widget=script][data-mounted]")).to_have_count(1)
    assert kept(page, "script")["client_name"] == "Studio Kessler"


def test_remember_ticked_before_the_list_arrives_is_kept(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """Likewise for the deal-breakers list: a box and "remember" ticked while its script is
    held back are remembered once it is there."""
    # The tool's module, held until the reader has acted.
    gate = Gate(context, "**/assets/widgets/deal-breakers.mjs")
    page.goto(page_url(site_url, "en", "deal-breakers"))
    page.get_by_label(dealbreakers.behaviour("late-payments").text("en"), exact=True).check()
    page.get_by_label(t("en", "dealbreakers.ui.remember"), exact=True).check()
    assert kept(page, dealbreakers.STORAGE_KEY) is None
    gate.release()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(1)
    expect(page.locator("[data-playbook-widget=deal-breakers][data-mounted]")).to_have_count(1)
    assert kept(page, dealbreakers.STORAGE_KEY)["items"] == [{"id": "late-payments"}]
