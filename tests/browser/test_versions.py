"""Versions: `make deploy` twice into a throwaway clone, then switch versions in the browser."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import guard, serve

ROOT = Path(__file__).resolve().parents[2]
# What a deployment needs from the working tree; installed tools are linked, not copied.
SOURCES = (
    "mkdocs.yml",
    "pyproject.toml",
    "Makefile",
    "README.md",
    "docs",
    "widgets",
    "macros",
    "hooks",
    "overrides",
    "scripts",
    "requirements",
    "package.json",
    "package-lock.json",
)
LINKED = (".venv", "node_modules", ".cache")


def run(*command: str, cwd: Path) -> None:
    """Run a command in the throwaway clone, failing the test with its output."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="session")
def pages_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Versions 1.0 and 1.1 deployed with `make deploy`, served as GitHub Pages serves gh-pages."""
    clone = tmp_path_factory.mktemp("clone")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, clone / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, clone / name)
    for name in LINKED:
        (clone / name).symlink_to(ROOT / name)
    run("git", "init", "--quiet", "--initial-branch=main", cwd=clone)
    run(
        "git",
        "-c",
        "user.name=Playbook",
        "-c",
        "user.email=playbook@localhost",
        "add",
        "-A",
        cwd=clone,
    )
    run(
        "git",
        "-c",
        "user.name=Playbook",
        "-c",
        "user.email=playbook@localhost",
        "commit",
        "--quiet",
        "-m",
        "Playbook",
        cwd=clone,
    )
    for version in ("1.0", "1.1"):
        run("make", "--no-print-directory", "deploy", f"VERSION={version}", cwd=clone)
    served = tmp_path_factory.mktemp("gh-pages")
    archive = subprocess.run(
        ["git", "archive", "gh-pages"], cwd=clone, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(served)], input=archive, check=True)
    yield from serve(served)


@pytest.fixture
def versioned_page(context: BrowserContext, pages_url: str) -> Iterator[Page]:
    """A page on the deployed branch; foreign requests and page errors fail the test."""
    traffic = guard(context, pages_url)
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert traffic.foreign == [], traffic.foreign
    assert errors == [], errors


def test_root_goes_to_the_latest_version(versioned_page: Page, pages_url: str) -> None:
    """The branch's root redirects to the default version, latest."""
    versioned_page.goto(pages_url)
    expect(versioned_page).to_have_url(pages_url + "latest/")


@pytest.mark.parametrize("lang_folder", ["", "en/"])
def test_switching_version_keeps_page_and_language(
    versioned_page: Page, pages_url: str, lang_folder: str
) -> None:
    """Choosing another version lands on the same page, in the same language."""
    versioned_page.goto(f"{pages_url}1.0/{lang_folder}decide/")
    selector = versioned_page.locator(".md-version")
    expect(selector).to_be_visible()
    selector.hover()
    versioned_page.locator(".md-version__link", has_text="1.1").click()
    expect(versioned_page).to_have_url(f"{pages_url}1.1/{lang_folder}decide/")
