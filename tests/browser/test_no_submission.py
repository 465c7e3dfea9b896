"""Nothing the reader types leaves the page by a form: no form of a tool page submits, whether
its script is off, missing or there, whatever the reader presses.

The page's policy (``form-action``) is a second wall; these tests stand without it, as a host
that sends no policy, or a browser that ignores it, would leave the forms on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Request, expect

from tests.browser.conftest import FOLDERS, SITE, Traffic, guard
from widgets.i18n import LANGS

MARKER = "Marker-5e1d0c"
# Controls a reader can type into, and every other control Enter can be pressed in.
TYPING = (
    "input[type=text], input[type=search], input[type=email], input[type=url], input[type=tel],"
    " input[type=number], input:not([type]), textarea"
)
CONTROLS = "input:not([type=hidden]):not([type=file]), textarea"
BUTTONS = (
    "button, input[type=submit], input[type=button], input[type=image], input[type=reset],"
    " [role=button]"
)
# Without a script: off in the browser; or on, with the tools' modules refused (a module that
# failed, or one still loading); or on, with every module there.
Mode = Literal["javascript-off", "modules-missing", "modules-loaded"]
MODES: tuple[Mode, ...] = ("javascript-off", "modules-missing", "modules-loaded")
TOOL_MODULES = re.compile(
    r".*/assets/widgets/(?!app\.mjs|languages\.mjs|versions\.mjs)[\w-]+\.mjs$"
)


def tool_pages(lang: str) -> list[str]:
    """The built pages of one language that hold a tool, as paths below the site's root."""
    root = SITE / FOLDERS[lang] if FOLDERS[lang] else SITE
    others = {SITE / folder for folder in FOLDERS.values() if folder} - {root}
    found = []
    for path in sorted(root.rglob("index.html")):
        if any(other in path.parents for other in others) or "assets" in path.parts:
            continue
        if "data-playbook-widget" in path.read_text("utf-8"):
            found.append(path.parent.relative_to(SITE).as_posix() + "/")
    return [("" if page == "./" else page) for page in found]


class Sent:
    """Every request after a page's first load that carries the marker or submits a form."""

    def __init__(self) -> None:
        self.loaded = False
        self.faults: list[str] = []

    def record(self, request: Request) -> None:
        """A form sent is a navigation after the page's load with a query or a body (a search
        result followed is not one); any request with the marker is a fault."""
        if MARKER.lower() in (request.url + (request.post_data or "")).lower():
            self.faults.append(f"the marker left in {request.method} {request.url}")
        elif (
            self.loaded
            and request.is_navigation_request()
            and ("?" in request.url or request.method != "GET")
        ):
            self.faults.append(f"a form was sent: {request.method} {request.url}")


def visible(locator: Locator) -> list[Locator]:
    """The elements of ``locator`` a reader can see."""
    return [item for item in locator.all() if item.is_visible()]


def open_tool(page: Page, url: str, sent: Sent, mode: Mode) -> None:
    """Open a tool page, its script in the given state, and type the marker everywhere."""
    sent.loaded = False
    page.goto(url)
    if mode == "modules-loaded":
        # Each tool's module marks its shell with the runtime's stage once it is bound.
        expect(page.locator("[data-playbook-widget]:not([data-runtime])")).to_have_count(0)
    sent.loaded = True
    for field in visible(page.locator(TYPING)):
        if field.is_editable():
            field.fill(MARKER)


def press_and_click_everything(page: Page, url: str, sent: Sent, mode: Mode) -> None:
    """Enter in every control and a click on every button, each on a page full of the marker."""
    open_tool(page, url, sent, mode)

    def after(action: str) -> None:
        # The theme's anchor tracking writes the section read into the fragment.
        address = page.url.split("#")[0]
        if MARKER.lower() in page.url.lower() or "?" in address:
            sent.faults.append(f"{action} left the page for {page.url}")
        if address != url:
            open_tool(page, url, sent, mode)

    for index in range(page.locator(CONTROLS).count()):
        control = page.locator(CONTROLS).nth(index)
        if control.is_visible() and control.is_enabled():
            name = control.get_attribute("id") or control.get_attribute("name") or str(index)
            control.press("Enter")
            # Closes what Enter may have opened (the theme's search results) over the page.
            page.keyboard.press("Escape")
            after(f"Enter in {name}")
    for index in range(page.locator(BUTTONS).count()):
        button = page.locator(BUTTONS).nth(index)
        if button.is_visible():
            name = button.inner_text().strip() or str(index)
            # A click event, as a pointer or a key would send it; a button turned off ignores
            # it as it ignores them. (A pointer could land on the theme's search results.)
            button.dispatch_event("click")
            after(f"a click on {name!r}")


Open = Callable[[Mode], tuple[BrowserContext, Sent]]


@pytest.fixture
def opened(browser: Browser, site_url: str) -> Iterator[Open]:
    """Browser contexts in a mode, whose requests are searched for the marker; each fails the
    test on a request to another host."""
    made: list[tuple[BrowserContext, Traffic]] = []

    def make(mode: Mode) -> tuple[BrowserContext, Sent]:
        context = browser.new_context(java_script_enabled=mode != "javascript-off")
        made.append((context, guard(context, site_url)))
        if mode == "modules-missing":
            context.route(TOOL_MODULES, lambda route: route.abort())
        sent = Sent()
        context.on("request", sent.record)
        return context, sent

    yield make
    for context, traffic in made:
        context.close()
        assert traffic.foreign == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", LANGS)
def test_no_tool_page_sends_what_was_typed(
    opened: Open, site_url: str, lang: str, mode: Mode
) -> None:
    """The marker typed in every field, Enter pressed in each, every button clicked: no request
    and no address holds it, and no form is sent."""
    pages = tool_pages(lang)
    assert len(pages) >= 3, f"no tool pages found in {SITE}: run `make build` first"
    context, sent = opened(mode)
    page = context.new_page()
    page.set_default_timeout(30_000)
    for path in pages:
        press_and_click_everything(page, site_url + path, sent, mode)
    assert sent.faults == [], "\n".join(sent.faults)


def test_the_tool_pages_are_found() -> None:
    """Positive control: the pages searched are the tools' (by their shells' names)."""
    for lang in LANGS:
        texts = [Path(SITE / page / "index.html").read_text("utf-8") for page in tool_pages(lang)]
        for tool in ("assessment", "script", "deal-breakers"):
            assert any(f'data-playbook-widget="{tool}"' in text for text in texts), (lang, tool)
