"""Trust: data stays in the browser, injected markup stays text, failures degrade gracefully."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Dialog, Page, Worker, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, Traffic
from tests.browser.test_assessment import (
    assessment_url,
    example,
    expect_verdict,
    fill,
    open_assessment,
)
from tests.browser.test_script import fragment as share_fragment
from widgets.i18n import LANGS, t

PAYLOADS = [
    line
    for line in (Path(__file__).parent / "data" / "xss-payloads.txt")
    .read_text("utf-8")
    .splitlines()
    if line and not line.startswith("# ")
]
SENTINEL = "Sentinel-Client-7f3a9c"
# Elements a successful injection would create inside the article.
INJECTED = ", ".join(
    f"article {kind}"
    for kind in (
        "img",
        "svg:not(.md-icon svg)",
        "iframe",
        "object",
        "embed",
        "marquee",
        "video",
        "audio",
        "script:not([type])",
        "base",
        "meta",
    )
)


def injected_elements(page: Page) -> int:
    """How many elements of the kinds the payloads try to create stand in the article."""
    return int(page.evaluate(f"document.querySelectorAll({json.dumps(INJECTED)}).length"))


def result_heading(page: Page):  # type: ignore[no-untyped-def]
    """The verdict heading of the assessment result."""
    return page.locator("[data-assessment-result]").get_by_role("heading", level=2)


# The theme keeps the reader's light/dark choice; it is a display preference, not an answer.
THEME_KEYS = ("/.__palette",)
# Each tool keeps the reader's work in the tab's session storage (gone with the tab), so that
# Back, a reload or the language switch give it back (widgets/web/tab-state.mjs).
TAB_PREFIX = "client-exit-playbook:tab:"


def stored(page: Page, secret: str) -> dict[str, object]:
    """What browser storage holds for this site, less the theme's preferences.

    The Cache API may hold the reader's copy of the runtime's memory snapshot (made when the
    site is built): its bytes are searched for the secret rather than counted. The tools' own
    records in the tab's session storage are named apart (``tab``), the rest listed.
    """
    return page.evaluate(
        """async ([themeKeys, tabPrefix, secret]) => {
            const needle = new TextEncoder().encode(secret);
            const inTab = (key) => key.startsWith(tabPrefix);
            const holds = (bytes) => {
                outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
                    for (let j = 0; j < needle.length; j++) {
                        if (bytes[i + j] !== needle[j]) continue outer;
                    }
                    return true;
                }
                return false;
            };
            const cached = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) {
                    const bytes = new Uint8Array(await (await cache.match(request)).arrayBuffer());
                    if (holds(bytes)) cached.push(request.url);
                }
            }
            return {
                local: Object.entries(localStorage).filter(([key]) => !themeKeys.includes(key)),
                session: Object.entries(sessionStorage).filter(([key]) => !inTab(key)),
                tab: Object.keys(sessionStorage).filter(inTab).sort(),
                cookies: document.cookie,
                databases: (await indexedDB.databases()).length,
                cached_with_secret: cached,
            };
        }""",
        [list(THEME_KEYS), TAB_PREFIX, secret],
    )


# --- Privacy ---------------------------------------------------------------------------------


def test_recorder_sees_requests_made_inside_the_worker(
    page: Page, site_url: str, traffic: Traffic
) -> None:
    """Positive control: the runtime and its snapshot, fetched by the worker alone, are seen."""
    page.goto(site_url + "about/")
    expect(page.locator("[data-field=engine]")).not_to_have_text("", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-field=python]")).to_have_text(r"3.14.2", timeout=BOOT_TIMEOUT_MS)
    assert any(url.endswith("/pyodide.asm.wasm") for url in traffic.seen)
    assert any(url.endswith("/snapshot.bin.zst") for url in traffic.seen)


@pytest.mark.parametrize("lang", LANGS)
def test_typed_client_name_leaves_no_trace(
    page: Page, site_url: str, traffic: Traffic, lang: str
) -> None:
    """A client's name typed in the assessment reaches no request and no storage."""
    bodies: list[str] = []
    page.context.on("request", lambda request: bodies.append(request.post_data or ""))
    open_assessment(page, site_url, lang)
    answers = {**example("exit"), "client_name": SENTINEL}
    fill(page, lang, answers)
    expect_verdict(page, lang, answers)
    assert not [url for url in traffic.seen if SENTINEL in url]
    assert not [body for body in bodies if SENTINEL in body]
    assert stored(page, SENTINEL) == nothing_but_the_tab(["assessment"])
    assert_gone_with_the_tab(page, site_url)


