"""Errors that carry a code and values, and say what is wrong in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from widgets.i18n import DEFAULT_LANG, t
from widgets.script.wording import format_int

# Quoting a whole 10,000-character value would drown the message.
QUOTE_MAX_LENGTH = 80


def worded_params(params: Mapping[str, str | int], lang: str) -> dict[str, str]:
    """Values ready for a message: whole numbers with the language's thousands separator."""
    return {
        key: format_int(value, lang) if isinstance(value, int) else value
        for key, value in params.items()
    }


def shown(value: object) -> str:
    """A typed value short enough to quote in a message."""
    text = str(value)
    return text if len(text) <= QUOTE_MAX_LENGTH else text[: QUOTE_MAX_LENGTH - 1] + "…"


class LocalizedError(ValueError):
    """A ValueError whose message comes from the catalogue, under ``prefix``."""

    prefix: ClassVar[str] = ""

    def __init__(self, code: str, **params: str | int) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
        # The bridge sets the reader's language, so a generic handler can word the error.
        self.lang: str = DEFAULT_LANG

    def message(self, lang: str) -> str:
        """The problem in words."""
        return t(lang, f"{self.prefix}.{self.code}", **worded_params(self.params, lang))

    def as_dict(self, lang: str | None = None) -> dict[str, str]:
        """The structured detail the bridge sends back."""
        return {"code": self.code, "message": self.message(lang or self.lang)}
