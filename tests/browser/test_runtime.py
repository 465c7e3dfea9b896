"""The runtime's own guarantees: its worker under the page's policy, a runtime that matches its
page, wheels checked against the site's lock file, and a fatal error that replaces the worker."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, FOLDERS, SITE, page_url, serve, watch
from tests.browser.test_assessment import example, expect_verdict, fill, open_assessment
from tests.browser.test_trust import engine_workers
from widgets.i18n import t

SHELL = "[data-playbook-widget='assessment']"
STATUS = "[data-playbook-status]"
MANIFEST = "**/assets/runtime/manifest.json"


def runtime_folder() -> Path:
    """The versioned folder of the built site's runtime."""
    manifest = json.loads((SITE / "assets" / "runtime" / "manifest.json").read_text("utf-8"))
    return SITE / "assets" / "runtime" / manifest["folder"]


def runtime_error(page: Page) -> str:
    """Why the runtime stopped, as the page records it for support."""
    return str(page.evaluate("document.documentElement.dataset.runtimeError || ''"))


# --- A worker that can reach no other origin ---------------------------------------------------


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with a small text, and writes its path down."""

    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b"export const reached = true;"
        self.send_response(200)
        self.send_header("Content-Type", "text/javascript")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def other_origin() -> Iterator[tuple[str, list[str]]]:
    """Another origin on this machine (another port), and the paths it was asked for."""
    hits: list[str] = []
    handler = type("Handler", (Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", hits
    finally:
        server.shutdown()
        server.server_close()


TRY_TO_REACH = """async (url) => {
  const outcomes = [];
  for (const attempt of [() => fetch(url + "fetch"), () => import(url + "import.mjs")]) {
    try { await attempt(); outcomes.push("reached"); }
    catch (error) { outcomes.push("refused"); }
  }
  return outcomes;
}"""


@pytest.fixture
def site_with_probe(tmp_path: Path) -> Iterator[str]:
    """The built site, plus a worker script that tries to reach the address it is sent.

    Served from a file: a worker whose script a route() answered cannot reach other origins at
    all, so it would prove nothing.
    """
    root = tmp_path / "site"
    root.mkdir()
    for entry in SITE.iterdir():
        (root / entry.name).symlink_to(entry.resolve())
    (root / "probe-worker.mjs").write_text(
        f"self.onmessage = async ({{ data }}) => self.postMessage(await ({TRY_TO_REACH})(data));",
        "utf-8",
    )
    yield from serve(root)


PROBE = """([script, url]) => new Promise((done) => {
  const probe = new Worker(script, { type: "module" });
  probe.onmessage = ({ data }) => done(data);
  probe.postMessage(url);
})"""


def test_the_engine_worker_cannot_reach_another_origin(
    browser: Browser, site_with_probe: str, other_origin: tuple[str, list[str]]
) -> None:
    site, (other, hits) = site_with_probe, other_origin
    context = browser.new_context()
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url))
    try:
        page = context.new_page()  # unwatched: the refusals are reported as violations
        open_assessment(page, site, "en")
        expect(page.locator(SHELL)).to_have_attribute(
            "data-runtime", "ready", timeout=BOOT_TIMEOUT_MS
        )
        (worker,) = engine_workers(page)
        assert worker.evaluate(TRY_TO_REACH, other) == ["refused", "refused"]
        assert hits == []
        # Control: a worker loaded from the site itself has no policy (the host sends none)
        # and reaches the other origin, so the refusal above is the wrapper's doing.
        assert page.evaluate(PROBE, [f"{site}probe-worker.mjs", other]) == ["reached", "reached"]
        assert sorted(hits) == ["/fetch", "/import.mjs"]
        # blob: and data: addresses reach no host.
        assert [
            url for url in seen if url.startswith("http") and not url.startswith((site, other))
        ] == []
    finally:
        context.close()


# --- A runtime that matches its page -----------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_manifest_of_another_version_stops_the_tool_and_asks_for_a_reload(
    context: BrowserContext, page: Page, site_url: str, traffic: Any, lang: str
) -> None:
    """A page built for one runtime never runs the runtime of another deploy."""
    context.route(MANIFEST, lambda route: route.fulfill(json={"version": "0.0.0-published-later"}))
    open_assessment(page, site_url, lang)
    name = page.get_by_label(t(lang, "assessment.fields.client_name.label"), exact=True)
    name.fill("Acme")
    expect(page.locator(STATUS).first).to_have_text(
        t(lang, "site.status.stale"), timeout=BOOT_TIMEOUT_MS
    )
    assert runtime_error(page).startswith("stale: ")
    expect(name).to_have_value("Acme")
    # Trying again would meet the same manifest: only a reload helps.
    expect(page.get_by_role("button", name=t(lang, "site.status.retry"))).to_be_hidden()
    # Neither the interpreter nor its memory was fetched for a runtime the site no longer runs.
    assert not [url for url in traffic.seen if url.endswith((".wasm", ".zst", ".whl"))]


def test_a_page_whose_runtime_folder_is_gone_asks_for_a_reload(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """An old page, cached, whose runtime a new deploy removed: its worker cannot even load."""
    context.route("**/assets/runtime/*/worker.mjs", lambda route: route.fulfill(status=404))
    context.route(MANIFEST, lambda route: route.fulfill(json={"version": "0.0.0-published-later"}))
    open_assessment(page, site_url, "en")
    page.get_by_label(t("en", "assessment.fields.client_name.label"), exact=True).fill("Acme")
    expect(page.locator(STATUS).first).to_have_text(
        t("en", "site.status.stale"), timeout=BOOT_TIMEOUT_MS
    )


def test_a_missing_worker_on_a_current_site_is_an_ordinary_failure(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    """Control: with the manifest naming the page's own version, the reader may try again."""
    context.route("**/assets/runtime/*/worker.mjs", lambda route: route.fulfill(status=404))
    open_assessment(page, site_url, "en")
    page.get_by_label(t("en", "assessment.fields.client_name.label"), exact=True).fill("Acme")
    expect(page.locator(STATUS).first).to_have_text(
        t("en", "site.status.failed"), timeout=BOOT_TIMEOUT_MS
    )
    expect(page.get_by_role("button", name=t("en", "site.status.retry"))).to_be_visible()


