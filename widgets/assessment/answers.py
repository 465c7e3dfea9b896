"""What the reader answers about one client, once parsed and checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Frequency = Literal["never", "sometimes", "often", "always"]
Visibility = Literal["low", "medium", "high"]
FREQUENCIES: tuple[Frequency, ...] = ("never", "sometimes", "often", "always")
VISIBILITIES: tuple[Visibility, ...] = ("low", "medium", "high")


@dataclass(frozen=True)
class Answers:
    """Every answer of the form; each default means "no problem" or "unknown"."""

    # Part 1, steps 1 to 3 (and part 2, step 2 for disrespect): how often each problem occurs.
    late_payments: Frequency = "never"
    unpaid_extras: Frequency = "never"
    unrealistic_expectations: Frequency = "never"
    not_worth_fee: Frequency = "never"
    late_inputs: Frequency = "never"
    disrespect: Frequency = "never"
    only_demanding: bool = False
    # Part 1, steps 2 and 3: the remedies the article asks for before any break.
    tried_reset_expectations: bool = False
    tried_frank_talk: bool = False
    # Part 1, step 4: a second opinion.
    consulted: int = 0
    agree_unsalvageable: int = 0
    partner_wants_client: bool = False
    partner_name: str | None = None
    # Part 1, step 4: money; None means unknown, which scores nothing.
    annual_revenue: float | None = None
    hours_per_month: float | None = None
    standard_rate: float | None = None
    revenue_share: float | None = None
    # Part 1, step 5: influence.
    connections: int = 0
    visibility: Visibility = "low"
    # Part 2: what overrides the scores.
    holds_stake: bool = False
    deal_breakers_hit: tuple[str, ...] = ()
    client_name: str | None = None
