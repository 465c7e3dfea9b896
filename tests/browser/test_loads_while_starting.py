"""What the reader loads, or kept on this device, reaches the engine whatever Python is doing:
starting, restarting after a crash, or starting again after it failed ("Try again").

Each interleaving is made, not waited for: the worker's script is held while the reader loads
(or the page restores), then released; or the runtime fails, the reader loads, then retries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Worker, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from tests.browser.gate import Gate
from tests.browser.test_assessment import example, expect_answers, expect_verdict
from tests.browser.test_script import fragment
from widgets import dealbreakers
from widgets.i18n import t

# The pages' storage keys start with the site's prefix (widgets/web/io.mjs).
PREFIX = "client-exit-playbook:"
WASM = "**/pyodide.asm.wasm"
OWN = "Calls after 11 pm"
LIST = {
    "format": dealbreakers.FORMAT,
    "version": dealbreakers.VERSION,
    "items": [{"id": "late-payments"}, {"id": "disrespect"}, {"text": OWN}],
}
SCRIPT_INPUTS = {"client_name": "Studio Kessler", "your_name": "Jeanne Martin"}


@pytest.fixture
def gate(context: BrowserContext) -> Gate:
    """The worker's start, held until the test releases it."""
    return Gate(context)


def engine_workers(page: Page) -> list[Worker]:
    """The page's Python workers, started from blob: wrappers (the theme's search worker is not)."""
    return [worker for worker in page.workers if worker.url.startswith("blob:")]


def remember(page: Page, url: str, key: str, value: object) -> None:
    """What a page keeps on this device, as a reader who ticked "remember" left it."""
    page.goto(url)
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)", [PREFIX + key, json.dumps(value)]
    )


def still_starting(page: Page) -> None:
    """Python has not answered yet: the shell says it is loading."""
    expect(page.locator("[data-playbook-widget]").first).to_have_attribute(
        "data-runtime", "runtime"
    )


def a_file(tmp_path: Path, name: str, value: object) -> Path:
    """A file as the reader saved it."""
    path = tmp_path / name
    path.write_text(json.dumps(value), "utf-8")
    return path


# --- The deal-breakers editor ----------------------------------------------------------------


def listed(page: Page) -> list[str]:
    """The items of the list as shown."""
    return [
        text.strip() for text in page.locator("[data-dealbreakers-list] li span").all_inner_texts()
    ]


def expect_list(page: Page) -> None:
    """The page shows the list of LIST, in order."""
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(3, timeout=BOOT_TIMEOUT_MS)
    words = [dealbreakers.behaviour(item).text("en") for item in ("late-payments", "disrespect")]
    assert listed(page) == [*words, OWN]


def editor(page: Page, site_url: str) -> None:
    """The English deal-breakers page, its script bound."""
    page.goto(page_url(site_url, "en", "deal-breakers"))
    expect(page.get_by_role("button", name=t("en", "dealbreakers.ui.add"))).to_be_enabled()


def choose(page: Page, tmp_path: Path) -> None:
    """Load the list's file with the page's picker."""
    picker = page.get_by_label(t("en", "dealbreakers.ui.load_json"))
    picker.set_input_files(a_file(tmp_path, "deal-breakers.json", LIST))


def test_a_list_loaded_while_python_starts_is_shown(
    page: Page, site_url: str, gate: Gate, tmp_path: Path
) -> None:
    """Worker started (the form used), its script held, the file chosen, then released."""
    editor(page, site_url)
    page.get_by_label(t("en", "dealbreakers.own.label"), exact=True).focus()
    gate.wait(page)
    choose(page, tmp_path)
    still_starting(page)
    gate.release()
    expect_list(page)


def test_a_remembered_list_restored_while_python_starts_is_shown(
    page: Page, site_url: str, gate: Gate
) -> None:
    """The list kept on this device asks the engine while the worker's script is held."""
    gate.release()
    remember(page, page_url(site_url, "en", "deal-breakers"), dealbreakers.STORAGE_KEY, LIST)
    gate.holding = True
    page.reload()
    gate.wait(page)
    still_starting(page)
    gate.release()
    expect_list(page)
    expect(page.get_by_label(t("en", "dealbreakers.ui.remember"), exact=True)).to_be_checked()


