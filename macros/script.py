"""Macros of the script pages: the generator's form and the deal-breakers editor."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from macros.render import page_lang, render
from widgets import dealbreakers
from widgets.i18n import LANGS
from widgets.script.inputs import CHANNELS, HANDOVER_ITEMS, TONES
from widgets.script.reasons import REASONS
from widgets.script.reminder import MAX_DAYS, MIN_DAYS

# Two rows cover a main and a fallback provider; the engine drops rows left blank.
REPLACEMENT_ROWS = 2
REMINDER_DEFAULT_DAYS = 30


def form_html(lang: str) -> str:
    """The generator's form shell, its choices taken from the engine."""
    return render(
        "script_form.html",
        lang=lang,
        langs=LANGS,
        channels=CHANNELS,
        tones=TONES,
        reasons=[{"id": item.id, "label": item.label(lang)} for item in REASONS],
        handover=HANDOVER_ITEMS,
        replacement_rows=range(REPLACEMENT_ROWS),
        reminder={"min": MIN_DAYS, "max": MAX_DAYS, "default": REMINDER_DEFAULT_DAYS},
        notice=Markup(render("legal_notice.html", lang=lang)),
    )


def editor_html(lang: str) -> str:
    """The deal-breakers editor shell: the catalogue of behaviours as checkboxes."""
    return render("deal_breakers.html", lang=lang, items=dealbreakers.catalog_items(lang))


def register(env: Any) -> None:
    """Add this module's macros to the page environment."""

    @env.macro  # type: ignore[untyped-decorator]
    def script_form() -> str:
        """The script generator, in the page's language."""
        return form_html(page_lang(env))

    @env.macro  # type: ignore[untyped-decorator]
    def deal_breakers_editor() -> str:
        """The deal-breakers editor, in the page's language."""
        return editor_html(page_lang(env))
