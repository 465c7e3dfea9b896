"""The reasons bank: depersonalized reasons tied to the assessment criteria."""

from __future__ import annotations

import pytest

from widgets.assessment.criteria import CRITERIA
from widgets.i18n import LANGS
from widgets.script.reasons import (
    REASON_IDS,
    REASONS,
    general_reasons,
    reason,
    reasons_for,
)


def test_bank_holds_about_ten_reasons_with_unique_ids() -> None:
    """Around ten reasons, each id once."""
    assert 8 <= len(REASONS) <= 12
    assert len(REASON_IDS) == len(REASONS)


def test_every_criterion_has_a_reason() -> None:
    """Each criterion that makes the assessment's case is answered by at least one reason."""
    for criterion in (item.id for item in CRITERIA if item.kind == "case"):
        assert reasons_for(criterion), criterion


def test_reasons_only_cite_known_criteria() -> None:
    """A reason's criteria all belong to the assessment."""
    case = {item.id for item in CRITERIA if item.kind == "case"}
    for item in REASONS:
        assert item.criteria and set(item.criteria) <= case


def test_there_are_enough_general_reasons_to_complete_a_list() -> None:
    """At least three general reasons exist to reach the article's minimum."""
    assert len(general_reasons()) >= 3


@pytest.mark.parametrize("lang", LANGS)
def test_reasons_speak_about_our_business(lang: str) -> None:
    """Each reason has a label and a sentence that starts from the business, not the client."""
    starts = {"fr": ("Nous", "Notre", "Je", "Un autre"), "en": ("We", "Our", "I ", "Another")}[lang]
    for item in REASONS:
        assert item.label(lang)
        assert item.text(lang).startswith(starts), item.id


def test_lookup_by_id() -> None:
    """A reason is found by its id; an unknown id is a KeyError."""
    assert reason("payment_terms").criteria == ("late_payments",)
    with pytest.raises(KeyError):
        reason("nope")
