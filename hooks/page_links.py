"""Links that must hold across languages and versions: the site root and the language switcher.

The languages come from their one declaration (``widgets/languages.py``). Every language
folder has the same file names, so the other language of a page is the same path under the
other language's folder. Links are made relative to the page, so they keep working under any
version folder (``/1.0/``, ``/latest/``) and any hosting prefix.
"""

from __future__ import annotations

import json
import os
from typing import Any

from widgets.i18n import t
from widgets.languages import LANGUAGES, page_data

# Each language's folder under the site root; the i18n plugin prefixes page URLs with it.
LANGUAGE_FOLDERS = {language.code: language.folder for language in LANGUAGES}
NAMES = {language.code: language.name for language in LANGUAGES}


# The path from a page to the site root (which holds every language), e.g. "../../".
def site_root(page_url: str) -> str:
    return "../" * page_url.count("/") or "./"


# The page's path with its language folder taken off: the same in every language.
def shared_path(page_url: str, language: str) -> str:
    return page_url.removeprefix(LANGUAGE_FOLDERS[language])


# The page's twin in each language, relative to the page itself.
def alternates(page_url: str, language: str) -> list[dict[str, str]]:
    root, path = site_root(page_url), shared_path(page_url, language)
    return [
        {"lang": lang, "name": NAMES[lang], "link": root + folder + path}
        for lang, folder in LANGUAGE_FOLDERS.items()
    ]


# The 404 page's words in every language, each with its home page from the site root.
def not_found(root: str) -> list[dict[str, str]]:
    return [
        {
            "lang": language.code,
            "home": root + language.folder,
            **{key: t(language.code, f"site.not_found.{key}") for key in ("title", "text")},
            "home_text": t(language.code, "site.not_found.home"),
        }
        for language in LANGUAGES
    ]


# The language of the pass being built (the i18n plugin sets theme.language per pass).
def _language(config: Any) -> str:
    return str(config.theme["language"])


# mike sets this while it builds a version: only then is there a versions.json to read.
VERSIONED = bool(os.environ.get("MIKE_DOCS_VERSION"))
# What the browser modules read of the languages (overrides/main.html puts it in a <meta>).
PAGE_LANGUAGES = json.dumps(page_data(), separators=(",", ":"))


# Without versions, drop the selector rather than let it request a versions.json that is absent.
def on_config(config: Any) -> Any:
    if not VERSIONED:
        config.extra.pop("version", None)
    return config


# Static templates (the 404 page) have no page: their base is the path of site_url, to which
# mike appends the version without a final slash; the theme's scripts need that slash.
def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    context["base_url"] = str(context.get("base_url", ".")).rstrip("/") + "/"
    context.setdefault("playbook_root", context["base_url"])
    context.setdefault("playbook_lang", _language(config))
    context.setdefault("playbook_alternates", [])
    context.setdefault("playbook_versioned", VERSIONED)
    context.setdefault("playbook_languages", PAGE_LANGUAGES)
    context.setdefault("playbook_not_found", not_found(context["playbook_root"]))
    return context


# Expose the site root and this page's twins to the templates (overrides/partials/alternate.html).
def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    context["playbook_root"] = site_root(page.url)
    context["playbook_lang"] = _language(config)
    context["playbook_versioned"] = VERSIONED
    context["playbook_languages"] = PAGE_LANGUAGES
    context["playbook_alternates"] = alternates(page.url, _language(config))
    return context
