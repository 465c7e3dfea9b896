"""The search index of each language holds that language's pages and stems its words."""

from __future__ import annotations

from tests.docs.build_hooks import load_hook

hook = load_hook("search_languages")
INDEX = {
    "config": {"lang": ["fr", "en"], "separator": "[\\s\\-]+"},
    "docs": [
        {"location": "", "title": "Accueil", "text": ""},
        {"location": "decide/#step-1", "title": "Étape 1", "text": "préavis"},
        {"location": "en/", "title": "Home", "text": ""},
        {"location": "en/decide/#step-1", "title": "Step 1", "text": "notice"},
    ],
}


def test_each_language_keeps_its_own_pages() -> None:
    """French keeps the pages at the root, English those under en/."""
    assert [d["location"] for d in hook.split(INDEX, "fr")["docs"]] == ["", "decide/#step-1"]
    assert [d["location"] for d in hook.split(INDEX, "en")["docs"]] == ["en/", "en/decide/#step-1"]


def test_each_index_stems_its_own_language() -> None:
    """Each index asks the search engine for one language, and keeps the rest of its settings."""
    for lang in ("fr", "en"):
        config = hook.split(INDEX, lang)["config"]
        assert config == {**INDEX["config"], "lang": [lang]}
    assert INDEX["config"]["lang"] == ["fr", "en"]
