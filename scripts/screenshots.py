"""Screenshots of the built site, every page asked for in every language, wide and on a phone.

    python -m scripts.screenshots [PAGE ...] [--out screenshots]

PAGE is a page's file name without ``.md`` (``assessment``, ``index``...); all pages by default.
Run ``make build`` first. The files (``<lang>-<page>-<wide|phone>.png``) are for people to look
at, never for git: ``screenshots/`` is ignored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from scripts.chromium import ARGS, EXECUTABLE
from scripts.serve import serve_in_background
from widgets.languages import DEFAULT_LANG, LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
VIEWPORTS = {"wide": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}


def pages() -> list[str]:
    """Every page of the playbook, by file name."""
    return sorted(path.stem for path in (ROOT / "docs" / DEFAULT_LANG).glob("*.md"))


def main(argv: list[str]) -> int:
    """Take the screenshots; print where each went."""
    parser = argparse.ArgumentParser(prog="python -m scripts.screenshots", description=__doc__)
    parser.add_argument("pages", nargs="*", metavar="PAGE", default=pages())
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    server, url = serve_in_background(ROOT / "site")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=EXECUTABLE, args=ARGS)
            for name, viewport in VIEWPORTS.items():
                page = browser.new_page(viewport=viewport)
                for language in LANGUAGES:
                    for stem in args.pages:
                        page.goto(url + language.folder + ("" if stem == "index" else f"{stem}/"))
                        page.wait_for_load_state("networkidle")
                        shot = args.out / f"{language.code}-{stem}-{name}.png"
                        page.screenshot(path=shot, full_page=True)
                        print(shot)
                page.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
