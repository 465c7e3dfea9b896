"""One search index per language, beside the theme's index of the whole site.

The i18n plugin gathers every language's pages into one ``search/search_index.json``, so a
reader searching from an English page would get French pages too. This writes
``search/search_index.<lang>.json`` with one language's pages and that language's stemmer;
``overrides/assets/playbook/search-language.js`` points each page's search at its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority
from page_links import LANGUAGE_FOLDERS


def in_language(location: str, lang: str) -> bool:
    """True when a search entry's location is a page of ``lang``."""
    own = LANGUAGE_FOLDERS[lang]
    nested = [f for f in LANGUAGE_FOLDERS.values() if f != own and f.startswith(own)]
    return location.startswith(own) and not any(location.startswith(f) for f in nested)


def split(index: dict[str, Any], lang: str) -> dict[str, Any]:
    """The part of the whole site's index that holds ``lang``'s pages."""
    return {
        **index,
        "config": {**index["config"], "lang": [lang]},
        "docs": [doc for doc in index["docs"] if in_language(doc["location"], lang)],
    }


# After the i18n plugin (priority -100) has built every language and written the whole index:
# its first pass builds the others inside its own post-build step, flagged as `building`.
@event_priority(-200)
def on_post_build(config: Any) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    folder = Path(config.site_dir) / "search"
    index = json.loads((folder / "search_index.json").read_text("utf-8"))
    for lang in LANGUAGE_FOLDERS:
        text = json.dumps(split(index, lang), ensure_ascii=False, separators=(",", ":"))
        (folder / f"search_index.{lang}.json").write_text(text, "utf-8")
