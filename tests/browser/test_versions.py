"""Release rehearsal: `make deploy` twice into a throwaway clone, served as GitHub Pages would.

Walks every version and language, the root 404 page, the version selector and the widgets.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, guard, run, serve, throwaway_copy, watch
from widgets import __version__
from widgets.languages import LANGUAGES

LANGUAGE_OF = {language.folder: language.code for language in LANGUAGES}
LANGUAGE_FOLDERS = tuple(LANGUAGE_OF)


@pytest.fixture(scope="session")
def pages_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Versions 1.0 and 1.1 deployed with `make deploy`, served as GitHub Pages serves gh-pages."""
    clone = throwaway_copy(tmp_path_factory.mktemp("clone"))
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
        # The linked set-up is taken as done (-o): remade from the clone, it would reinstall
        # the working tree's own environments through the links.
        run(
            "make", "--no-print-directory", "-o", "setup", "deploy", f"VERSION={version}", cwd=clone
        )
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
    page = context.new_page()
    problems = watch(page)
    yield page
    assert traffic.foreign == [], traffic.foreign
    assert problems == []


def test_root_goes_to_the_latest_version(versioned_page: Page, pages_url: str) -> None:
    """The branch's root redirects to the default version, latest."""
    versioned_page.goto(pages_url)
    expect(versioned_page).to_have_url(pages_url + "latest/")


@pytest.mark.parametrize("lang_folder", LANGUAGE_FOLDERS)
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


VERSIONS = ("1.0", "1.1", "latest")


def test_versions_list_names_both_versions_and_the_alias(
    versioned_page: Page, pages_url: str
) -> None:
    """versions.json at the root lists 1.1 (with the latest alias) and 1.0."""
    versioned_page.goto(pages_url + "versions.json")
    versions = versioned_page.evaluate("JSON.parse(document.body.innerText)")
    assert [v["version"] for v in versions] == ["1.1", "1.0"]
    assert versions[0]["aliases"] == ["latest"]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("lang_folder", LANGUAGE_FOLDERS)
def test_every_version_and_language_serves_the_playbook(
    versioned_page: Page, pages_url: str, version: str, lang_folder: str
) -> None:
    """Each version folder serves both languages, styled, with its version selector."""
    for page_name in ("", "decide/", "do-it/"):
        response = versioned_page.goto(f"{pages_url}{version}/{lang_folder}{page_name}")
        assert response is not None and response.status == 200
        expect(versioned_page.locator("html")).to_have_attribute("lang", LANGUAGE_OF[lang_folder])
        expect(versioned_page.locator(".md-version")).to_be_visible()


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("nope/", "Page introuvable"),
        ("1.0/en/nope/", "Page not found"),
        ("latest/x/", "Page introuvable"),
    ],
)
def test_root_404_answers_any_missing_address_in_its_language(
    versioned_page: Page, pages_url: str, path: str, title: str
) -> None:
    """The branch's root 404.html serves every missing address, styled, in the path's language."""
    failed: list[str] = []
    versioned_page.on("requestfailed", lambda request: failed.append(request.url))
    versioned_page.on(
        "response",
        lambda r: failed.append(r.url) if r.status >= 400 and r.url != pages_url + path else None,
    )
    response = versioned_page.goto(pages_url + path)
    assert response is not None and response.status == 404
    expect(versioned_page.get_by_role("heading", name=title)).to_be_visible()
    assert failed == [], f"the 404 page's own assets failed: {failed}"


@pytest.mark.parametrize("version", ["1.0", "latest"])
def test_python_runs_under_each_version_path(
    versioned_page: Page, pages_url: str, version: str
) -> None:
    """The worker boots Pyodide from inside the version folder and answers the page."""
    versioned_page.goto(f"{pages_url}{version}/en/about/")
    expect(versioned_page.locator("[data-field=engine]")).to_have_text(
        __version__, timeout=BOOT_TIMEOUT_MS
    )
