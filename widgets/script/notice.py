"""The notice and the end date: the reader's own notice, or one in proportion to the
relationship, counted from the day the letter is sent.

French law (Code civil, art. 1211) ends an open-ended contract with the notice it sets or,
failing one, a reasonable notice; for an established commercial relationship, Code de
commerce art. L442-1, II asks for a written notice that takes account notably of the
relationship's length, and eighteen months are always enough. About one month per year of
relationship is a yardstick from case law, not a rule: the generator proposes it when the
reader sets no notice, and warns when the reader's notice falls short of it.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, timedelta

from widgets.script.inputs import ScriptInputs
from widgets.script.wording import plural

# The case-law yardstick: about one month of notice per year of relationship.
MONTHS_PER_YEAR = 1
MIN_MONTHS = 1
# Code de commerce art. L442-1, II: no liability for too short a notice after eighteen months.
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

    def ends(self, start: date) -> date | None:
        """The day the notice ends when it starts on ``start``; None beyond the calendar."""
        try:
            if self.days is not None:
                return start + timedelta(days=self.days)
            return add_months(start, self.months or 0)
        except OverflowError:
            return None


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole calendar months, on the month's last day when it is shorter
    (31 January plus one month is the end of February). OverflowError past year 9999."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    if not date.min.year <= year <= date.max.year:
        raise OverflowError("date out of range")
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


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


def notice_end(inputs: ScriptInputs) -> date | None:
    """The day the notice ends when counted from the sending date, if both are known."""
    notice = notice_for(inputs)
    if notice is None or inputs.send_date is None:
        return None
    return notice.ends(inputs.send_date)


def end_date(inputs: ScriptInputs) -> date | None:
    """The end date the letters give: the one typed, else (for an open-ended contract) the end
    of the notice counted from the sending date, else None (a marker to fill in)."""
    if inputs.end_date is not None:
        return inputs.end_date
    if inputs.contract_kind == "fixed_term":
        return None
    return notice_end(inputs)


def given_days(inputs: ScriptInputs) -> int | None:
    """The notice the client actually gets, in days: the reader's notice, or for a fixed term
    not renewed, the days between sending the letter and the term."""
    if inputs.contract_kind == "fixed_term":
        if inputs.send_date is None or inputs.end_date is None:
            return None
        return (inputs.end_date - inputs.send_date).days
    return inputs.notice_days


def is_short(inputs: ScriptInputs) -> bool:
    """Whether the notice given is shorter than the yardstick of the relationship's length."""
    days = given_days(inputs)
    if days is None or inputs.relationship_years is None:
        return False
    return days < proportional_months(inputs.relationship_years) * DAYS_PER_MONTH


def ends_before_notice(inputs: ScriptInputs) -> bool:
    """Whether a typed end date falls before the notice, counted from the sending date, ends."""
    if inputs.end_date is None or inputs.contract_kind == "fixed_term":
        return False
    end = notice_end(inputs)
    return end is not None and inputs.end_date < end


def ends_before_sending(inputs: ScriptInputs) -> bool:
    """Whether a typed end date falls on or before the day the letter is sent."""
    if inputs.end_date is None or inputs.send_date is None:
        return False
    return inputs.end_date <= inputs.send_date
