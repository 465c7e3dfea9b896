"""The warnings shown beside a script: what to check or complete before using it.

Each warning that rests on a rule cites it, following where the business is (``country``):
French law's article and code for a business in France, the generic equivalent elsewhere,
as the "Before you announce" section of Part 2 does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from widgets.i18n import t
from widgets.script.inputs import ScriptInputs
from widgets.script.model import ScriptWarning
from widgets.script.notice import (
    ends_before_notice,
    ends_before_sending,
    given_days,
    is_short,
    notice_end,
    notice_for,
    proportional_months,
)
from widgets.script.reasons import MIN_REASONS, Reason, reason
from widgets.script.wording import format_date, plural

# A marker the reader has to replace: brackets around a few words, on one line.
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,80}\]")


def reason_count(inputs: ScriptInputs) -> int:
    """How many reasons the script gives, from the bank and the reader's own."""
    return len(inputs.reasons) + len(inputs.own_reasons)


def chosen_reasons(inputs: ScriptInputs) -> list[Reason]:
    """The reasons of the bank the reader chose, in their order."""
    return [reason(item) for item in inputs.reasons]


def terms_reasons(inputs: ScriptInputs) -> list[Reason]:
    """The chosen reasons that name terms the client could agree to meet."""
    return [item for item in chosen_reasons(inputs) if item.terms]


def _labels(lang: str, reasons: Iterable[Reason]) -> str:
    """Reasons by their labels, quoted, in one phrase."""
    return t(lang, "script.warnings.list_separator").join(
        t(lang, "script.warnings.quoted", text=item.label(lang)) for item in reasons
    )


def _notice_warnings(inputs: ScriptInputs) -> list[ScriptWarning]:
    """The contract, the end date against the notice, and the notice against the relationship."""
    lang, country = inputs.lang, inputs.country
    found: list[ScriptWarning] = []
    if inputs.contract_kind == "fixed_term":
        text = t(lang, f"script.warnings.fixed_term.{country}")
        found.append(ScriptWarning("fixed_term", text))
    if ends_before_sending(inputs) and inputs.end_date and inputs.send_date:
        text = t(
            lang,
            "script.warnings.end_before_sending",
            end=format_date(inputs.end_date, lang),
            sent=format_date(inputs.send_date, lang),
        )
        found.append(ScriptWarning("end_before_sending", text))
    elif ends_before_notice(inputs):
        notice, end = notice_for(inputs), notice_end(inputs)
        assert notice is not None and end is not None
        assert inputs.end_date is not None and inputs.send_date is not None
        text = t(
            lang,
            "script.warnings.end_before_notice",
            end=format_date(inputs.end_date, lang),
            notice=notice.in_words(lang),
            sent=format_date(inputs.send_date, lang),
            notice_end=format_date(end, lang),
        )
        found.append(ScriptWarning("end_before_notice", text))
    days = given_days(inputs)
    if is_short(inputs) and inputs.relationship_years is not None and days is not None:
        text = t(
            lang,
            f"script.warnings.short_notice.{country}",
            notice=plural(lang, "days", days),
            relationship=plural(lang, "years", inputs.relationship_years),
            suggested=plural(lang, "months", proportional_months(inputs.relationship_years)),
        )
        found.append(ScriptWarning("short_notice", text))
    return found


def _consistency_warnings(inputs: ScriptInputs) -> list[ScriptWarning]:
    """Reasons that pull against each other, or against a reply to rehearse."""
    lang = inputs.lang
    found: list[ScriptWarning] = []
    terms = terms_reasons(inputs)
    fit = [item for item in chosen_reasons(inputs) if item.fit]
    if terms and fit:
        text = t(
            lang,
            "script.warnings.reasons_conflict",
            terms=_labels(lang, terms),
            fit=_labels(lang, fit),
        )
        found.append(ScriptWarning("reasons_conflict", text))
    if terms:
        text = t(lang, "script.warnings.terms_vs_bargaining", terms=_labels(lang, terms))
        found.append(ScriptWarning("terms_vs_bargaining", text))
    return found


def warnings_for(inputs: ScriptInputs) -> tuple[ScriptWarning, ...]:
    """Every warning that applies to these inputs, most important first (the markers left
    to fill in are found in the texts, once they are written: ``placeholder_warning``)."""
    lang = inputs.lang
    found: list[ScriptWarning] = []
    if inputs.holds_stake:
        found.append(
            ScriptWarning("professional_advice", t(lang, "script.warnings.professional_advice"))
        )
    found += _notice_warnings(inputs)
    found += _consistency_warnings(inputs)
    count = reason_count(inputs)
    if count < MIN_REASONS:
        text = t(lang, "script.warnings.three_reasons", count=count, minimum=MIN_REASONS)
        found.append(ScriptWarning("three_reasons", text))
    return tuple(found)


def placeholders_in(texts: Iterable[str]) -> tuple[str, ...]:
    """Every bracketed marker left in ``texts``, once each, in the order they first appear."""
    found: dict[str, None] = {}
    for text in texts:
        for match in PLACEHOLDER.finditer(text):
            found.setdefault(match.group(0), None)
    return tuple(found)


def placeholder_warning(lang: str, markers: tuple[str, ...]) -> ScriptWarning | None:
    """The "To fill in" warning that lists the markers left, or None when there is none."""
    if not markers:
        return None
    listed = t(lang, "script.warnings.list_separator").join(markers)
    return ScriptWarning("to_fill_in", t(lang, "script.warnings.to_fill_in", markers=listed))