@pytest.fixture
def aged_site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of the built site whose files look a year old, served on its own port.

    A browser keeps such files fresh in its HTTP cache for weeks without asking the host again
    (heuristic freshness), as it would on any host that sends no cache headers.
    """
    root = tmp_path / "site"
    shutil.copytree(SITE, root, symlinks=True)
    year_ago = os.path.getmtime(SITE / "index.html") - 365 * 24 * 3600
    for folder, _dirs, files in os.walk(root):
        for name in files:
            os.utime(Path(folder) / name, (year_ago, year_ago))
    for url in serve(root):
        yield root, url


def test_the_manifest_is_asked_of_the_host_on_every_visit(
    browser: Browser, aged_site: tuple[Path, str]
) -> None:
    """A new deploy is seen at once, whatever the browser's HTTP cache holds."""
    root, url = aged_site
    # No route() here: Playwright turns the HTTP cache off for a context that has one.
    context = browser.new_context()
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url))
    page = context.new_page()
    problems = watch(page)
    try:
        page.goto(f"{url}en/assessment/")
        expect(page.locator(SHELL)).to_have_attribute(
            "data-runtime", "ready", timeout=BOOT_TIMEOUT_MS
        )
        manifest_path = root / "assets" / "runtime" / "manifest.json"
        manifest = json.loads(manifest_path.read_text("utf-8"))
        # Written now: the host answers a revalidation with the new file.
        manifest_path.write_text(json.dumps({**manifest, "version": "0.0.0-published-later"}))
        page.goto(f"{url}en/assessment/")
        page.get_by_label(t("en", "assessment.fields.client_name.label"), exact=True).fill("A")
        expect(page.locator(STATUS).first).to_have_text(
            t("en", "site.status.stale"), timeout=BOOT_TIMEOUT_MS
        )
        assert problems == []
        assert [seen for seen in seen if seen.startswith("http") and not seen.startswith(url)] == []
    finally:
        context.close()


# --- Wheels checked against the site's lock file ------------------------------------------------


def test_the_sites_lock_file_lists_the_engine_with_its_hash() -> None:
    folder = runtime_folder()
    lock = json.loads((folder / "pyodide-lock.json").read_text("utf-8"))
    engine = lock["packages"]["client-exit-playbook"]
    wheel = folder / engine["file_name"]
    assert engine["sha256"] == hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert engine["depends"] == ["jinja2"]
    assert lock["packages"]["jinja2"]["depends"] == ["markupsafe"]
    for name in ("jinja2", "markupsafe"):
        entry = lock["packages"][name]
        assert (
            hashlib.sha256((folder / entry["file_name"]).read_bytes()).hexdigest()
            == (entry["sha256"])
        )


