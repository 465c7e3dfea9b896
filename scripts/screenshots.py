"""Every page of the built site as a reader sees it, and one contact sheet per language.

    python -m scripts.screenshots [PAGE ...] [--lang LANG] [--only PATTERN] [--out DIR]

``make screenshots`` (``make screenshots PAGES="assessment script"`` for some pages only) serves
``site/``, opens each page in every language of ``widgets/languages.py`` in Debian's Chromium,
on a wide screen and a phone, in the light and the dark scheme, plus each tool with a result and
with an error, and writes:

- ``screenshots/<lang>/<page>--<screen>-<scheme>.png``: one full-page picture each;
- ``screenshots/contact-sheet-<lang>.png``: every picture of one language on one sheet.

PAGE is a page's file name without ``.md`` (``assessment``, ``index``...), or ``404``; a tool's
page brings its states with a result and with an error. Run ``make build`` first. The pictures
are for people to look at, never for git: ``screenshots/`` is ignored.

Tool pages are taken once Python is ready in them, so the status line shows its final words.
Nothing leaves the machine: any request to another host is refused and reported.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect, sync_playwright

from scripts.chromium import ARGS as CHROMIUM_ARGS
from scripts.chromium import EXECUTABLE as CHROMIUM
from scripts.serve import serve_in_background
from widgets.i18n import t
from widgets.languages import DEFAULT_LANG, LANGS, LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
DOCS = ROOT / "docs"
OUT = ROOT / "screenshots"
EXAMPLE = ROOT / "examples" / "assessment" / "exit.json"
LANGUAGE_FOLDERS: dict[str, str] = {language.code: language.folder for language in LANGUAGES}
SCREENS = {"wide": (1440, 900), "phone": (390, 844)}
SCHEMES = ("light", "dark")
# Booting Python on a loaded machine can take long; a picture without its result is no picture.
READY_TIMEOUT_MS = 180_000
# A picture on the contact sheet: wide screens and phones side by side, the top of long pages.
THUMB_WIDTH = {"wide": 220, "phone": 84}
THUMB_MAX_HEIGHT = 420


@dataclass(frozen=True)
class Shot:
    """One state of one page: its name on the sheet, its address and how to reach the state."""

    name: str
    path: str
    prepare: Callable[[Page, str], None] | None = None


def page_names() -> list[str]:
    """The pages of the playbook, the home page first, by the names their files share."""
    names = sorted(p.stem for p in (DOCS / DEFAULT_LANG).glob("*.md"))
    names.remove("index")
    return ["index", *names]


def page_path(name: str) -> str:
    """The address of a page below its language folder."""
    return "" if name == "index" else f"{name}/"


def encode(data: dict[str, Any]) -> str:
    """Data as the tools' links carry it: base64url JSON without padding."""
    raw = json.dumps(data).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def wait_for_python(page: Page) -> None:
    """Wait until no tool on the page is still loading Python.

    A tool that starts Python on its own (when the page is idle) is taken once it is ready; one
    that waits for the reader's first interaction is taken as the reader first sees it.
    """
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        """() => [...document.querySelectorAll("[data-playbook-widget]")].every(
            (shell) => !["runtime", "engine"].includes(shell.dataset.runtime))""",
        timeout=READY_TIMEOUT_MS,
    )


def assessment_error(page: Page, lang: str) -> None:
    """Type a word where the assessment expects an amount."""
    field = page.locator("#assessment-form").get_by_label(
        t(lang, "assessment.fields.annual_revenue.label"), exact=True
    )
    field.fill("beaucoup" if lang == "fr" else "plenty")
    field.blur()
    expect(page.locator("#assessment-annual_revenue-error")).not_to_be_empty(
        timeout=READY_TIMEOUT_MS
    )


def assessment_result(page: Page, lang: str) -> None:
    """Wait for the verdict of the example answers the link carries."""
    expect(page.locator("[data-assessment-result] h2")).to_be_visible(timeout=READY_TIMEOUT_MS)


# A reason of the reader's own that blames the client, for the blame check to flag.
BLAMING_REASON = {
    "fr": "Vous êtes toujours en retard.",
    "en": "I am tired of your constant demands.",
}


