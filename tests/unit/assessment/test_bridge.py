"""The assessment operation the browser worker calls."""

from __future__ import annotations

import json

import pytest

from widgets.assessment.bridge import OPS, assess_op
from widgets.fields.errors import InputError
from widgets.i18n import Lang

from .example_files import load_example

EN, FR = Lang("en"), Lang("fr")


def test_assess_returns_a_report() -> None:
    """Valid answers give a report in the asked language."""
    result = assess_op({"answers": load_example("exit")}, EN)
    assert result["report"]["verdict"] == "exit"
    assert result["report"]["lang"] == "en"


def test_assess_gives_the_figures_as_the_language_writes_them() -> None:
    """Scores and each contribution's points come written for the page, per language."""
    answers = {**load_example("exit"), "late_payments": "sometimes"}
    fr, en = assess_op({"answers": answers}, FR), assess_op({"answers": answers}, EN)
    assert fr["shown"]["case_score"] == str(fr["report"]["case_score"])
    assert fr["shown"]["score_max"] == "100"
    assert fr["shown"]["contributions"]["late_payments"] == {"points": "12,8", "max_points": "85"}
    assert en["shown"]["contributions"]["late_payments"] == {"points": "12.8", "max_points": "85"}
    assert en["shown"]["contributions"]["unpaid_extras"]["max_points"] == "70"
    rate = next(item for item in fr["report"]["contributions"] if item["id"] == "low_rate")
    written = fr["shown"]["contributions"]["low_rate"]["points"]
    assert written == f"{rate['points']:g}".replace(".", ",")


def test_assess_reports_every_error_as_the_field_layer_does() -> None:
    """Invalid answers raise the field layer's error, every field at once."""
    with pytest.raises(InputError) as caught:
        assess_op({"answers": {"hours_per_month": 800, "oops": 1}}, FR)
    worded = caught.value.as_json(FR)
    assert [(e["field"], e["code"]) for e in worded] == [
        ("oops", "unknown_field"),
        ("hours_per_month", "out_of_range"),
    ]
    assert "Heures par mois" in worded[1]["message"]


def test_assess_rejects_answers_that_are_not_an_object() -> None:
    """A list in place of the answers is reported, not crashed on."""
    with pytest.raises(InputError) as caught:
        assess_op({"answers": []}, EN)
    assert [e.code for e in caught.value.errors] == ["not_an_object"]


def test_only_the_operation_pages_call_is_offered() -> None:
    """The form and the rules are rendered at build time: no page asks the worker for them."""
    assert set(OPS) == {"assess"}


def test_every_result_is_json() -> None:
    """The worker posts results as JSON."""
    result = assess_op({"answers": {}}, FR)
    assert json.loads(json.dumps(result)) == result
