"""How an answer becomes a share (0 to 1) of a criterion's points.

Each scale also says, in plain words, how it scores, so the "How the score works" page
is written from the same numbers the engine uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from widgets.assessment.answers import Answers
from widgets.assessment.fields import FIELDS_BY_ID
from widgets.assessment.money import MONTHS_IN_A_YEAR, money_figures
from widgets.fields.numbers import format_number, format_percent
from widgets.i18n import t

# "Sometimes" is the friction of any working relationship, "often" a pattern that needs
# dealing with, "always" a problem at full strength: the shares are not evenly spaced.
FREQUENCY_SHARES: Mapping[str, float] = {
    "never": 0.0,
    "sometimes": 0.15,
    "often": 0.6,
    "always": 1.0,
}
VISIBILITY_SHARES: Mapping[str, float] = {"low": 0.0, "medium": 0.5, "high": 1.0}


class Scale(Protocol):
    """Turns answers into a share of points and describes how."""

    def share(self, answers: Answers) -> float:
        """The share of the criterion's points these answers earn, from 0 to 1."""
        ...

    def how(self, lang: str, max_points: float) -> str:
        """One plain sentence saying how the points are earned."""
        ...


def _label(lang: str, field_id: str) -> str:
    """The form label of a field, as the sentences quote it."""
    return t(lang, FIELDS_BY_ID[field_id].label_key)


def _clamp(value: float) -> float:
    """``value`` kept between 0 and 1."""
    return min(1.0, max(0.0, value))


@dataclass(frozen=True)
class ByChoice:
    """Each choice of a field earns a fixed share."""

    field: str
    shares: Mapping[str, float]

    def share(self, answers: Answers) -> float:
        """The share of the chosen answer."""
        choice: str = getattr(answers, self.field)
        return self.shares[choice]

    def how(self, lang: str, max_points: float) -> str:
        """Lists the points of every choice."""
        spec = FIELDS_BY_ID[self.field]
        points = t(lang, "assessment.scales.separator").join(
            t(
                lang,
                "assessment.scales.choice_points",
                choice=t(lang, spec.choice_key(choice)),
                points=format_number(lang, share * max_points, 1),
            )
            for choice, share in self.shares.items()
        )
        return t(lang, "assessment.scales.by_choice", field=_label(lang, self.field), points=points)


@dataclass(frozen=True)
class WhenTrue:
    """All the points when a yes/no answer is yes."""

    field: str

    def share(self, answers: Answers) -> float:
        """1 when the answer is yes, else 0."""
        return 1.0 if getattr(answers, self.field) is True else 0.0

    def how(self, lang: str, max_points: float) -> str:
        """Says that a yes earns every point."""
        return t(
            lang,
            "assessment.scales.when_true",
            field=_label(lang, self.field),
            max_points=format_number(lang, max_points),
        )


@dataclass(frozen=True)
class AnyItem:
    """All the points as soon as a list holds one item."""

    field: str

    def share(self, answers: Answers) -> float:
        """1 when the list is not empty, else 0."""
        items: tuple[str, ...] = getattr(answers, self.field)
        return 1.0 if items else 0.0

    def how(self, lang: str, max_points: float) -> str:
        """Says that one item earns every point."""
        return t(
            lang,
            "assessment.scales.any_item",
            field=_label(lang, self.field),
            max_points=format_number(lang, max_points),
        )


@dataclass(frozen=True)
class UpTo:
    """Points in proportion to a number, all of them from ``full_at`` on."""

    field: str
    full_at: float

    def share(self, answers: Answers) -> float:
        """The answer divided by ``full_at``, at most 1; unknown counts as 0."""
        value: float | None = getattr(answers, self.field)
        return _clamp((value or 0) / self.full_at)

    def how(self, lang: str, max_points: float) -> str:
        """Says where the points start and where they reach the maximum."""
        percent = FIELDS_BY_ID[self.field].kind == "percent"
        full_at = (
            format_percent(lang, self.full_at) if percent else format_number(lang, self.full_at)
        )
        return t(
            lang,
            "assessment.scales.up_to",
            field=_label(lang, self.field),
            full_at=full_at,
            max_points=format_number(lang, max_points),
        )


@dataclass(frozen=True)
class RateGap:
    """Points in proportion to how far the effective rate falls below the standard rate."""

    free_gap: float  # percent below the standard rate that still earns nothing
    full_gap: float  # percent below the standard rate that earns every point

    def gap(self, answers: Answers) -> float | None:
        """How far (percent) the effective rate falls below the standard rate, or None."""
        ratio = money_figures(answers).rate_ratio
        return None if ratio is None else (1 - ratio) * 100

    def share(self, answers: Answers) -> float:
        """The gap beyond ``free_gap``, over the span up to ``full_gap``, from 0 to 1."""
        gap = self.gap(answers)
        if gap is None:
            return 0.0
        return _clamp((gap - self.free_gap) / (self.full_gap - self.free_gap))

    def how(self, lang: str, max_points: float) -> str:
        """Says how the effective rate is computed and compared."""
        return t(
            lang,
            "assessment.scales.rate_gap",
            revenue=_label(lang, "annual_revenue"),
            hours=_label(lang, "hours_per_month"),
            rate=_label(lang, "standard_rate"),
            months=MONTHS_IN_A_YEAR,
            free_gap=format_percent(lang, self.free_gap),
            full_gap=format_percent(lang, self.full_gap),
            max_points=format_number(lang, max_points),
        )
