"""The notice given to the client: the reader's own, or one in proportion to the relationship."""

from __future__ import annotations

import math
from dataclasses import dataclass

from widgets.script.inputs import ScriptInputs
from widgets.script.wording import plural

# A common yardstick in French case law on abrupt ends of established relationships.
MONTHS_PER_YEAR = 1
MIN_MONTHS = 1
# Article L442-1, II of the French Commercial Code: eighteen months of notice are enough.
MAX_MONTHS = 18
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class Notice:
    """A notice in days (as the reader set it) or in months (derived from the relationship)."""

    days: int | None = None
    months: int | None = None

    def in_words(self, lang: str) -> str:
        """The duration as the letter writes it."""
        if self.days is not None:
            return plural(lang, "days", self.days)
        return plural(lang, "months", self.months or 0)


def proportional_months(years: float) -> int:
    """About one month per year of relationship, at least one month, at most eighteen."""
    months = math.floor(years * MONTHS_PER_YEAR + 0.5)
    return min(MAX_MONTHS, max(MIN_MONTHS, months))


def notice_for(inputs: ScriptInputs) -> Notice | None:
    """The reader's notice in days, else one in proportion to the relationship, else None."""
    if inputs.notice_days is not None:
        return Notice(days=inputs.notice_days)
    if inputs.relationship_years is not None:
        return Notice(months=proportional_months(inputs.relationship_years))
    return None


def is_short(inputs: ScriptInputs) -> bool:
    """Whether the reader's notice is shorter than the one the relationship suggests."""
    if inputs.notice_days is None or inputs.relationship_years is None:
        return False
    return inputs.notice_days < proportional_months(inputs.relationship_years) * DAYS_PER_MONTH