def nothing_but_the_tab(tools: list[str]) -> dict[str, object]:
    """Storage as a tool leaves it: the work of the tab in its session storage, nothing else."""
    return {
        "local": [],
        "session": [],
        "tab": [TAB_PREFIX + tool for tool in tools],
        "cookies": "",
        "databases": 0,
        "cached_with_secret": [],
    }


def assert_gone_with_the_tab(page: Page, site_url: str) -> None:
    """Another tab of the same browser finds none of this tab's work."""
    other = page.context.new_page()
    other.goto(site_url)
    assert other.evaluate("sessionStorage.length") == 0
    other.close()


# --- Injection -------------------------------------------------------------------------------


def engine_workers(page: Page) -> list[Worker]:
    """The page's Python workers, started from blob: wrappers (the theme's search worker is not)."""
    return [worker for worker in page.workers if worker.url.startswith("blob:")]


def watch_dialogs(page: Page) -> list[str]:
    """Every dialog a payload manages to open (and dismiss it)."""
    opened: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return opened


def test_payloads_in_every_text_field_stay_text(page: Page, site_url: str) -> None:
    """Each payload typed in the assessment's text fields runs nothing and is kept as typed."""
    opened = watch_dialogs(page)
    open_assessment(page, site_url, "en")
    fill(page, "en", example("exit"))
    expect(result_heading(page)).not_to_be_empty(timeout=BOOT_TIMEOUT_MS)
    before = injected_elements(page)
    name = page.get_by_label(t("en", "assessment.fields.client_name.label"), exact=True)
    partner = page.get_by_label(t("en", "assessment.fields.partner_name.label"), exact=True)
    for payload in PAYLOADS:
        name.fill(payload)
        partner.fill(payload[::-1])
        expect(name).to_have_value(payload)
        # The result follows each change, so every payload went through Python and back.
        expect(page.locator("[data-assessment-result]")).not_to_be_empty()
    page.wait_for_timeout(500)
    assert opened == []
    assert injected_elements(page) == before


@pytest.mark.parametrize("payload", PAYLOADS[:12])
def test_payload_in_a_share_link_is_restored_as_text(
    page: Page, site_url: str, payload: str
) -> None:
    """A share link whose answers hold a payload fills the field with the payload, literally."""
    opened = watch_dialogs(page)
    answers = {"client_name": payload}
    open_assessment(page, site_url, "en", f"#answers={share_fragment(answers)}")
    field = page.get_by_label(t("en", "assessment.fields.client_name.label"), exact=True)
    expect(field).to_have_value(payload)
    assert opened == []


def test_payload_in_a_loaded_file_is_restored_as_text(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    """An answers file whose texts are payloads loads them as plain values."""
    opened = watch_dialogs(page)
    open_assessment(page, site_url, "fr")
    before = injected_elements(page)
    saved = tmp_path / "answers.json"
    saved.write_text(json.dumps({"client_name": PAYLOADS[0], "partner_name": PAYLOADS[8]}), "utf-8")
    page.locator("input[type=file][data-action=load]").set_input_files(saved)
    field = page.get_by_label(t("fr", "assessment.fields.client_name.label"), exact=True)
    expect(field).to_have_value(PAYLOADS[0])
    page.wait_for_timeout(500)
    assert opened == []
    assert injected_elements(page) == before


# --- Resilience ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_missing_runtime_is_explained_and_keeps_the_form(
    context: BrowserContext, page: Page, site_url: str, lang: str
) -> None:
    """With Pyodide's runtime answering 404, the page says so, keeps the answers, offers a retry."""
    context.route("**/assets/runtime/*/pyodide.asm.wasm", lambda route: route.fulfill(status=404))
    open_assessment(page, site_url, lang)
    name = page.get_by_label(t(lang, "assessment.fields.client_name.label"), exact=True)
    name.fill("Acme")
    expect(page.locator("[data-playbook-status]").first).to_have_text(
        t(lang, "site.status.failed"), timeout=BOOT_TIMEOUT_MS
    )
    expect(name).to_have_value("Acme")
    expect(page.get_by_role("button", name=t(lang, "site.status.retry"))).to_be_visible()
    expect(page.get_by_role("button", name=t(lang, "assessment.ui.print"))).to_be_visible()


