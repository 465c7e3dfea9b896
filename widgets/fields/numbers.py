"""Numbers as people type them in forms, and as each language writes them.

One parser for every tool, and one writer per language, driven by the ``format`` table of the
language's catalogue: thousands and decimal separators, the percent sign, the plural rule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from widgets.i18n import t

# Spaces people put between thousands: plain, no-break, narrow no-break and thin.
_SPACES = re.compile("[ \u00a0\u202f\u2009]")
_DIGITS = re.compile(r"[0-9]+")
_THOUSANDS_ONLY = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")

# When a count takes the singular noun, by the rule a catalogue names in ``format.plural``.
PLURAL_RULES: dict[str, Callable[[float], bool]] = {
    # French: 0, 1 and 1.5 take the singular ("1,5 an").
    "one-below-two": lambda count: count < 2,
    # English: only exactly one does ("1.5 years").
    "one-for-one": lambda count: count == 1,
}


def parse_number_text(text: str) -> float | None:
    """The number in ``text`` ("1 200,50", "1.5", "-3"), or None when it is not one; digits
    beyond a float's range read as an infinity.

    Spaces group thousands. A comma or a dot is the decimal separator, except where it
    can only group thousands: when repeated ("1.000.000"), when the other one follows
    ("1,200.50"), or when it follows 1 to 3 digits, the first not 0, and precedes exactly 3
    ("1,200" or "1.200" is 1200, as amounts rarely have three decimals).
    """
    body = _SPACES.sub("", text.strip())
    sign = -1.0 if body.startswith("-") else 1.0
    body = body.removeprefix("-") if sign < 0 else body.removeprefix("+")
    separators = [char for char in body if char in ",."]
    decimal: str | None = None
    thousands: str | None = None
    if len(separators) == 1:
        decimal = separators[0]
        if _THOUSANDS_ONLY.fullmatch(body):
            decimal, thousands = None, separators[0]
    elif separators:
        last = separators[-1]
        if all(char == last for char in separators):
            thousands = last
        elif all(char != last for char in separators[:-1]):
            decimal, thousands = last, separators[0]
        else:
            return None
    whole, _, fraction = body.rpartition(decimal) if decimal else (body, "", "")
    if thousands:
        groups = whole.split(thousands)
        if not 1 <= len(groups[0]) <= 3 or any(len(group) != 3 for group in groups[1:]):
            return None
        whole = "".join(groups)
    if decimal and not whole:
        whole = "0"
    if not _DIGITS.fullmatch(whole) or (decimal and not _DIGITS.fullmatch(fraction)):
        return None
    # Digits beyond a float's range give an infinity, which the field's bounds refuse as too
    # large rather than as not a number.
    return sign * float(f"{whole}.{fraction}" if decimal else whole)


def _localized(lang: str, text: str) -> str:
    """Python's "1,234.5" with the separators of ``lang``."""
    thousands = t(lang, "format.thousands")
    decimal = t(lang, "format.decimal")
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_number(lang: str, value: float, decimals: int = 2) -> str:
    """``value`` written the way ``lang`` writes numbers, without trailing zero decimals."""
    if isinstance(value, int) and not isinstance(value, bool):
        # Exact, whatever its size: a whole number never goes through a float.
        return _localized(lang, f"{value:,}")
    rounded = round(value, decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    places = 0 if math.isclose(rounded, round(rounded)) else decimals
    return _localized(lang, f"{rounded:,.{places}f}")


def format_percent(lang: str, value: float) -> str:
    """A percentage (0-100 scale) written the way ``lang`` writes it."""
    return t(lang, "format.percent", value=format_number(lang, value, 1))


def format_count(lang: str, count: float, noun: str) -> str:
    """``count`` and the noun ``<noun>_one`` or ``<noun>_other`` that goes with it."""
    singular = PLURAL_RULES[t(lang, "format.plural")](count)
    word = t(lang, f"{noun}_{'one' if singular else 'other'}")
    return f"{format_number(lang, count, 1)}\u00a0{word}"
