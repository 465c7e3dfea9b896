"""Dates and durations as a letter writes them; numbers come from ``widgets.fields.numbers``."""

from __future__ import annotations

import re
from datetime import date

from widgets.fields.numbers import format_count
from widgets.i18n import t

_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
# French elides "de" before a vowel sound; an initial h is left alone, as it may be aspirated.
_FRENCH_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")


def plural(lang: str, key: str, count: float) -> str:
    """``count`` followed by the singular or plural noun of ``script.units.<key>``."""
    return format_count(lang, count, f"script.units.{key}")


def format_date(day: date, lang: str) -> str:
    """A date in words, as a letter writes it."""
    month = t(lang, f"script.months.m{day.month}")
    number = t(lang, "script.dates.first_day") if day.day == 1 else str(day.day)
    return t(lang, "script.dates.long", day=number, month=month, year=day.year)


def oneline(text: str) -> str:
    """``text`` on one line, so that a reason stays one spoken line or one list item."""
    return _LINE_BREAKS.sub(" ", text).strip()


def french_of(name: str) -> str:
    """French "de" before ``name``, elided before a vowel: "d'Atelier Martin", "de Patel"."""
    return f"d'{name}" if name[:1].casefold() in _FRENCH_VOWELS else f"de {name}"