def script_result(page: Page, lang: str) -> None:
    """Wait for the script prefilled from the example assessment, then add a reason of one's
    own that blames the client and wait for the check to flag it with a rewording."""
    expect(page.locator("[data-script-output]")).to_contain_text(
        t(lang, "script.sections.decision"), timeout=READY_TIMEOUT_MS
    )
    page.get_by_label(t(lang, "script.fields.own_reasons.label"), exact=True).fill(
        BLAMING_REASON.get(lang, BLAMING_REASON["en"])
    )
    expect(page.locator("[data-script-blame-list] li").first).to_be_visible(
        timeout=READY_TIMEOUT_MS
    )


def script_error(page: Page, lang: str) -> None:
    """Type a word where the generator expects a number of years."""
    years = page.get_by_label(t(lang, "script.fields.relationship_years.label"), exact=True)
    years.fill("dix" if lang == "fr" else "ten")
    expect(years).to_have_attribute("aria-invalid", "true", timeout=READY_TIMEOUT_MS)


def deal_breakers_result(page: Page, lang: str) -> None:
    """Tick two common behaviours and add one of the reader's own."""
    checks = page.locator("[data-dealbreakers-form] input[type=checkbox]")
    checks.nth(0).check()
    checks.nth(3).check()
    page.get_by_label(t(lang, "dealbreakers.own.label"), exact=True).fill(
        "Des appels le dimanche" if lang == "fr" else "Calls on Sundays"
    )
    page.get_by_role("button", name=t(lang, "dealbreakers.ui.add"), exact=True).click()
    expect(page.locator("[data-dealbreakers-list] li")).to_have_count(3)


def deal_breakers_error(page: Page, lang: str) -> None:
    """Ask to add an empty behaviour."""
    page.get_by_role("button", name=t(lang, "dealbreakers.ui.add"), exact=True).click()
    expect(page.locator("#dealbreakers-own-error")).to_be_visible()


def shots() -> list[Shot]:
    """Every page, then each tool with a result and with an error."""
    answers = json.loads(EXAMPLE.read_text("utf-8"))
    return [
        *(Shot(name, page_path(name)) for name in page_names()),
        Shot("404", "no-such-page/"),
        Shot("assessment--result", f"assessment/#answers={encode(answers)}", assessment_result),
        Shot("assessment--error", "assessment/", assessment_error),
        Shot("script--result", f"script/#assessment={encode(answers)}", script_result),
        Shot("script--error", "script/", script_error),
        Shot("deal-breakers--result", "deal-breakers/", deal_breakers_result),
        Shot("deal-breakers--error", "deal-breakers/", deal_breakers_error),
    ]


def take(pages: dict[str, Page], base: str, lang: str, shot: Shot, folder: Path) -> Iterator[Path]:
    """Open one page state in each scheme and take it on every screen.

    Each scheme has its own browser context, as a reader's preference is: the theme reads it
    once, on load, and a change of preference afterwards races with its own palette script.
    """
    for scheme, page in pages.items():
        page.set_viewport_size(dict(zip(("width", "height"), SCREENS["wide"], strict=True)))
        page.goto(base + LANGUAGE_FOLDERS[lang] + shot.path)
        wait_for_python(page)
        if shot.prepare:
            shot.prepare(page, lang)
            wait_for_python(page)
        for screen, (width, height) in SCREENS.items():
            page.set_viewport_size({"width": width, "height": height})
            # From the top, so the sticky header is drawn where a reader first sees it.
            page.evaluate("window.scrollTo(0, 0)")
            path = folder / f"{shot.name}--{screen}-{scheme}.png"
            page.screenshot(path=str(path), full_page=True, animations="disabled")
            yield path


