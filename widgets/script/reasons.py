"""The bank of reasons to give the client, each tied to the criteria of the assessment.

Every reason says how the reader's own business has changed, not what the client did: the
article (part 2, step 1) asks to depersonalize the explanation, and step 2 to blame no one.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.i18n import t

# The article advises giving at least three reasons (part 2, step 3).
MIN_REASONS = 3


@dataclass(frozen=True)
class Reason:
    """A depersonalized reason, tied to the assessment's case criteria (by their ids) it answers;
    ``general`` ones fit any client and complete a short list. ``terms``: the reason names
    terms the client could agree to meet (a price, a payment term, a rule of work); ``fit``:
    it says the work itself no longer fits the business, whatever the terms."""

    id: str
    criteria: tuple[str, ...]
    general: bool = False
    terms: bool = False
    fit: bool = False

    def label(self, lang: str) -> str:
        """The short name shown next to the checkbox."""
        return t(lang, f"script.reasons.{self.id}.label")

    def text(self, lang: str) -> str:
        """The sentence said to the client and written in the email and letter."""
        return t(lang, f"script.reasons.{self.id}.text")


REASONS: tuple[Reason, ...] = (
    Reason("payment_terms", ("late_payments",), terms=True),
    Reason("fixed_scope", ("unpaid_extras", "unrealistic_expectations"), terms=True),
    Reason("narrower_services", ("unrealistic_expectations", "not_worth_fee"), fit=True),
    Reason("pricing_model", ("low_rate", "not_worth_fee"), terms=True),
    Reason("planning_method", ("late_inputs",), terms=True),
    Reason("working_principles", ("disrespect", "deal_breakers")),
    Reason("written_criteria", ("deal_breakers",)),
    Reason("quality_commitment", ("unrealistic_expectations", "late_inputs"), general=True),
    # The second opinion is no criterion since model 2.0.0: it decides whether a case is
    # checked, and gives no points a reason could answer.
    Reason("strategic_focus", ("low_rate",), general=True, fit=True),
    Reason("better_fit_elsewhere", ("disrespect",), general=True),
)
REASON_IDS: frozenset[str] = frozenset(reason.id for reason in REASONS)
_BY_ID = {reason.id: reason for reason in REASONS}


def reason(reason_id: str) -> Reason:
    """The reason of the bank with this id (KeyError when there is none)."""
    return _BY_ID[reason_id]


def reasons_for(criterion: str) -> tuple[Reason, ...]:
    """The reasons that answer one criterion, in bank order."""
    return tuple(item for item in REASONS if criterion in item.criteria)


def general_reasons() -> tuple[Reason, ...]:
    """The reasons that fit any client."""
    return tuple(item for item in REASONS if item.general)
