"""Numbers, dates and durations written the way each language writes them."""

from __future__ import annotations

import re
from datetime import date

from widgets.i18n import t

# French groups thousands with a narrow no-break space, English with a comma.
_THOUSANDS = {"fr": "\u202f", "en": ","}
_DECIMAL = {"fr": ",", "en": "."}
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


def format_int(number: int, lang: str) -> str:
    """An integer with the language's thousands separator."""
    return f"{number:,}".replace(",", _THOUSANDS[lang])


def format_number(number: float, lang: str) -> str:
    """A number with at most one decimal, without a trailing zero."""
    if float(number).is_integer():
        return format_int(int(number), lang)
    return f"{number:.1f}".rstrip("0").rstrip(".").replace(".", _DECIMAL[lang])


def plural(lang: str, key: str, count: float) -> str:
    """``count`` followed by the singular or plural noun of ``script.units.<key>``."""
    # French treats anything below 2 as singular ("1,5 an"), English only exactly 1.
    singular = count < 2 if lang == "fr" else count == 1
    noun = t(lang, f"script.units.{key}_{'one' if singular else 'other'}")
    return f"{format_number(count, lang)}\u00a0{noun}"


def format_date(day: date, lang: str) -> str:
    """A date in words, as a letter writes it."""
    month = t(lang, f"script.months.m{day.month}")
    number = t(lang, "script.dates.first_day") if day.day == 1 else str(day.day)
    return t(lang, "script.dates.long", day=number, month=month, year=day.year)


def oneline(text: str) -> str:
    """``text`` on one line, so that a reason stays one spoken line or one list item."""
    return _LINE_BREAKS.sub(" ", text).strip()