def crash(page: Page) -> None:
    """The page's Python worker dies once it has answered."""
    (worker,) = engine_workers(page)
    worker.evaluate("setTimeout(() => { throw new Error('worker crash') }, 0)")


def test_a_list_loaded_while_python_restarts_is_shown(
    page: Page, site_url: str, gate: Gate, tmp_path: Path
) -> None:
    """Python ready, then its worker crashes; the new one is held; the file chosen; released."""
    gate.release()
    editor(page, site_url)
    page.get_by_role("button", name=t("en", "dealbreakers.ui.export_md")).click()
    expect(page.locator("[data-playbook-widget]")).to_have_attribute(
        "data-runtime", "ready", timeout=BOOT_TIMEOUT_MS
    )
    gate.holding = True
    crash(page)
    gate.wait(page)
    choose(page, tmp_path)
    still_starting(page)
    gate.release()
    expect_list(page)


def fail_to_start(context: BrowserContext) -> Callable[[Page], None]:
    """Python cannot start (its runtime answers 404) until the returned retry is called."""
    context.route(WASM, lambda route: route.fulfill(status=404))

    def retry(page: Page) -> None:
        button = page.get_by_role("button", name=t("en", "site.status.retry")).first
        expect(button).to_be_visible(timeout=BOOT_TIMEOUT_MS)
        context.unroute(WASM)
        button.click()

    return retry


def test_a_list_loaded_while_python_cannot_start_is_shown_after_try_again(
    context: BrowserContext, page: Page, site_url: str, gate: Gate, tmp_path: Path
) -> None:
    """The file waits for the engine, says so, and is loaded once Python starts."""
    gate.release()
    retry = fail_to_start(context)
    editor(page, site_url)
    choose(page, tmp_path)
    message = page.locator("[data-playbook-widget] [data-playbook-message]").first
    expect(message).to_have_text(t("en", "dealbreakers.ui.load_waiting"), timeout=BOOT_TIMEOUT_MS)
    retry(page)
    expect_list(page)


def test_a_remembered_list_is_shown_after_try_again(
    context: BrowserContext, page: Page, site_url: str, gate: Gate
) -> None:
    """The list kept on this device is not dropped when Python fails to start at first."""
    gate.release()
    remember(page, page_url(site_url, "en", "deal-breakers"), dealbreakers.STORAGE_KEY, LIST)
    retry = fail_to_start(context)
    page.reload()
    retry(page)
    expect_list(page)


# --- The assessment --------------------------------------------------------------------------


def assessment(page: Page, site_url: str, fragment: str = "") -> None:
    """The English assessment, its script bound."""
    page.goto(page_url(site_url, "en", "assessment") + fragment)
    expect(page.get_by_role("button", name=t("en", "assessment.ui.save"))).to_be_visible()


@pytest.fixture
def answers() -> Iterator[dict[str, Any]]:
    """Answers whose verdict is an exit, with a client's name."""
    yield {**example("exit"), "client_name": "Studio Kessler"}


def test_answers_loaded_while_python_starts_are_assessed(
    page: Page, site_url: str, gate: Gate, tmp_path: Path, answers: dict[str, Any]
) -> None:
    """Worker started (when the page is idle), held; the answers file chosen; released."""
    assessment(page, site_url)
    gate.wait(page)
    picker = page.get_by_label(t("en", "assessment.ui.load"))
    picker.set_input_files(a_file(tmp_path, "answers.json", answers))
    expect_answers(page, "en", answers)
    still_starting(page)
    gate.release()
    expect_verdict(page, "en", answers)


def test_remembered_answers_restored_while_python_starts_are_assessed(
    page: Page, site_url: str, gate: Gate, answers: dict[str, Any]
) -> None:
    """The answers kept on this device are assessed once the held worker is released."""
    gate.release()
    remember(page, page_url(site_url, "en", "assessment"), "assessment", {"answers": answers})
    gate.holding = True
    page.reload()
    gate.wait(page)
    expect_answers(page, "en", answers)
    still_starting(page)
    gate.release()
    expect_verdict(page, "en", answers)


