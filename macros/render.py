"""Rendering shared by the macros: the page's language and the HTML partials."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from widgets.fields.files import FILE_MAX_BYTES
from widgets.i18n import Lang, catalog, check_lang, t

TEMPLATES = Path(__file__).parent / "templates"


@cache
def _environment() -> Environment:
    """One autoescaping Jinja environment for every partial."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = t
    return env


def page_lang(env: Any) -> Lang:
    """The language of the pass being built (the i18n plugin sets it per pass)."""
    return check_lang(str(env.conf["theme"]["language"]))


def render(template: str, **context: Any) -> str:
    """Render one partial; its output is HTML ready to sit in a Markdown page."""
    return _environment().get_template(template).render(**context)


def shell_messages(lang: str, **tables: Any) -> dict[str, Any]:
    """The words a widget's browser module shows, as its shell carries them (``data-messages``):
    the loading status and the files' limit every shell has, and the widget's own tables."""
    files = {**catalog(lang)["site"]["files"], "max_bytes": FILE_MAX_BYTES}
    return {"status": catalog(lang)["site"]["status"], "files": files, **tables}
