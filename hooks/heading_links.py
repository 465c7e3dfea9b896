"""The title of the link beside each heading, in the page's language.

Markdown's ``toc`` extension takes one ``permalink_title`` for the whole site; MkDocs builds
each page with the extension settings of the moment, so this sets the one of the language
being built before each page is rendered.
"""

from __future__ import annotations

from typing import Any

from widgets.i18n import check_lang, t


# Before the page's Markdown is rendered with config.mdx_configs.
def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    lang = check_lang(str(config.theme["language"]))
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = t(lang, "site.heading_link")
    return markdown
