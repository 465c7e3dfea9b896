"""Macros of the script pages: the generator's form and the deal-breakers editor."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from macros import organisation as org
from macros.render import page_lang, render, shell_messages
from widgets import dealbreakers
from widgets.fields.form import form_table
from widgets.i18n import LANGS, catalog, t
from widgets.script.blame import CATEGORIES
from widgets.script.inputs import SCRIPT
from widgets.script.reminder import REMINDER


def form_html(lang: str, organisation: org.Organisation | None = None) -> str:
    """The generator's form shell, rendered from its table; the script's language is the page's,
    and an internal copy's organisation fills the reader's letterhead and defaults."""
    defaults = {"lang": lang, **(organisation.script_defaults(lang) if organisation else {})}
    return render(
        "script_form.html",
        lang=lang,
        form=form_table(SCRIPT, lang, defaults=defaults),
        reminder=form_table(REMINDER, lang),
        messages=shell_messages(
            lang,
            ui=catalog(lang)["script"]["ui"],
            # The markers of blanks in every language a script may be written in, which the
            # page looks for before printing a document.
            placeholders=sorted(
                {
                    marker
                    for code in LANGS
                    for marker in catalog(code)["script"]["placeholders"].values()
                }
            ),
            # The blame check answers with category ids; the page names them in its language.
            blame_categories={
                category: t(lang, f"script.blame.categories.{category}") for category in CATEGORIES
            },
        ),
        notice=Markup(render("legal_notice.html", lang=lang)),
    )


def editor_html(lang: str) -> str:
    """The deal-breakers editor shell: the catalogue of behaviours as checkboxes."""
    document = {
        "storage": dealbreakers.STORAGE_KEY,
        "format": dealbreakers.FORMAT,
        "version": dealbreakers.VERSION,
    }
    return render(
        "deal_breakers.html",
        lang=lang,
        items=dealbreakers.catalog_items(lang),
        document=document,
        messages=shell_messages(lang, ui=catalog(lang)["dealbreakers"]["ui"]),
    )


def register(env: Any) -> None:
    """Add this module's macros to the page environment."""

    @env.macro  # type: ignore[untyped-decorator]
    def script_form() -> str:
        """The script generator, in the page's language."""
        return form_html(page_lang(env), org.of(env))

    @env.macro  # type: ignore[untyped-decorator]
    def deal_breakers_editor() -> str:
        """The deal-breakers editor, in the page's language."""
        return editor_html(page_lang(env))
