"""Every page of the built site carries its policies first thing in its <head>.

Read from the files the build wrote, every one of them (both languages, the 404 page, the
printable playbook): the Content-Security-Policy, whose script hashes are those of the page's
own inline scripts and which lets no form submit, then the referrer policy; and every form of
the page is one the browser never sends (method="dialog", no address: hooks/forms.py).
"""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.browser.conftest import SITE


class Page(HTMLParser):
    """The elements of <head> in order, and the text of every inline script that runs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.head: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.forms: list[dict[str, str | None]] = []
        self._in_head = False
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note head elements; start collecting an inline script that runs."""
        attributes = dict(attrs)
        if tag == "form":
            self.forms.append(attributes)
        if tag == "head":
            self._in_head = True
        elif self._in_head:
            self.head.append((tag, attributes))
        runs = "src" not in attributes and attributes.get("type") not in {
            "application/json",
            "application/ld+json",
        }
        if tag == "script" and runs:
            self._script = []

    def handle_endtag(self, tag: str) -> None:
        """Close <head> and inline scripts."""
        if tag == "head":
            self._in_head = False
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data: str) -> None:
        """Script text, exactly as written."""
        if self._script is not None:
            self._script.append(data)


def parse(path: Path) -> Page:
    """The page's head and inline scripts."""
    page = Page()
    page.feed(path.read_text("utf-8"))
    return page


PAGES = sorted(SITE.rglob("*.html"))


def test_the_whole_site_is_checked() -> None:
    """Both languages, the 404 page and the tools are among the pages read below."""
    names = {path.relative_to(SITE).as_posix() for path in PAGES}
    assert {"index.html", "en/index.html", "404.html", "en/assessment/index.html"} <= names
    assert len(PAGES) >= 20
    # The tools' forms are among the forms checked (the theme's search form is on every page).
    assert len(parse(SITE / "en" / "assessment" / "index.html").forms) >= 2


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.relative_to(SITE).as_posix())
def test_every_page_carries_its_policies_and_no_form_that_sends(path: Path) -> None:
    page = parse(path)
    (csp_tag, csp), (referrer_tag, referrer) = page.head[:2]
    assert (csp_tag, csp["http-equiv"]) == ("meta", "Content-Security-Policy")
    assert (referrer_tag, referrer) == ("meta", {"name": "referrer", "content": "no-referrer"})
    assert sum(attrs.get("http-equiv") == "Content-Security-Policy" for _, attrs in page.head) == 1
    policy = dict(part.split(" ", 1) for part in str(csp["content"]).split("; "))
    assert policy["form-action"] == "'none'"
    assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
    assert "unsafe-inline" not in csp["content"] and "'unsafe-eval'" not in str(csp["content"])
    assert "http" not in str(csp["content"])
    allowed = set(policy["script-src"].split()) - {"'self'", "'wasm-unsafe-eval'"}
    digests = (hashlib.sha256(script.encode("utf-8")).digest() for script in page.scripts)
    assert allowed == {f"'sha256-{base64.b64encode(digest).decode()}'" for digest in digests}
    for form in page.forms:
        assert form.get("method") == "dialog", form
        assert not {"action", "target"} & set(form), form
