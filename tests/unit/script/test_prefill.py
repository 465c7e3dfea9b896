"""Prefilling the generator from an assessment report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from widgets.assessment.bridge import assess_op
from widgets.assessment.verdicts import VERDICTS
from widgets.fields.errors import InputError, message
from widgets.i18n import Lang
from widgets.script.inputs import parse_inputs
from widgets.script.prefill import REPORT, prefill_from_report
from widgets.script.reasons import MIN_REASONS, reason


def report(verdict: str = "exit", **extra: Any) -> dict[str, Any]:
    """An assessment report with three case criteria and one risk."""
    base: dict[str, Any] = {
        "verdict": verdict,
        "contributions": [
            {"id": "late_inputs", "kind": "case", "points": 4, "max_points": 10},
            {"id": "late_payments", "kind": "case", "points": 9, "max_points": 10},
            {"id": "disrespect", "kind": "risk", "points": 10, "max_points": 10},
            {"id": "unpaid_extras", "kind": "case", "points": 6, "max_points": 10},
            {"id": "low_rate", "kind": "case", "points": 0, "max_points": 10},
        ],
        "client_name": "ACME",
        "partner_name": "Studio Rivage",
        "holds_stake": False,
    }
    return {**base, **extra}


@pytest.mark.parametrize("verdict", VERDICTS)
def test_every_verdict_prefills_valid_inputs(verdict: str) -> None:
    """Whatever the verdict, the prefill is accepted by the generator as is."""
    inputs = parse_inputs(prefill_from_report(report(verdict), "fr"))
    assert inputs.client_name == "ACME" and inputs.lang == "fr"
    assert len(inputs.reasons) >= MIN_REASONS


def test_hand_over_recommends_the_partner() -> None:
    """When the verdict is hand_over, the partner is the replacement."""
    prefilled = prefill_from_report(report("hand_over"), "en")
    assert prefilled["replacements"] == [{"name": "Studio Rivage", "contact": ""}]


@pytest.mark.parametrize("verdict", [v for v in VERDICTS if v != "hand_over"])
def test_other_verdicts_leave_the_replacement_open(verdict: str) -> None:
    """Only hand_over names the partner."""
    assert "replacements" not in prefill_from_report(report(verdict), "en")


def test_hand_over_without_partner_leaves_the_replacement_open() -> None:
    """No partner name, no replacement: the script shows a placeholder."""
    assert "replacements" not in prefill_from_report(report("hand_over", partner_name=None), "en")


def test_reasons_follow_the_strongest_case_criteria() -> None:
    """Highest points first; risks and zero-point criteria do not give reasons."""
    reasons = prefill_from_report(report(), "en")["reasons"]
    assert reasons[:3] == ["payment_terms", "fixed_scope", "planning_method"]
    assert all(
        "disrespect" not in reason(item).criteria or reason(item).general for item in reasons
    )


def test_reasons_are_distinct() -> None:
    """Criteria sharing a reason still give distinct reasons."""
    contributions = [
        {"id": "unrealistic_expectations", "kind": "case", "points": 5, "max_points": 5},
        {"id": "unpaid_extras", "kind": "case", "points": 4, "max_points": 5},
        {"id": "not_worth_fee", "kind": "case", "points": 3, "max_points": 5},
    ]
    reasons = prefill_from_report(report(contributions=contributions), "en")["reasons"]
    assert len(reasons) == len(set(reasons)) == 3


def test_few_criteria_are_completed_with_general_reasons() -> None:
    """With one case criterion, general reasons bring the count to three."""
    contributions = [{"id": "late_payments", "kind": "case", "points": 2, "max_points": 5}]
    reasons = prefill_from_report(report(contributions=contributions), "en")["reasons"]
    assert reasons[0] == "payment_terms"
    assert len(reasons) == MIN_REASONS
    assert all(reason(item).general for item in reasons[1:])


def test_no_case_gives_general_reasons() -> None:
    """An empty report still gives three general reasons."""
    reasons = prefill_from_report(report(contributions=[]), "en")["reasons"]
    assert len(reasons) == MIN_REASONS and all(reason(item).general for item in reasons)


def test_unknown_criteria_are_skipped() -> None:
    """A criterion the bank does not know gives no reason, and no error."""
    contributions = [{"id": "new_criterion", "kind": "case", "points": 9, "max_points": 9}]
    assert len(prefill_from_report(report(contributions=contributions), "en")["reasons"]) == 3


def test_stake_is_carried_over() -> None:
    """A stake in the report becomes holds_stake, so the script warns."""
    assert prefill_from_report(report(holds_stake=True), "fr")["holds_stake"] is True
    assert prefill_from_report(report(), "fr")["holds_stake"] is False


def test_missing_client_name_stays_blank() -> None:
    """A null client name leaves the field blank, for the placeholder."""
    assert prefill_from_report(report(client_name=None), "fr")["client_name"] == ""


def test_unknown_verdict_is_an_error() -> None:
    """A verdict outside the five is refused with a localized message."""
    with pytest.raises(InputError) as caught:
        prefill_from_report(report("maybe"), "en")
    (error,) = caught.value.errors
    assert (error.field, error.code) == ("verdict", "not_a_choice")
    assert "maybe" in message(REPORT, error, "en")


@pytest.mark.parametrize(
    ("contributions", "expected"),
    [
        ("many", ("contributions", "not_a_list")),
        ([3], ("contributions[0]", "not_an_object")),
        (
            [{"id": "x", "kind": "case", "points": "high"}],
            ("contributions[0].points", "not_a_number"),
        ),
        ([{"kind": "case", "points": 2}], ("contributions[0].id", "required")),
    ],
)
def test_unreadable_contributions_are_an_error(
    contributions: Any, expected: tuple[str, str]
) -> None:
    """Contributions must be a list of objects with an id and numeric points."""
    with pytest.raises(InputError) as caught:
        prefill_from_report(report(contributions=contributions), "fr")
    assert [(error.field, error.code) for error in caught.value.errors] == [expected]


def test_report_must_be_an_object() -> None:
    """A list is not a report."""
    with pytest.raises(InputError) as caught:
        prefill_from_report([], "fr")
    assert [error.code for error in caught.value.errors] == ["not_an_object"]


@pytest.mark.parametrize("verdict", VERDICTS)
def test_real_assessment_reports_prefill_valid_inputs(verdict: str) -> None:
    """Reports from the assessment engine's own examples prefill inputs the generator accepts."""
    path = Path(__file__).parents[3] / "examples" / "assessment" / f"{verdict}.json"
    result = assess_op({"answers": json.loads(path.read_text("utf-8"))}, Lang("en"))
    assert result["report"]["verdict"] == verdict
    prefilled = prefill_from_report(result["report"], "en")
    inputs = parse_inputs(prefilled)
    assert len(inputs.reasons) >= MIN_REASONS
    assert bool(inputs.replacements) == (result["report"]["verdict"] == "hand_over")