def contact_sheet(lang: str, pictures: list[Path], page: Page, out: Path) -> Path:
    """One PNG showing every picture of one language, a row per page state."""
    rows: dict[str, list[Path]] = {}
    for picture in pictures:
        rows.setdefault(picture.stem.rsplit("--", 1)[0], []).append(picture)
    cells = []
    for name, row in rows.items():
        images = "".join(
            f'<figure><img src="{p.name}" style="width:{THUMB_WIDTH[screen_of(p)]}px">'
            f"<figcaption>{html.escape(p.stem.rsplit('--', 1)[1])}</figcaption></figure>"
            for p in row
        )
        cells.append(f"<section><h2>{html.escape(name)}</h2><div>{images}</div></section>")
    sheet = pictures[0].parent / "contact-sheet.html"
    sheet.write_text(
        "<!doctype html><meta charset=utf-8><style>"
        "body{font:14px sans-serif;margin:12px;background:#eee;display:flex;flex-wrap:wrap;"
        "gap:16px 24px;align-items:flex-start}h1{width:100%;margin:0}"
        "section{margin:0}h2{margin:0 0 4px;font-size:15px}"
        "div{display:flex;gap:6px;align-items:flex-start}figure{margin:0}"
        f"img{{display:block;max-height:{THUMB_MAX_HEIGHT}px;object-fit:cover;"
        "object-position:top;border:1px solid #999}"
        "figcaption{font-size:12px}</style>"
        f"<h1>{lang}</h1>{''.join(cells)}",
        "utf-8",
    )
    page.set_viewport_size({"width": 1600, "height": 900})
    page.goto(sheet.as_uri())
    page.wait_for_load_state("load")
    sheet_png = out / f"contact-sheet-{lang}.png"
    page.screenshot(path=str(sheet_png), full_page=True)
    return sheet_png


def pictures_of(folder: Path, shot: Shot) -> list[Path]:
    """The pictures of one page state in a folder, in the sheet's order."""
    found = [p for p in folder.glob("*.png") if p.stem.rsplit("--", 1)[0] == shot.name]
    return sorted(found, key=sheet_order)


def sheet_order(picture: Path) -> tuple[int, int]:
    """Wide screen before phone, light before dark, as the sheet shows them."""
    screen, scheme = picture.stem.rsplit("--", 1)[1].split("-", 1)
    return list(SCREENS).index(screen), SCHEMES.index(scheme)


def screen_of(picture: Path) -> str:
    """The screen a picture was taken on, from its file name."""
    return picture.stem.rsplit("--", 1)[1].split("-", 1)[0]


def main(argv: list[str] | None = None) -> int:
    """Take every picture; the exit code is 1 if a page failed or a request left the machine."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.screenshots", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("pages", nargs="*", metavar="PAGE", help="only these pages")
    parser.add_argument("--lang", choices=LANGS, action="append", help="only this language")
    parser.add_argument("--only", help="only the page states whose name matches this pattern")
    parser.add_argument("--out", type=Path, default=OUT, help="where the pictures go")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.pages) - {"404", *page_names()})
    if unknown:
        parser.error(f"no such page: {', '.join(unknown)}")
    if not (SITE / "index.html").is_file():
        print("No built site in site/: run `make build` first.", file=sys.stderr)
        return 1
    server, base = serve_in_background(SITE)
    foreign: list[str] = []
    problems: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

            def refuse(route: Any) -> None:
                foreign.append(route.request.url)
                route.abort()

            pages: dict[str, Page] = {}
            for scheme in SCHEMES:
                context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
                context.route(re.compile(rf"^(?!{re.escape(base)}|file:).*"), refuse)
                pages[scheme] = page = context.new_page()
                page.on("pageerror", lambda error, p=page: problems.append(f"{p.url}: {error}"))
            for lang in args.lang or LANGS:
                folder = args.out / lang
                folder.mkdir(parents=True, exist_ok=True)
                for shot in shots():
                    if args.pages and shot.name.split("--")[0] not in args.pages:
                        continue
                    if args.only and not re.search(args.only, shot.name):
                        continue
                    for old in pictures_of(folder, shot):
                        old.unlink()
                    try:
                        list(take(pages, base, lang, shot, folder))
                    except Exception as error:  # one broken page must not hide the others
                        problems.append(f"{lang}/{shot.name}: {error}")
                    print(f"{lang} {shot.name}", flush=True)
                # The sheet shows every state taken so far, this run's and earlier ones'.
                pictures = [picture for shot in shots() for picture in pictures_of(folder, shot)]
                if pictures:
                    sheet = contact_sheet(lang, pictures, pages["light"], args.out)
                    print(f"Contact sheet: {sheet}")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    for line in [*problems, *(f"refused request: {url}" for url in foreign)]:
        print(line, file=sys.stderr)
    return 1 if problems or foreign else 0


if __name__ == "__main__":
    sys.exit(main())