def test_a_share_link_opened_while_python_starts_is_assessed(
    page: Page, site_url: str, gate: Gate, answers: dict[str, Any]
) -> None:
    """A share link starts the worker from the page's head; held, then released."""
    assessment(page, site_url, f"#answers={fragment(answers)}")
    gate.wait(page)
    still_starting(page)
    gate.release()
    expect_verdict(page, "en", answers)


def test_answers_loaded_while_python_restarts_are_assessed(
    page: Page, site_url: str, gate: Gate, tmp_path: Path, answers: dict[str, Any]
) -> None:
    """Python ready, its worker crashes, the new one is held, the file chosen, released."""
    gate.release()
    assessment(page, site_url)
    expect(page.locator("[data-playbook-widget]")).to_have_attribute(
        "data-runtime", "ready", timeout=BOOT_TIMEOUT_MS
    )
    gate.holding = True
    crash(page)
    gate.wait(page)
    picker = page.get_by_label(t("en", "assessment.ui.load"))
    picker.set_input_files(a_file(tmp_path, "answers.json", answers))
    still_starting(page)
    gate.release()
    expect_verdict(page, "en", answers)


# --- The script generator --------------------------------------------------------------------


def expect_script_for(page: Page, client: str) -> None:
    """The page shows a script written for ``client``, whom its letter names."""
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        client, timeout=BOOT_TIMEOUT_MS
    )


def test_remembered_inputs_restored_while_python_starts_get_their_script(
    page: Page, site_url: str, gate: Gate
) -> None:
    """The generator's inputs kept on this device get their script once the worker starts."""
    gate.release()
    remember(page, page_url(site_url, "en", "script"), "script", SCRIPT_INPUTS)
    gate.holding = True
    page.reload()
    gate.wait(page)
    still_starting(page)
    gate.release()
    expect_script_for(page, "Studio Kessler")


def test_an_assessment_link_opened_while_python_starts_prefills_the_script(
    page: Page, site_url: str, gate: Gate, answers: dict[str, Any]
) -> None:
    """The assessment's link to the generator, its worker held from the page's head."""
    page.goto(page_url(site_url, "en", "script") + f"#assessment={fragment(answers)}")
    gate.wait(page)
    still_starting(page)
    gate.release()
    expect(page.get_by_label(t("en", "script.fields.client_name.label"), exact=True)).to_have_value(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    expect_script_for(page, "Studio Kessler")


def test_remembered_inputs_get_their_script_after_try_again(
    context: BrowserContext, page: Page, site_url: str, gate: Gate
) -> None:
    """Python fails to start at first; "Try again" brings the script of what was kept."""
    gate.release()
    remember(page, page_url(site_url, "en", "script"), "script", SCRIPT_INPUTS)
    retry = fail_to_start(context)
    page.reload()
    retry(page)
    expect_script_for(page, "Studio Kessler")


def test_typed_inputs_get_their_script_after_try_again(
    context: BrowserContext, page: Page, site_url: str, gate: Gate
) -> None:
    """What the reader typed while Python could not start is computed after "Try again"."""
    gate.release()
    retry = fail_to_start(context)
    page.goto(page_url(site_url, "en", "script"))
    page.get_by_label(t("en", "script.fields.client_name.label"), exact=True).fill("Atelier Roux")
    retry(page)
    expect_script_for(page, "Atelier Roux")


def test_an_assessment_link_prefills_the_script_after_try_again(
    context: BrowserContext, page: Page, site_url: str, gate: Gate, answers: dict[str, Any]
) -> None:
    """A link opened while Python cannot start prefills the form once it does."""
    gate.release()
    retry = fail_to_start(context)
    page.goto(page_url(site_url, "en", "script") + f"#assessment={fragment(answers)}")
    expect(page.locator("[data-script-notices]")).to_contain_text(
        t("en", "script.ui.prefill_failed"), timeout=BOOT_TIMEOUT_MS
    )
    retry(page)
    expect(page.get_by_label(t("en", "script.fields.client_name.label"), exact=True)).to_have_value(
        "Studio Kessler", timeout=BOOT_TIMEOUT_MS
    )
    expect_script_for(page, "Studio Kessler")