def test_a_fresh_boot_refuses_a_tampered_engine_wheel(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    folder = runtime_folder()
    lock = json.loads((folder / "pyodide-lock.json").read_text("utf-8"))
    wheel = lock["packages"]["client-exit-playbook"]["file_name"]
    tampered = bytearray((folder / wheel).read_bytes())
    tampered[-100] ^= 0xFF
    # No usable snapshot, so Python boots afresh and installs the engine from the lock file.
    context.route("**/assets/runtime/*/snapshot.bin.zst", lambda route: route.fulfill(status=404))
    context.route(f"**/assets/runtime/*/{wheel}", lambda route: route.fulfill(body=bytes(tampered)))
    open_assessment(page, site_url, "en")
    page.get_by_label(t("en", "assessment.fields.client_name.label"), exact=True).fill("Acme")
    expect(page.locator(STATUS).first).to_have_text(
        t("en", "site.status.failed"), timeout=BOOT_TIMEOUT_MS
    )
    assert runtime_error(page) == (
        f"integrity: {wheel} does not match its sha256 in pyodide-lock.json: refused"
    )


# --- A fatal error replaces the worker ----------------------------------------------------------

# Every string Python hands back to JavaScript goes through TextDecoder (a long ASCII one) or
# String.fromCharCode / fromCodePoint (any other): broken, the next answer throws from inside
# the interpreter's frames, which leaves it unusable, as a fatal error does.
BREAK_THE_INTERPRETER = """setTimeout(() => {
  const broken = () => { throw new Error("broken"); };
  TextDecoder.prototype.decode = broken;
  String.fromCharCode = broken;
  String.fromCodePoint = broken;
})"""


def test_a_broken_interpreter_is_replaced_and_the_answer_still_comes(
    page: Page, site_url: str
) -> None:
    open_assessment(page, site_url, "en")
    fill(page, "en", example("keep"))
    expect(page.locator("[data-assessment-result] h2")).not_to_be_empty(timeout=BOOT_TIMEOUT_MS)
    (worker,) = engine_workers(page)
    worker.evaluate(BREAK_THE_INTERPRETER)
    answers = example("exit")
    with page.expect_worker(timeout=BOOT_TIMEOUT_MS):
        fill(page, "en", answers)
    expect_verdict(page, "en", answers)
    (replacement,) = engine_workers(page)
    assert replacement is not worker
    assert runtime_error(page).startswith("fatal: ")
    # Nothing for the reader to do: no retry is offered.
    expect(page.get_by_role("button", name=t("en", "site.status.retry"))).to_be_hidden()


# --- The theme's work held back -----------------------------------------------------------------

# The whole site's index, or one language's (hooks/search_languages.py).
SEARCH_INDEX = re.compile(r"/search/search_index(\.[\w-]+)?\.json$")


def search_indexes(traffic: Any) -> list[str]:
    """The addresses of the search indexes the browser asked for so far."""
    return [url for url in traffic.seen if SEARCH_INDEX.search(urlsplit(url).path)]


@pytest.mark.parametrize(
    ("lang", "word", "reach"),
    [("en", "notice", "click"), ("en", "notice", "keyboard"), ("fr", "préavis", "click")],
    ids=["en-click", "en-keyboard", "fr-click"],
)
def test_the_search_index_waits_until_the_reader_reaches_for_search(
    page: Page, site_url: str, traffic: Any, lang: str, word: str, reach: str
) -> None:
    """Nothing of the search is downloaded or built while a page loads; it still works, in the
    page's language only."""
    page.goto(page_url(site_url, lang, "assessment"))
    expect(page.locator(SHELL)).to_have_attribute("data-runtime", "ready", timeout=BOOT_TIMEOUT_MS)
    page.wait_for_load_state("networkidle")
    assert search_indexes(traffic) == []
    if reach == "click":
        page.locator("label.md-search__icon, .md-search__input").first.click()
    else:
        page.locator("article h1").click()
        page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially(word, delay=30)
    results = page.locator(".md-search-result__item a")
    if reach == "click":
        expect(results.first).to_be_visible()
    else:
        # The theme lists the results; in headless Chromium it does not open its results panel
        # for the focus its own shortcut gives (nor did it before the index was held back).
        expect(results.first).to_be_attached()
    # One request, for the page's own language's index, and results from that language only.
    assert [urlsplit(url).path.rsplit("/", 1)[-1] for url in search_indexes(traffic)] == [
        f"search_index.{lang}.json"
    ]
    english = site_url + FOLDERS["en"]
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(href.startswith(english) == (lang == "en") for href in hrefs), hrefs
