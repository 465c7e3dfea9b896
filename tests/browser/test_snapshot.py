"""The returning visitor's boot: a memory snapshot kept in the Cache API, and its fallbacks."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS

SNAPSHOT_CACHE = "playbook-runtime-snapshot-"
SHELL = "[data-playbook-widget='assessment']"

SNAPSHOT_CACHES = f"""async () => (await caches.keys()).filter((name) =>
    name.startsWith({SNAPSHOT_CACHE!r}))"""

# Replace every snapshot kept with bytes that are not one, as a damaged disk would.
CORRUPT = f"""async () => {{
  for (const name of await caches.keys()) {{
    if (!name.startsWith({SNAPSHOT_CACHE!r})) continue;
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


def wait_for_snapshot(page: Page) -> list[str]:
    """The snapshot caches, once the worker has written one (it does so after `ready`)."""
    page.wait_for_function(
        f"""async () => (await caches.keys()).some((name) => name.startsWith({SNAPSHOT_CACHE!r}))
        && (await (await caches.open((await caches.keys()).find((name) =>
            name.startsWith({SNAPSHOT_CACHE!r})))).keys()).length > 0""",
        timeout=BOOT_TIMEOUT_MS,
    )
    return list(page.evaluate(SNAPSHOT_CACHES))


def answers(page: Page) -> None:
    """The engine answers a change of the form with a verdict."""
    page.locator("[data-field='late_payments'] input[value='always']").check()
    expect(page.locator("[data-assessment-result][data-verdict]")).to_have_count(
        1, timeout=BOOT_TIMEOUT_MS
    )


def test_first_visit_keeps_a_snapshot_and_the_second_boots_from_it(
    page: Page, site_url: str
) -> None:
    url = f"{site_url}en/assessment/"
    assert boot(page, url) == "fresh"
    (name,) = wait_for_snapshot(page)
    manifest = page.evaluate(
        "async () => (await fetch('../../assets/runtime/manifest.json')).json()"
    )
    # The site's version names the cache, so a new build never restores an old memory.
    assert name == SNAPSHOT_CACHE + manifest["version"]
    assert boot(page, url) == "snapshot"
    answers(page)


def test_a_corrupt_snapshot_falls_back_to_a_normal_boot(page: Page, site_url: str) -> None:
    url = f"{site_url}en/assessment/"
    boot(page, url)
    wait_for_snapshot(page)
    page.evaluate(CORRUPT)
    assert boot(page, url) == "fresh"
    answers(page)
    # The broken copy was dropped and a good one made in its place.
    wait_for_snapshot(page)
    assert boot(page, url) == "snapshot"


def test_a_snapshot_of_another_version_is_deleted(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}en/")
    stale = SNAPSHOT_CACHE + "0.0.0-stale"
    page.evaluate(
        """async (name) => (await caches.open(name)).put(
            new URL('assets/runtime/snapshot', location.origin + '/'), new Response('old'))""",
        stale,
    )
    assert boot(page, f"{site_url}en/assessment/") == "fresh"
    assert stale not in wait_for_snapshot(page)
    answers(page)
