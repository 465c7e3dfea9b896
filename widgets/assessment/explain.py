"""The rules of the model in plain words, for the "How the score works" page.

Every number on that page comes from here, so prose never repeats a weight or a threshold.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from widgets.assessment.answers import Answers
from widgets.assessment.changes import MAX_CHANGES
from widgets.assessment.criteria import CRITERIA, KINDS, Criterion
from widgets.assessment.fields import FIELDS_BY_ID, FREQUENCY_FIELDS
from widgets.assessment.flags import FLAGS
from widgets.assessment.model import MODEL_VERSION, Contribution, assess
from widgets.assessment.report import report
from widgets.assessment.thresholds import (
    CASE_BANDS,
    RISK_BANDS,
    THRESHOLDS,
    threshold_values,
)
from widgets.assessment.verdicts import VERDICT_RULES, VERDICTS
from widgets.fields.numbers import format_number, format_percent
from widgets.i18n import check_lang, t

SCALE = 100


def _sentence_case(text: str) -> str:
    """``text`` with its first letter capitalised, for a table cell."""
    return text[:1].upper() + text[1:]


def _remedy(criterion: Criterion, lang: str) -> str:
    """The remedy a case criterion asks for first, or why it needs none; "" for risks."""
    if criterion.kind != "case":
        return ""
    if criterion.remedy is None:
        return _sentence_case(t(lang, "assessment.explain.no_remedy"))
    return _sentence_case(t(lang, f"assessment.remedies.{criterion.remedy}"))


def _bands(lang: str) -> list[dict[str, Any]]:
    """Each band of each score, with the scores it covers."""
    cuts = {
        "case": (THRESHOLDS.case_real, THRESHOLDS.case_strong),
        "risk": (THRESHOLDS.risk_moderate, THRESHOLDS.risk_high),
    }
    names = {"case": CASE_BANDS, "risk": RISK_BANDS}
    bands: list[dict[str, Any]] = []
    for kind in KINDS:
        edges = (0, *cuts[kind], SCALE + 1)
        for index, band in enumerate(names[kind]):
            low, high = edges[index], edges[index + 1] - 1
            bands.append(
                {
                    "kind": kind,
                    "band": band,
                    "label": t(lang, f"assessment.bands.{kind}.{band}"),
                    "low": low,
                    "high": high,
                    "text": t(lang, "assessment.explain.band_range", low=low, high=high),
                }
            )
    return bands


def scoring_rules(lang: str) -> dict[str, Any]:
    """Criteria, bands, thresholds, verdict rules (in evaluation order) and flags, in ``lang``."""
    lang = check_lang(lang)
    thresholds = threshold_values(lang)
    return {
        "model_version": MODEL_VERSION,
        "lang": lang,
        "scores": [
            {
                "kind": kind,
                "max_points": SCALE,
                "label": t(lang, f"assessment.scores.{kind}"),
                "text": t(lang, f"assessment.explain.{kind}_total", max_points=SCALE),
            }
            for kind in KINDS
        ],
        "bands": _bands(lang),
        "criteria": [
            {
                "id": criterion.id,
                "kind": criterion.kind,
                "label": t(lang, criterion.label_key),
                "max_points": criterion.max_points,
                "step": criterion.step.as_json(lang),
                "how": criterion.scale.how(lang, criterion.max_points),
                "remedy": _remedy(criterion, lang),
            }
            for criterion in CRITERIA
        ],
        "thresholds": [
            {
                "id": spec.name,
                "value": getattr(THRESHOLDS, spec.name),
                "text": thresholds[spec.name],
                "label": t(lang, f"assessment.thresholds.{spec.name}"),
            }
            for spec in fields(THRESHOLDS)
        ],
        "verdicts": [
            {
                "verdict": verdict,
                "title": t(lang, f"assessment.verdicts.{verdict}.title"),
                "definition": t(lang, f"assessment.verdicts.{verdict}.definition"),
            }
            for verdict in VERDICTS
        ],
        "rules": [
            {
                "order": order,
                "id": rule.id,
                "verdict": rule.verdict,
                "title": t(lang, f"assessment.verdicts.{rule.verdict}.title"),
                "when": t(lang, f"assessment.rules.{rule.id}.when", **thresholds),
            }
            for order, rule in enumerate(VERDICT_RULES, start=1)
        ],
        "flags": [
            {
                "id": flag.id,
                "when": t(lang, f"assessment.flags.{flag.id}.when", **thresholds),
                "step": flag.step.as_json(lang),
            }
            for flag in FLAGS
        ],
        "what_would_change": t(lang, "assessment.explain.what_would_change", count=MAX_CHANGES),
    }


def _answer(contribution: Contribution, answers: Answers, lang: str, ratio: float | None) -> str:
    """The answer behind one case criterion, as the reader gave it."""
    spec = FIELDS_BY_ID.get(contribution.id)
    if spec is not None and spec.id in FREQUENCY_FIELDS:
        return t(lang, spec.choice_key(str(getattr(answers, contribution.id))))
    if contribution.id == "low_rate" and ratio is not None:
        return t(lang, "assessment.explain.rate_answer", ratio=format_percent(lang, ratio * 100))
    count = len(answers.deal_breakers_hit)
    return t(lang, "assessment.explain.deal_breakers_answer", count=format_number(lang, count))


def worked_example(answers: Answers, lang: str) -> dict[str, Any]:
    """The case score of ``answers`` built step by step, then the rule, verdict and changes."""
    lang = check_lang(lang)
    result = assess(answers)
    body = report(result, answers, lang)
    problems = sorted(
        (c for c in result.contributions if c.kind == "case" and c.points > 0),
        key=lambda c: -c.points,
    )
    rows: list[dict[str, str]] = []
    total = 0.0
    for contribution in problems:
        left = SCALE - total
        adds = contribution.points * left / SCALE
        total += adds
        rows.append(
            {
                "id": contribution.id,
                "label": t(lang, f"assessment.criteria.{contribution.id}"),
                "answer": _answer(contribution, answers, lang, result.money.rate_ratio),
                "alone": format_number(lang, contribution.points, 1),
                "left": format_number(lang, left, 1),
                "adds": format_number(lang, adds, 1),
                "total": format_number(lang, total, 1),
            }
        )
    order = next(i for i, rule in enumerate(VERDICT_RULES, start=1) if rule.id == result.rule)
    when = t(lang, f"assessment.rules.{result.rule}.when", **threshold_values(lang))
    steps = body["next_steps"]
    return {
        "lang": lang,
        "client": answers.client_name,
        "rows": rows,
        "case_score": result.case_score,
        "verdict": result.verdict,
        "score_text": t(
            lang,
            "assessment.explain.example_score",
            score=result.case_score,
            band=body["case_band"]["label"],
            risk=result.risk_score,
            risk_band=body["risk_band"]["label"],
        ),
        "rule_text": t(lang, "assessment.explain.example_rule", order=order, when=when),
        "verdict_title": body["verdict_title"],
        "verdict_text": body["verdict_text"],
        "first_step": steps[0]["text"] if steps else "",
        "what_would_change": [change["text"] for change in body["what_would_change"]],
    }
