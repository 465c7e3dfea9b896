"""What would change the verdict: single changes to the answers that move it.

The engine tries, one at a time, the changes a reader can act on or watch for: a remedy
tried, the people consulted, a partner's interest, a problem one notch less or more
frequent, the rate. It keeps the few that give another verdict, in that order.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from widgets.assessment.answers import FREQUENCIES, Answers, AnswerValue
from widgets.assessment.criteria import CRITERIA, REMEDIES
from widgets.assessment.fields import FIELDS_BY_ID, FREQUENCY_FIELDS
from widgets.assessment.money import money_figures
from widgets.assessment.scales import RateGap
from widgets.assessment.thresholds import THRESHOLDS
from widgets.assessment.verdicts import Verdict
from widgets.fields.numbers import format_number, format_percent
from widgets.i18n import t

# A few changes are a guide; a long list would read as a second form.
MAX_CHANGES = 4
# Part 1, step 4 asks a few colleagues or partners: "one or two" in the next steps.
PEOPLE_TO_ASK = 2
# Every sentence a change can be worded with: the remedies, then the other kinds of change.
SENTENCES: tuple[str, ...] = (
    *REMEDIES,
    "consult",
    "agree",
    "agree_all",
    "agree_none",
    "partner_wants",
    "partner_withdraws",
    "frequency_down",
    "frequency_up",
    "rate_up",
    "rate_down",
)
Judge = Callable[[Answers], Verdict]
Param = str | int | float


@dataclass(frozen=True)
class Change:
    """One change to the answers, the verdict it gives, and what its sentence quotes."""

    sentence: str
    field: str
    value: AnswerValue
    # Every answer the change sets: usually ``field`` alone, two when one bounds the other.
    answers: tuple[tuple[str, AnswerValue], ...]
    verdict: Verdict
    params: tuple[tuple[str, Param], ...] = ()

    @property
    def text_key(self) -> str:
        """Catalogue key of the sentence that says it."""
        return f"assessment.what_would_change.{self.sentence}"


@dataclass(frozen=True)
class _Candidate:
    """A change still to try."""

    sentence: str
    field: str
    value: AnswerValue
    also: tuple[tuple[str, AnswerValue], ...] = ()
    params: tuple[tuple[str, Param], ...] = ()

    @property
    def answers(self) -> tuple[tuple[str, AnswerValue], ...]:
        """Every answer this change sets."""
        return ((self.field, self.value), *self.also)


_RATE = next(c for c in CRITERIA if isinstance(c.scale, RateGap))


def _remedies(answers: Answers) -> Iterator[_Candidate]:
    """Each remedy not tried yet, tried (and the problems unchanged)."""
    for remedy in REMEDIES:
        if getattr(answers, remedy) is not True:
            yield _Candidate(remedy, remedy, True)


def _second_opinion(answers: Answers) -> Iterator[_Candidate]:
    """Ask people when nobody was; else just enough (or too few) of them agreeing."""
    consulted = answers.consulted
    if consulted <= 0:
        yield _Candidate(
            "consult",
            "consulted",
            PEOPLE_TO_ASK,
            (("agree_unsalvageable", PEOPLE_TO_ASK),),
        )
        return
    needed = math.ceil(THRESHOLDS.agree_share * consulted / 100)
    confirmed = answers.agree_unsalvageable >= needed
    count = needed - 1 if confirmed else needed
    sentence = "agree_none" if count == 0 else "agree_all" if count == consulted else "agree"
    yield _Candidate(
        sentence,
        "agree_unsalvageable",
        count,
        params=(("count", count), ("consulted", consulted)),
    )


def _partner(answers: Answers) -> Iterator[_Candidate]:
    """A partner who would take the client over, or who no longer would."""
    wants = answers.partner_wants_client
    sentence = "partner_withdraws" if wants else "partner_wants"
    yield _Candidate(sentence, "partner_wants_client", not wants)


def _frequencies(answers: Answers, step: int) -> Iterator[_Candidate]:
    """Each problem one notch less frequent (``step`` -1) or more (+1, from "sometimes" on)."""
    for field in FREQUENCY_FIELDS:
        index = FREQUENCIES.index(getattr(answers, field))
        target = index + step
        if index == 0 or not 0 <= target < len(FREQUENCIES):
            continue
        sentence = "frequency_down" if step < 0 else "frequency_up"
        yield _Candidate(sentence, field, FREQUENCIES[target])


def _rate(answers: Answers, up: bool) -> Iterator[_Candidate]:
    """The client paying your standard rate, or paying so little it is a case by itself."""
    money = money_figures(answers)
    if money.rate_ratio is None or money.standard_rate is None or not money.annual_hours:
        return
    assert isinstance(_RATE.scale, RateGap)
    ratio = 1.0 if up else 1 - _RATE.scale.full_gap / 100
    if (up and money.rate_ratio >= ratio) or (not up and money.rate_ratio <= ratio):
        return
    rate = money.standard_rate * ratio
    revenue = round(rate * money.annual_hours, 2)
    params: tuple[tuple[str, Param], ...] = (("rate", rate), ("ratio", ratio * 100))
    yield _Candidate("rate_up" if up else "rate_down", "annual_revenue", revenue, params=params)


def _candidates(answers: Answers) -> Iterator[_Candidate]:
    """Every change worth trying, the ones a reader can act on first."""
    yield from _remedies(answers)
    yield from _second_opinion(answers)
    yield from _partner(answers)
    yield from _frequencies(answers, -1)
    yield from _rate(answers, up=True)
    yield from _frequencies(answers, +1)
    yield from _rate(answers, up=False)


def what_would_change(answers: Answers, verdict: Verdict, judge: Judge) -> tuple[Change, ...]:
    """The first few single changes that give another verdict than ``verdict``."""
    found: list[Change] = []
    for candidate in _candidates(answers):
        changed = dataclasses.replace(answers, **cast(dict[str, Any], dict(candidate.answers)))
        other = judge(changed)
        if other != verdict:
            found.append(
                Change(
                    candidate.sentence,
                    candidate.field,
                    candidate.value,
                    candidate.answers,
                    other,
                    candidate.params,
                )
            )
        if len(found) == MAX_CHANGES:
            break
    return tuple(found)


def change_text(change: Change, answers: Answers, lang: str, names: dict[str, str]) -> str:
    """The change in one sentence of ``lang``, ending with the verdict it gives."""
    values: dict[str, str] = {
        **names,
        "verdict": t(lang, f"assessment.verdicts.{change.verdict}.short"),
    }
    spec = FIELDS_BY_ID[change.field]
    if change.field in FREQUENCY_FIELDS:
        values["field"] = t(lang, spec.label_key)
        values["before"] = t(lang, spec.choice_key(str(getattr(answers, change.field))))
        values["after"] = t(lang, spec.choice_key(str(change.value)))
    for name, value in change.params:
        if name == "ratio":
            values[name] = format_percent(lang, float(value))
        else:
            values[name] = value if isinstance(value, str) else format_number(lang, float(value))
    return t(lang, change.text_key, **values)
