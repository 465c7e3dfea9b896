"""How Python starts: the build's memory snapshot, the reader's copy of it, and the fallbacks.

Every other browser test runs on the snapshot path too, so the engine restored from memory,
without its files, is what answers them; these tests cover the choice of path.
"""

from __future__ import annotations

import pytest
import zstandard
from playwright.sync_api import BrowserContext, Page, Route, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, SITE
from tests.browser.test_script import fragment as share_fragment

KEPT_CACHE = "playbook-runtime-"
SHELL = "[data-playbook-widget='assessment']"
SITE_SNAPSHOT = "**/assets/runtime/*/snapshot.bin.zst"

KEPT_COPIES = f"""async () => {{
  const copies = {{}};
  for (const name of await caches.keys()) {{
    if (!name.startsWith({KEPT_CACHE!r})) continue;
    const cache = await caches.open(name);
    copies[name] = 0;
    for (const request of await cache.keys()) {{
      copies[name] += (await (await cache.match(request)).arrayBuffer()).byteLength;
    }}
  }}
  return copies;
}}"""

# Replace every copy kept with bytes that are not a snapshot, as a damaged disk would.
CORRUPT = f"""async () => {{
  for (const name of await caches.keys()) {{
    if (!name.startsWith({KEPT_CACHE!r})) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {{
      await cache.put(request, new Response(new Uint8Array(4096).fill(7)));
    }}
  }}
}}"""


def boot(page: Page, url: str) -> str:
    """Open the assessment, wait for Python, and return which boot served it."""
    page.goto(url)
    expect(page.locator(SHELL)).to_have_attribute("data-runtime", "ready", timeout=BOOT_TIMEOUT_MS)
    return str(page.evaluate("document.documentElement.dataset.runtimeBoot"))


def manifest(page: Page, site_url: str) -> dict[str, str]:
    """The runtime manifest of the site under test."""
    return dict(page.request.get(f"{site_url}assets/runtime/manifest.json").json())


def wait_for_copy(page: Page) -> dict[str, int]:
    """The kept copies and their sizes, once the worker has written one (after `ready`)."""
    page.wait_for_function(
        f"""async () => Object.values(await ({KEPT_COPIES})()).some((size) => size > 4096)""",
        timeout=BOOT_TIMEOUT_MS,
    )
    return dict(page.evaluate(KEPT_COPIES))


def answers(page: Page) -> None:
    """The engine answers a change of the form with a verdict."""
    page.locator("[data-field='late_payments'] input[value='always']").check()
    expect(page.locator("[data-assessment-result][data-verdict]")).to_have_count(
        1, timeout=BOOT_TIMEOUT_MS
    )


def test_first_visit_restores_the_sites_snapshot_and_the_next_one_the_readers_copy(
    page: Page, site_url: str
) -> None:
    url = f"{site_url}en/assessment/"
    assert boot(page, url) == "snapshot"
    answers(page)
    copies = wait_for_copy(page)
    # The runtime's version names the copy, so a new build never restores an old memory.
    assert list(copies) == [KEPT_CACHE + manifest(page, site_url)["version"]]
    assert boot(page, url) == "kept"
    answers(page)


def test_a_corrupt_copy_falls_back_to_the_sites_snapshot(page: Page, site_url: str) -> None:
    url = f"{site_url}en/assessment/"
    boot(page, url)
    wait_for_copy(page)
    page.evaluate(CORRUPT)
    assert boot(page, url) == "snapshot"
    answers(page)
    # The broken copy was dropped and a good one kept in its place.
    wait_for_copy(page)
    assert boot(page, url) == "kept"


def test_copies_of_other_versions_are_deleted(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}en/")
    stale = [KEPT_CACHE + "0.0.0-stale", KEPT_CACHE + "snapshot-314.0.7-0123456789abcdef"]
    for name in stale:
        page.evaluate(
            """async (name) => (await caches.open(name)).put(
                new URL('assets/runtime/snapshot', location.href), new Response('old'))""",
            name,
        )
    boot(page, f"{site_url}en/assessment/")
    copies = wait_for_copy(page)
    assert not set(stale) & set(copies)
    answers(page)


def site_snapshot() -> bytes:
    """The compressed snapshot the build wrote."""
    (path,) = (SITE / "assets" / "runtime").glob("*/snapshot.bin.zst")
    return path.read_bytes()


# What a host may send instead of the build's snapshot.
BROKEN = {
    "missing": lambda route: route.fulfill(status=404),
    "cut short": lambda route: route.fulfill(body=site_snapshot()[:100_000]),
    "not a snapshot": lambda route: route.fulfill(
        body=zstandard.ZstdCompressor().compress(bytes(65_536))
    ),
    "neither zstd nor a snapshot": lambda route: route.fulfill(body=bytes(4096)),
}


@pytest.mark.parametrize("broken", list(BROKEN))
def test_without_a_usable_snapshot_python_boots_afresh(
    context: BrowserContext, page: Page, site_url: str, broken: str
) -> None:
    def serve(route: Route) -> None:
        BROKEN[broken](route)

    context.route(SITE_SNAPSHOT, serve)
    assert boot(page, f"{site_url}en/assessment/") == "fresh"
    answers(page)
    # Nothing is kept from a boot that restored nothing.
    assert page.evaluate(KEPT_COPIES) == {}


def test_a_host_that_decompresses_the_snapshot_itself_still_serves_it(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    context.route(
        SITE_SNAPSHOT,
        lambda route: route.fulfill(body=site_snapshot(), headers={"Content-Encoding": "zstd"}),
    )
    assert boot(page, f"{site_url}en/assessment/") == "snapshot"
    answers(page)


def record_workers(context: BrowserContext) -> None:
    """Note each worker a page asks for, with the document's state at that moment."""
    context.add_init_script(
        """(() => {
          const Native = window.Worker;
          window.__workers = [];
          window.Worker = function (url, options) {
            window.__workers.push({ url: String(url), state: document.readyState });
            return new Native(url, options);
          };
        })();"""
    )


def engine_workers_asked(page: Page) -> list[str]:
    """The document's state each time the page asked for the engine's worker.

    The engine's worker is the one started from a blob: wrapper (the theme's search worker is
    loaded from its own address).
    """
    return [
        worker["state"]
        for worker in page.evaluate("window.__workers")
        if worker["url"].startswith("blob:")
    ]


def test_a_share_link_starts_python_while_the_page_is_still_loading(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    record_workers(context)
    page.goto(f"{site_url}en/assessment/#answers={share_fragment({'late_payments': 'always'})}")
    expect(page.locator("[data-assessment-result][data-verdict]")).to_have_count(
        1, timeout=BOOT_TIMEOUT_MS
    )
    # One worker, asked for by the page's head before the document was parsed.
    assert engine_workers_asked(page) == ["loading"]


def test_a_plain_visit_starts_python_once_the_page_is_shown(
    context: BrowserContext, page: Page, site_url: str
) -> None:
    record_workers(context)
    boot(page, f"{site_url}en/assessment/")
    assert engine_workers_asked(page) in (["interactive"], ["complete"])
    answers(page)
    page.goto(f"{site_url}en/decide/")
    expect(page.locator("article h1")).to_be_visible()
    assert engine_workers_asked(page) == []
