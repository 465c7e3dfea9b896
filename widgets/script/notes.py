"""The notes at the end of the letter, for the sender, by where the business is.

The same points in every language, each citing the rule it rests on: for a business in
France, French law (each note names its article and code); elsewhere, the generic
equivalent. The "Before you announce" section of Part 2 says the same, at more length.
"""

from __future__ import annotations

from widgets.i18n import t
from widgets.script.inputs import Country

NOTE_IDS: dict[Country, tuple[str, ...]] = {
    "france": (
        "send",
        "contract",
        "established",
        "money",
        "files",
        "data",
        "referral",
        "advice",
    ),
    "elsewhere": (
        "send",
        "contract",
        "notice",
        "money",
        "files",
        "data",
        "referral",
        "advice",
    ),
}


def letter_notes(lang: str, country: Country) -> list[str]:
    """The notes for a business in ``country``, in ``lang``, in reading order."""
    return [t(lang, f"script.notes.{country}.{note}") for note in NOTE_IDS[country]]


def notes_heading(lang: str, country: Country) -> str:
    """The line above the notes, which says whose law they follow."""
    return t(lang, f"script.notes.{country}.heading")