def test_retry_after_the_runtime_comes_back_computes_the_answers(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """Once the runtime is reachable again, a retry brings the result of what was typed."""
    context.route("**/assets/runtime/*/pyodide.asm.wasm", lambda route: route.fulfill(status=404))
    open_assessment(page, site_url, "en")
    answers = example("exit")
    fill(page, "en", answers)
    retry = page.get_by_role("button", name=t("en", "site.status.retry"))
    expect(retry).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    context.unroute("**/assets/runtime/*/pyodide.asm.wasm")
    retry.click()
    expect_verdict(page, "en", answers)


def test_a_share_link_opened_while_the_runtime_is_missing_recovers_on_retry(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """A share link's early worker fails: the page says so, and a retry computes its answers."""
    wasm = "**/assets/runtime/*/pyodide.asm.wasm"
    context.route(wasm, lambda route: route.fulfill(status=404))
    answers = example("exit")
    open_assessment(page, site_url, "en", f"#answers={share_fragment(answers)}")
    retry = page.get_by_role("button", name=t("en", "site.status.retry"))
    expect(retry).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-playbook-status]").first).to_have_text(t("en", "site.status.failed"))
    context.unroute(wasm)
    retry.click()
    expect_verdict(page, "en", answers)


def still_answers_on_one_worker(page: Page) -> None:
    """New answers get the engine's verdict, from the page's one Python worker."""
    answers = example("exit")
    fill(page, "en", answers)
    expect_verdict(page, "en", answers)
    assert len(engine_workers(page)) == 1


def test_worker_crash_restarts_and_recomputes(page: Page, site_url: str) -> None:
    """A worker that dies in use is replaced, and the current answers are computed again."""
    open_assessment(page, site_url, "en")
    fill(page, "en", example("keep"))
    expect(result_heading(page)).not_to_be_empty(timeout=BOOT_TIMEOUT_MS)
    (worker,) = engine_workers(page)
    with page.expect_worker(timeout=BOOT_TIMEOUT_MS):
        worker.evaluate("setTimeout(() => { throw new Error('worker crash') }, 0)")
    still_answers_on_one_worker(page)


def test_going_back_and_forth_keeps_the_tool_working(page: Page, site_url: str) -> None:
    """Leaving the tool by a link and coming back with Back gives a working tool, one worker."""
    open_assessment(page, site_url, "en")
    fill(page, "en", example("keep"))
    expect(result_heading(page)).not_to_be_empty(timeout=BOOT_TIMEOUT_MS)
    for _ in range(2):
        page.locator(".md-nav--primary a[href$='decide/']").first.click()
        expect(page).to_have_url(site_url + "en/decide/")
        page.go_back()
        # The theme's anchor tracking may add the section's hash.
        expect(page).to_have_url(re.compile(re.escape(assessment_url(site_url, "en")) + "(#.*)?$"))
    still_answers_on_one_worker(page)


def test_remembered_answers_come_back_after_a_reload(page: Page, site_url: str) -> None:
    """With "remember on this device" ticked, a reload restores every field."""
    open_assessment(page, site_url, "fr")
    answers = {**example("exit_with_care"), "client_name": "Société Exemple"}
    fill(page, "fr", answers)
    page.get_by_label(t("fr", "assessment.ui.remember"), exact=True).check()
    expect(result_heading(page)).not_to_be_empty(timeout=BOOT_TIMEOUT_MS)
    page.wait_for_timeout(400)
    page.reload()
    from tests.browser.test_assessment import expect_answers

    expect_answers(page, "fr", answers)


def test_malformed_share_link_changes_nothing(page: Page, site_url: str) -> None:
    """A share link that is not valid data gives a message and leaves the form as it was."""
    open_assessment(page, site_url, "en", "#answers=%%%not-base64")
    field = page.get_by_label(t("en", "assessment.fields.client_name.label"), exact=True)
    expect(field).to_have_value("")
    expect(page.locator("[data-playbook-widget=assessment]")).to_contain_text(
        t("en", "assessment.ui.share_error")
    )


# --- Every text field of the other tools -----------------------------------------------------

TEXT_FIELDS = (
    "[data-playbook-widget] input[type=text], [data-playbook-widget] input:not([type]),"
    " [data-playbook-widget] input[type=email], [data-playbook-widget] textarea"
)
TOOL_PAGES = ("script/", "deal-breakers/", "en/script/", "en/deal-breakers/")


@pytest.mark.parametrize("path", TOOL_PAGES)
def test_payloads_in_every_field_of_every_tool_run_nothing(
    page: Page, site_url: str, path: str
) -> None:
    """Each payload typed into every text field of a tool opens no dialog and creates nothing."""
    opened = watch_dialogs(page)
    page.goto(site_url + path)
    fields = page.locator(TEXT_FIELDS)
    expect(fields.first).to_be_visible()
    before = injected_elements(page)
    for number, payload in enumerate(PAYLOADS):
        for index in range(fields.count()):
            field = fields.nth(index)
            if field.is_visible() and field.is_editable():
                field.fill(PAYLOADS[(number + index) % len(PAYLOADS)])
        if number % 10 == 0:
            page.wait_for_timeout(300)
            assert injected_elements(page) == before, payload
    page.wait_for_timeout(800)
    assert opened == []
    assert injected_elements(page) == before


@pytest.mark.parametrize("payload", [PAYLOADS[0], PAYLOADS[8], PAYLOADS[21], PAYLOADS[37]])
def test_generated_script_echoes_a_payload_as_text(page: Page, site_url: str, payload: str) -> None:
    """A payload typed as the client's name is written out, character for character."""
    opened = watch_dialogs(page)
    page.goto(site_url + "en/script/")
    page.get_by_label(t("en", "script.fields.client_name.label"), exact=True).fill(payload)
    # The letter's address block names the client (the conversation speaks to a person).
    expect(page.locator('[data-script-part="letter"]')).to_contain_text(
        payload, timeout=BOOT_TIMEOUT_MS
    )
    assert opened == []


@pytest.mark.parametrize("path", ["script/", "en/deal-breakers/"])
def test_sentinel_in_the_other_tools_leaves_no_trace(
    page: Page, site_url: str, traffic: Traffic, path: str
) -> None:
    """A name typed in the generator or the deal-breakers list reaches no request or storage."""
    bodies: list[str] = []
    page.context.on("request", lambda request: bodies.append(request.post_data or ""))
    page.goto(site_url + path)
    lang = "en" if path.startswith("en/") else "fr"
    # Make Python handle the sentinel: the generator writes it into the script; the list
    # takes it as an item, then has the engine export the list as Markdown.
    if "script" in path:
        page.get_by_label(t(lang, "script.fields.client_name.label"), exact=True).fill(SENTINEL)
        letter = page.locator('[data-script-part="letter"]')
        expect(letter).to_contain_text(SENTINEL, timeout=BOOT_TIMEOUT_MS)
    else:
        page.get_by_label(t(lang, "dealbreakers.own.label"), exact=True).fill(SENTINEL)
        page.get_by_role("button", name=t(lang, "dealbreakers.ui.add")).click()
        with page.expect_download(timeout=BOOT_TIMEOUT_MS) as download:
            page.get_by_role("button", name=t(lang, "dealbreakers.ui.export_md")).click()
        assert SENTINEL in Path(download.value.path()).read_text("utf-8")
    assert not [url for url in traffic.seen if SENTINEL in url]
    assert not [body for body in bodies if SENTINEL in body]
    tool = "script" if "script" in path else "deal-breakers"
    assert stored(page, SENTINEL) == nothing_but_the_tab([tool])
    assert_gone_with_the_tab(page, site_url)
