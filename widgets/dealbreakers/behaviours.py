"""The catalogue of behaviours a reader can pick for their deal-breakers list.

Each behaviour is tied to the assessment criterion it feeds.
"""

from __future__ import annotations

from dataclasses import dataclass

from widgets.i18n import check_lang, t


@dataclass(frozen=True)
class Behaviour:
    """A catalogue behaviour and the assessment criterion it feeds."""

    id: str
    criterion: str

    def text(self, lang: str) -> str:
        """The behaviour in words."""
        return t(lang, f"dealbreakers.items.{self.id}")


BEHAVIOURS: tuple[Behaviour, ...] = (
    Behaviour("late-payments", "late_payments"),
    Behaviour("unpaid-extras", "unpaid_extras"),
    Behaviour("unrealistic-expectations", "unrealistic_expectations"),
    Behaviour("not-worth-the-fee", "not_worth_fee"),
    Behaviour("missing-inputs", "late_inputs"),
    Behaviour("disrespect", "disrespect"),
    Behaviour("pressure-on-team", "disrespect"),
    Behaviour("revenue-not-worth-the-trouble", "low_rate"),
    Behaviour("below-rate-pressure", "low_rate"),
    Behaviour("broken-agreements", "deal_breakers"),
    Behaviour("unethical-requests", "deal_breakers"),
)
BEHAVIOUR_IDS: tuple[str, ...] = tuple(item.id for item in BEHAVIOURS)
_BY_ID = {item.id: item for item in BEHAVIOURS}


def behaviour(behaviour_id: str) -> Behaviour:
    """The catalogue behaviour with this id (KeyError when there is none)."""
    return _BY_ID[behaviour_id]


def catalog_items(lang: str) -> list[dict[str, str]]:
    """The catalogue as the form lists it: id and text."""
    lang = check_lang(lang)
    return [{"id": item.id, "text": item.text(lang)} for item in BEHAVIOURS]
