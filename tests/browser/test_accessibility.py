"""Every page, in both languages and both palettes, has no WCAG 2.2 AA violation axe can find."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext

from tests.browser.axe import violations
from tests.browser.conftest import Traffic

DOCS = Path(__file__).parents[2] / "docs"
PAGES = sorted(p.stem for p in (DOCS / "fr").glob("*.md"))
FOLDERS = {"fr": "", "en": "en/"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pages_have_no_accessibility_violation(
    context: BrowserContext, traffic: Traffic, site_url: str, lang: str, scheme: str
) -> None:
    """axe reports nothing on any page of one language in one palette."""
    # Not the CSP-watched page: axe itself applies inline styles while it measures contrast.
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    found = {}
    for name in PAGES:
        page.goto(site_url + FOLDERS[lang] + ("" if name == "index" else f"{name}/"))
        if problems := violations(page):
            found[name] = problems
    assert found == {}
