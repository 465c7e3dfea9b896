"""A request held at the browser's edge until the test lets it go: the engine's worker (Python
has not started) or a tool's module (its script has not arrived), so that what the reader does
meanwhile happens in a known order, not a lucky one."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, Route

from tests.browser.conftest import BOOT_TIMEOUT_MS

# The worker, in the runtime's versioned folder (hooks/runtime_assets.py).
WORKER = "**/assets/runtime/*/worker.mjs"


class Gate:
    """Requests for ``pattern``, held while ``holding``."""

    def __init__(self, context: BrowserContext, pattern: str = WORKER) -> None:
        self.pattern = pattern
        self.holding = True
        self.held: list[Route] = []
        context.route(pattern, self.arrive)

    def arrive(self, route: Route) -> None:
        if self.holding:
            self.held.append(route)
        else:
            route.continue_()

    def wait(self, page: Page) -> None:
        """Until the page has asked for it and been made to wait."""
        waited = 0
        while not self.held:  # the request, kept waiting until the test lets it go
            assert waited < BOOT_TIMEOUT_MS, f"the page never asked for {self.pattern}"
            page.wait_for_timeout(50)
            waited += 50

    def release(self) -> None:
        """Let every held request through, and the next ones."""
        self.holding = False
        for route in self.held:
            route.continue_()
        self.held.clear()
