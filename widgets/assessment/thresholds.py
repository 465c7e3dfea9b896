"""The named thresholds of the verdict rules and the warning flags."""

from __future__ import annotations

from dataclasses import dataclass, fields

from widgets.assessment.numbers import format_number, format_percent


@dataclass(frozen=True)
class Thresholds:
    """Every cut-off the rules compare a score or an answer with."""

    # Below this case score (out of 100) the problems are minor: keep the client.
    case_weak: int = 15
    # From this case score on, the case for ending the relationship is strong.
    case_strong: int = 50
    # From this risk score (out of 100) on, ending the relationship needs care.
    risk_high: int = 40
    # From this many well-connected clients or partners on, a chain reaction is possible.
    chain_connections: int = 5
    # From this share of your revenue (percent) on, you depend on the client.
    revenue_share_high: float = 25


THRESHOLDS = Thresholds()
_PERCENT_THRESHOLDS = frozenset({"revenue_share_high"})


def threshold_values(lang: str) -> dict[str, str]:
    """Every threshold written for ``lang``, to fill the sentences that name them."""
    values: dict[str, str] = {}
    for spec in fields(THRESHOLDS):
        value: float = getattr(THRESHOLDS, spec.name)
        percent = spec.name in _PERCENT_THRESHOLDS
        values[spec.name] = format_percent(lang, value) if percent else format_number(lang, value)
    return values
