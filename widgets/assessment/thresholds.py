"""The named thresholds of the verdict rules, the warning flags and the score bands."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

from widgets.fields.numbers import format_number, format_percent

CaseBand = Literal["weak", "real", "strong"]
RiskBand = Literal["low", "moderate", "high"]
CASE_BANDS: tuple[CaseBand, ...] = ("weak", "real", "strong")
RISK_BANDS: tuple[RiskBand, ...] = ("low", "moderate", "high")


@dataclass(frozen=True)
class Thresholds:
    """Every cut-off the rules compare a score or an answer with."""

    # From this case score (out of 100) on, the case is real: a problem that reaches it on its
    # own is a real problem, and remedies are due before anything else.
    case_real: int = 25
    # From this case score on, the case is strong enough to end the relationship outright.
    case_strong: int = 60
    # From this risk score (out of 100) on, the risk is moderate.
    risk_moderate: int = 25
    # From this risk score on, ending the relationship needs care.
    risk_high: int = 50
    # From this share (percent) of the people consulted who find it beyond saving, the second
    # opinion confirms the case; below it, the people who know the client think otherwise.
    agree_share: float = 50
    # From this many well-connected clients or partners on, a chain reaction is possible.
    chain_connections: int = 5
    # From this share of your revenue (percent) on, you depend on the client.
    revenue_share_high: float = 25


THRESHOLDS = Thresholds()
_PERCENT_THRESHOLDS = frozenset({"agree_share", "revenue_share_high"})


def threshold_values(lang: str) -> dict[str, str]:
    """Every threshold written for ``lang``, to fill the sentences that name them."""
    values: dict[str, str] = {}
    for spec in fields(THRESHOLDS):
        value: float = getattr(THRESHOLDS, spec.name)
        percent = spec.name in _PERCENT_THRESHOLDS
        values[spec.name] = format_percent(lang, value) if percent else format_number(lang, value)
    return values


def case_band(score: int) -> CaseBand:
    """The word band of a case score: a guide to read the number, not a measurement."""
    if score >= THRESHOLDS.case_strong:
        return "strong"
    return "real" if score >= THRESHOLDS.case_real else "weak"


def risk_band(score: int) -> RiskBand:
    """The word band of a risk score."""
    if score >= THRESHOLDS.risk_high:
        return "high"
    return "moderate" if score >= THRESHOLDS.risk_moderate else "low"
