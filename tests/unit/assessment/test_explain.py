"""The "How the score works" data: built from the engine, never copied into prose."""

from __future__ import annotations

import json

import pytest

from widgets.assessment.criteria import CRITERIA
from widgets.assessment.explain import scoring_rules
from widgets.assessment.thresholds import THRESHOLDS
from widgets.assessment.verdicts import VERDICT_RULES, VERDICTS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rules_are_plain_json(lang: str) -> None:
    """The page can be rendered from a JSON copy."""
    rules = scoring_rules(lang)
    assert json.loads(json.dumps(rules)) == rules


def test_every_criterion_is_explained_with_its_weight() -> None:
    """Each criterion has a label, its maximum and a sentence that quotes it."""
    rules = scoring_rules("en")
    assert [c["id"] for c in rules["criteria"]] == [c.id for c in CRITERIA]
    for entry in rules["criteria"]:
        assert entry["label"]
        assert str(entry["max_points"]) in entry["how"], entry["id"]


def test_frequency_criteria_list_points_per_answer() -> None:
    """A frequency criterion says how many points each answer earns."""
    late = scoring_rules("en")["criteria"][0]
    assert late["how"] == (
        "Points by the answer to “Late payments” (never: 0; sometimes: 5; often: 10; always: 15)."
    )


def test_rate_criterion_explains_the_effective_rate() -> None:
    """The low-rate sentence says how the effective rate is computed."""
    low_rate = next(c for c in scoring_rules("fr")["criteria"] if c["id"] == "low_rate")
    assert "divisé par 12 fois" in low_rate["how"]
    assert "50\u00a0%" in low_rate["how"]


def test_thresholds_come_from_the_engine() -> None:
    """Each threshold has its value and a label."""
    thresholds = {t["id"]: t for t in scoring_rules("en")["thresholds"]}
    assert thresholds["case_strong"]["value"] == THRESHOLDS.case_strong
    assert thresholds["revenue_share_high"]["text"] == f"{THRESHOLDS.revenue_share_high:g}%"


def test_rules_are_listed_in_evaluation_order() -> None:
    """The page shows the rules in the order the engine tries them."""
    rules = scoring_rules("en")["rules"]
    assert [r["id"] for r in rules] == [r.id for r in VERDICT_RULES]
    assert [r["order"] for r in rules] == list(range(1, len(VERDICT_RULES) + 1))


def test_rule_conditions_quote_the_thresholds() -> None:
    """The weak-case rule names the threshold it compares with."""
    weak = next(r for r in scoring_rules("en")["rules"] if r["id"] == "weak_case")
    assert f"below {THRESHOLDS.case_weak}" in weak["when"]


def test_every_verdict_is_defined() -> None:
    """The five verdicts have a title and a definition."""
    verdicts = scoring_rules("fr")["verdicts"]
    assert [v["verdict"] for v in verdicts] == list(VERDICTS)
    assert all(v["title"] and v["definition"] for v in verdicts)


def test_score_totals_are_explained() -> None:
    """Each score says what it adds up, out of its total."""
    scores = scoring_rules("en")["scores"]
    assert [(s["kind"], s["max_points"]) for s in scores] == [("case", 100), ("risk", 100)]


def test_flags_are_explained() -> None:
    """Each flag says when it is raised."""
    flags = {f["id"]: f["when"] for f in scoring_rules("en")["flags"]}
    assert f"at least {THRESHOLDS.chain_connections}" in flags["chain_reaction"]
