"""The "How the score works" data: built from the engine, never copied into prose."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest

from widgets.assessment.criteria import CRITERIA
from widgets.assessment.explain import scoring_rules, worked_example
from widgets.assessment.parsing import parse_answers
from widgets.assessment.thresholds import THRESHOLDS
from widgets.assessment.verdicts import VERDICT_RULES, VERDICTS

from .example_files import load_example


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
        "Points by the answer to “Late payments” "
        "(never: 0; sometimes: 12.8; often: 51; always: 85)."
    )


def test_rate_criterion_explains_the_effective_rate() -> None:
    """The low-rate sentence says how the effective rate is computed."""
    low_rate = next(c for c in scoring_rules("fr")["criteria"] if c["id"] == "low_rate")
    assert "divisé par 12 fois" in low_rate["how"]
    assert "Jusqu'à 10\u00a0% en dessous" in low_rate["how"]
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
    assert f"below {THRESHOLDS.case_real}" in weak["when"]


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


def test_bands_cover_every_score_once() -> None:
    """The bands of each score follow each other from 0 to 100 with no gap or overlap."""
    bands = scoring_rules("en")["bands"]
    for kind in ("case", "risk"):
        mine = [b for b in bands if b["kind"] == kind]
        assert mine[0]["low"] == 0 and mine[-1]["high"] == 100
        assert all(a["high"] + 1 == b["low"] for a, b in pairwise(mine))
    assert [b["text"] for b in bands][:2] == ["0 to 24", "25 to 59"]


def test_criteria_name_the_remedy_to_try_first() -> None:
    """The criteria table says which remedy each problem calls for."""
    remedies = {c["id"]: c["remedy"] for c in scoring_rules("en")["criteria"]}
    assert remedies["late_inputs"] == "A frank talk"
    assert remedies["low_rate"] == "Resetting expectations"
    assert remedies["deal_breakers"].startswith("None")
    assert remedies["connections"] == ""


def test_what_would_change_is_explained_with_its_count() -> None:
    """The page says how many changes are shown, from the engine's constant."""
    assert "first 4 that give another verdict" in scoring_rules("en")["what_would_change"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_worked_example_adds_up_to_the_score(lang: str) -> None:
    """Worst first, each problem adds its share of what is left; the total is the case score."""
    example = worked_example(parse_answers(load_example("fix_first")), lang)
    rows = example["rows"]
    assert [row["id"] for row in rows] == [
        "unpaid_extras",
        "late_payments",
        "unrealistic_expectations",
        "not_worth_fee",
    ]
    assert rows[0]["alone"] == rows[0]["adds"] == rows[0]["total"] == "70"
    assert rows[1]["left"] == "30"
    total = float(rows[-1]["total"].replace(",", "."))
    assert round(total) == example["case_score"]
    assert example["verdict"] == "fix_first"
    assert example["what_would_change"]


def test_the_worked_example_reads_in_english() -> None:
    """The example's sentences are the engine's own, in the page's language."""
    example = worked_example(parse_answers(load_example("fix_first")), "en")
    assert example["score_text"].startswith("Case score: 92 out of 100, a strong case.")
    assert example["rule_text"].startswith("The first rule that applies is rule 3:")
    assert example["what_would_change"][0] == (
        "If you hold the frank talk and nothing changes, the verdict becomes: end it."
    )
