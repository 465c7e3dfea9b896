"""What would change the verdict: the single changes tried, their order, and their words."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.assessment import changes as changes_module
from widgets.assessment.answers import Answers
from widgets.assessment.changes import MAX_CHANGES, Change, change_text
from widgets.assessment.model import assess

TRIED: dict[str, Any] = {"tried_reset_expectations": True, "tried_frank_talk": True}
AGREED: dict[str, Any] = {"consulted": 2, "agree_unsalvageable": 2}
NAMES = {"client": "Dupont SA", "partner": "Claire"}


def changes(**answers: Any) -> list[tuple[str, str, Any, str]]:
    """(sentence, field, value, verdict) of each change found for these answers."""
    result = assess(Answers(**answers))
    return [(c.sentence, c.field, c.value, c.verdict) for c in result.what_would_change]


def test_the_remedy_due_comes_first() -> None:
    """The frank talk, held with nothing changing, is what would move a "fix first"."""
    found = changes(late_inputs="always", **AGREED)
    assert found[0] == ("tried_frank_talk", "tried_frank_talk", True, "exit")


def test_a_remedy_that_changes_nothing_is_not_listed() -> None:
    """Resetting expectations does not treat late inputs: it moves nothing, so it is left out."""
    sentences = [sentence for sentence, *_ in changes(late_inputs="always", **AGREED)]
    assert "tried_reset_expectations" not in sentences


def test_asking_two_people_is_offered_when_nobody_was() -> None:
    """Nobody consulted: asking two people who agree would turn "with care" into an exit."""
    result = assess(Answers(late_inputs="always", **TRIED))
    first = result.what_would_change[0]
    assert (first.sentence, first.field, first.value, first.verdict) == (
        "consult",
        "consulted",
        2,
        "exit",
    )
    assert dict(first.answers) == {"consulted": 2, "agree_unsalvageable": 2}


def test_just_enough_agreement_is_offered_when_opinions_differ() -> None:
    """One of four agreeing: two of four would confirm the case."""
    found = changes(late_inputs="always", **TRIED, consulted=4, agree_unsalvageable=1)
    assert found[0] == ("agree", "agree_unsalvageable", 2, "exit")


def test_losing_the_agreement_is_offered_when_confirmed() -> None:
    """Two of two agreeing: if they thought it could be saved, care would be due."""
    found = changes(late_inputs="always", **TRIED, **AGREED)
    assert found[0] == ("agree_none", "agree_unsalvageable", 0, "exit_with_care")


def test_a_partner_who_wants_the_client_turns_an_exit_into_a_handover() -> None:
    """A partner's interest is one of the changes tried."""
    found = changes(late_inputs="always", **TRIED, **AGREED)
    assert ("partner_wants", "partner_wants_client", True, "hand_over") in found


def test_frequencies_move_one_notch() -> None:
    """A problem one notch less frequent can move the verdict."""
    found = changes(late_inputs="always", tried_frank_talk=True, **AGREED)
    assert ("frequency_down", "late_inputs", "often", "exit_with_care") in found


def test_a_problem_never_seen_is_not_imagined() -> None:
    """Frequencies rise only from "sometimes" on: a new problem is another situation."""
    found = changes(late_payments="sometimes")
    assert found == [("frequency_up", "late_payments", "often", "fix_first")]


def test_the_standard_rate_paid_is_tried() -> None:
    """A client paying half the standard rate: paid in full, there would be nothing to end."""
    half = {"annual_revenue": 12_000, "hours_per_month": 20, "standard_rate": 100}
    result = assess(Answers(**half))
    rate = next(c for c in result.what_would_change if c.sentence == "rate_up")
    assert (rate.field, rate.value, rate.verdict) == ("annual_revenue", 24_000, "keep")


def test_a_rate_low_enough_to_be_a_case_is_tried() -> None:
    """A client paying the standard rate: at half of it, the rate alone would be a case."""
    full = {"annual_revenue": 24_000, "hours_per_month": 20, "standard_rate": 100}
    found = changes(**full)
    assert found == [("rate_down", "annual_revenue", 12_000, "fix_first")]


def test_at_most_a_few_changes_are_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A guide, not a second form: the first few changes that move the verdict, no more."""
    answers = {
        "late_payments": "often",
        "unpaid_extras": "sometimes",
        "late_inputs": "sometimes",
        "tried_frank_talk": True,
        **AGREED,
    }
    listed = changes(**answers)
    monkeypatch.setattr(changes_module, "MAX_CHANGES", 99)
    every = changes(**answers)
    assert len(every) > len(listed) == MAX_CHANGES
    assert every[:MAX_CHANGES] == listed


def test_a_blank_form_has_nothing_to_change() -> None:
    """With no problem, no single change to a known answer moves the verdict."""
    assert changes() == []


@pytest.mark.parametrize(
    ("change", "lang", "text"),
    [
        (
            Change(
                "rate_up",
                "annual_revenue",
                24_000.0,
                (),
                "keep",
                (("rate", 100.0), ("ratio", 100.0)),
            ),
            "en",
            "If Dupont SA pays your standard rate (100 an hour) for the same hours, the verdict "
            "becomes: keep this client.",
        ),
        (
            Change("agree", "agree_unsalvageable", 2, (), "exit", (("count", 2), ("consulted", 4))),
            "fr",
            "Si la relation est jugée irrécupérable par 2 des 4 personnes consultées, le verdict "
            "devient\u00a0: mettez-y fin.",
        ),
        (
            Change("partner_withdraws", "partner_wants_client", False, (), "exit_with_care"),
            "en",
            "If Claire does not take Dupont SA over after all, the verdict becomes: "
            "end it, with care.",
        ),
        (
            Change(
                "rate_down",
                "annual_revenue",
                6_000.0,
                (),
                "fix_first",
                (("rate", 50.0), ("ratio", 50.0)),
            ),
            "fr",
            "Si ce que vous rapporte Dupont SA tombe à 50 de l'heure (50\u00a0% de votre taux "
            "habituel), le verdict devient\u00a0: tentez d'abord d'arranger les choses.",
        ),
    ],
)
def test_change_sentences(change: Change, lang: str, text: str) -> None:
    """Each kind of change reads as a plain sentence in the reader's language."""
    assert change_text(change, Answers(), lang, NAMES) == text
