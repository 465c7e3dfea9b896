"""Macros shared by every page: the legal notice and the runtime proof on the about page."""

from __future__ import annotations

from typing import Any

from macros.render import page_lang, render, shell_messages


def register(env: Any) -> None:
    """Add this module's macros to the page environment."""

    @env.macro  # type: ignore[untyped-decorator]
    def legal_notice() -> str:
        """The short notice that sits beside every tool."""
        return render("legal_notice.html", lang=page_lang(env))

    @env.macro  # type: ignore[untyped-decorator]
    def engine_version_widget() -> str:
        """The engine's version, as computed by Python in the reader's browser."""
        lang = page_lang(env)
        return render("engine_version.html", lang=lang, messages=shell_messages(lang))
