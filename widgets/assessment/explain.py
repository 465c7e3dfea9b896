"""The rules of the model in plain words, for the "How the score works" page.

Every number on that page comes from here, so prose never repeats a weight or a threshold.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from widgets.assessment.criteria import CRITERIA, KINDS
from widgets.assessment.flags import FLAGS
from widgets.assessment.model import MODEL_VERSION
from widgets.assessment.numbers import format_number
from widgets.assessment.thresholds import THRESHOLDS, threshold_values
from widgets.assessment.verdicts import VERDICT_RULES, VERDICTS
from widgets.i18n import check_lang, t


def scoring_rules(lang: str) -> dict[str, Any]:
    """Criteria, thresholds, verdict rules (in evaluation order) and flags, in ``lang``."""
    lang = check_lang(lang)
    thresholds = threshold_values(lang)
    totals = {kind: sum(c.max_points for c in CRITERIA if c.kind == kind) for kind in KINDS}
    return {
        "model_version": MODEL_VERSION,
        "lang": lang,
        "scores": [
            {
                "kind": kind,
                "max_points": totals[kind],
                "label": t(lang, f"assessment.scores.{kind}"),
                "text": t(
                    lang,
                    f"assessment.explain.{kind}_total",
                    max_points=format_number(lang, totals[kind]),
                ),
            }
            for kind in KINDS
        ],
        "criteria": [
            {
                "id": criterion.id,
                "kind": criterion.kind,
                "label": t(lang, criterion.label_key),
                "max_points": criterion.max_points,
                "step": criterion.step.as_json(lang),
                "how": criterion.scale.how(lang, criterion.max_points),
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
    }
