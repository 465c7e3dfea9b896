"""Browser tests: Debian's Chromium driven by Playwright against the built site on 127.0.0.1.

Every test fails on any request to a host other than the local server, and on any page error.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Request, Route

from scripts.chromium import ARGS as CHROMIUM_ARGS
from scripts.chromium import EXECUTABLE as CHROMIUM
from scripts.serve import serve_in_background
from widgets.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
# Python boots in a few seconds on a fast machine; shared CI machines can take much longer.
BOOT_TIMEOUT_MS = 120_000
# Each language's folder below the site root, from the languages' one declaration.
FOLDERS = {language.code: language.folder for language in LANGUAGES}


def page_url(site_url: str, lang: str, name: str) -> str:
    """The address of one page in one language."""
    return site_url + FOLDERS[lang] + ("" if name == "index" else f"{name}/")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch Debian's Chromium: Playwright's own browser download is not available here."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


# What a build needs from the working tree; installed tools are linked, not copied.
SOURCES = (
    "mkdocs.yml",
    "pyproject.toml",
    "Makefile",
    "README.md",
    "docs",
    # The scoring page works through an example answer file.
    "examples",
    "widgets",
    "macros",
    "hooks",
    "overrides",
    "scripts",
    "requirements",
    "package.json",
    "package-lock.json",
)
LINKED = (".venv", ".venv-pyodide", "node_modules", ".cache")


def throwaway_copy(clone: Path) -> Path:
    """The project's sources copied into ``clone`` (times kept, so make rebuilds nothing it
    need not), its installed tools linked."""
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, clone / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, clone / name)
    for name in LINKED:
        (clone / name).symlink_to(ROOT / name)
    return clone


def run(*command: str, cwd: Path, own_engine: bool = False) -> None:
    """Run a command in a throwaway copy, failing the test with its output.

    With ``own_engine``, Python imports the copy's engine rather than the working tree's, which
    the linked virtual environment installs (in editable mode).
    """
    env = {**os.environ, "PYTHONPATH": str(cwd)} if own_engine else None
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"


def serve(root: Path) -> Iterator[str]:
    """Serve a folder on a free local port for as long as the caller needs it."""
    if not (root / "index.html").is_file():
        pytest.fail(f"{root} holds no built site: run `make build` first")
    server, url = serve_in_background(root)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    """The built site (make build), served like GitHub Pages serves it."""
    yield from serve(SITE)


class Traffic:
    """Every request a page and its workers make, and those that left the local server."""

    def __init__(self, local: str) -> None:
        self.local = local
        self.seen: list[str] = []
        self.foreign: list[str] = []

    def record(self, request: Request) -> None:
        """Note one request; anything not on the local server is a failure."""
        self.seen.append(request.url)
        if not request.url.startswith(self.local):
            self.foreign.append(request.url)

    def refuse(self, route: Route) -> None:
        """Never let a request leave the machine, even while the test goes on."""
        self.foreign.append(route.request.url)
        route.abort()


def guard(context: BrowserContext, local: str) -> Traffic:
    """Record every request of a context and refuse those to any other host."""
    traffic = Traffic(local)
    context.on("request", traffic.record)
    context.route(re.compile(rf"^(?!{re.escape(local)}).*"), traffic.refuse)
    return traffic


@pytest.fixture
def traffic(context: BrowserContext, site_url: str) -> Iterator[Traffic]:
    """The request log of the test's browser context; the test fails on a foreign request."""
    log = guard(context, site_url)
    yield log
    assert log.foreign == [], f"requests left the local server: {log.foreign}"


def watch(page: Page) -> list[str]:
    """Collect the page's uncaught errors and Content-Security-Policy violations."""
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "console",
        lambda message: (
            problems.append(f"CSP: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return problems


@pytest.fixture
def page(context: BrowserContext, traffic: Traffic) -> Iterator[Page]:
    """A page whose uncaught errors and CSP violations fail the test."""
    page = context.new_page()
    page.set_default_timeout(30_000)
    problems = watch(page)
    yield page
    assert problems == []
