"""The operations the browser worker calls."""

from __future__ import annotations

import json

import pytest

from widgets.assessment.bridge import OPS

from .example_files import load_example


def test_assess_returns_a_report() -> None:
    """Valid answers give a report and no error."""
    result = OPS["assess"]({"answers": load_example("exit"), "lang": "en"})
    assert result["errors"] == []
    assert result["report"]["verdict"] == "exit"
    assert result["report"]["lang"] == "en"


def test_assess_defaults_to_french() -> None:
    """Without a language, the report is French."""
    assert OPS["assess"]({"answers": {}})["report"]["lang"] == "fr"


def test_assess_returns_localized_errors_and_no_report() -> None:
    """Invalid answers give every error, translated, and a null report."""
    result = OPS["assess"]({"answers": {"hours_per_month": 800, "oops": 1}, "lang": "fr"})
    assert result["report"] is None
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("oops", "unknown_field"),
        ("hours_per_month", "too_large"),
    ]
    assert "Heures par mois" in result["errors"][1]["message"]


def test_assess_rejects_answers_that_are_not_an_object() -> None:
    """A list in place of the answers is reported, not crashed on."""
    result = OPS["assess"]({"answers": [], "lang": "en"})
    assert [e["code"] for e in result["errors"]] == ["not_an_object"]


def test_assess_refuses_an_unknown_language() -> None:
    """An unsupported language is a request error."""
    with pytest.raises(ValueError):
        OPS["assess"]({"answers": {}, "lang": "de"})


def test_fields_op_gives_the_translated_form() -> None:
    """The form table comes with texts in the asked language."""
    table = OPS["assessment_fields"]({"lang": "en"})
    assert table["groups"][0]["legend"] == "The client"


def test_rules_op_gives_the_scoring_rules() -> None:
    """The scoring rules come in the asked language."""
    assert OPS["assessment_rules"]({"lang": "en"})["lang"] == "en"


def test_every_result_is_json() -> None:
    """The worker posts results as JSON."""
    for name, op in OPS.items():
        assert json.loads(json.dumps(op({"answers": {}, "lang": "fr"}))), name
