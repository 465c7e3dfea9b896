"""The language switcher's links and the site root, as computed at build time."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_hook() -> ModuleType:
    """Import hooks/page_links.py the way MkDocs does: as a file, not a package."""
    path = Path(__file__).parents[2] / "hooks" / "page_links.py"
    spec = importlib.util.spec_from_file_location("page_links", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["page_links"] = module
    spec.loader.exec_module(module)
    return module


hook = load_hook()
NAMES = {"fr": "Français", "en": "English"}


def links(url: str, lang: str) -> dict[str, str]:
    """The switcher's links for a page, by language."""
    return {alt["lang"]: alt["link"] for alt in hook.alternates(url, lang, NAMES)}


def test_site_root_counts_folders() -> None:
    """The root is one level up per folder in the page URL, and ./ at the root."""
    assert hook.site_root("") == "./"
    assert hook.site_root("decide/") == "../"
    assert hook.site_root("en/decide/") == "../../"


def test_french_page_links_to_its_english_twin() -> None:
    """A French page's English link is the same page under en/."""
    assert links("decide/", "fr") == {"fr": "../decide/", "en": "../en/decide/"}


def test_english_page_links_to_its_french_twin() -> None:
    """An English page's French link drops the en/ folder."""
    assert links("en/decide/", "en") == {"fr": "../../decide/", "en": "../../en/decide/"}


def test_home_pages_link_to_each_other() -> None:
    """The home pages link to each other's home."""
    assert links("", "fr") == {"fr": "./", "en": "./en/"}
    assert links("en/", "en") == {"fr": "../", "en": "../en/"}
