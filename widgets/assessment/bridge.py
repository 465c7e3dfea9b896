"""The assessment operation the browser worker calls, JSON in and JSON out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from widgets.assessment.model import assess
from widgets.assessment.parsing import parse_answers
from widgets.assessment.report import report
from widgets.fields.numbers import format_number
from widgets.i18n import Lang

# The scores are out of 100.
SCORE_MAX = 100


def _shown(body: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """Every figure the page writes, in the language's own way (meters, comparison)."""
    return {
        "case_score": format_number(lang, body["case_score"]),
        "risk_score": format_number(lang, body["risk_score"]),
        "score_max": format_number(lang, SCORE_MAX),
        "contributions": {
            item["id"]: {
                "points": format_number(lang, item["points"], 1),
                "max_points": format_number(lang, item["max_points"], 1),
            }
            for item in body["contributions"]
        },
    }


def assess_op(payload: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    """``{"answers"}`` to the report in ``lang``, and its figures as the page writes them."""
    raw = payload.get("answers")
    answers = parse_answers({} if raw is None else raw)
    body = report(assess(answers), answers, lang)
    return {"report": body, "shown": _shown(body, lang)}


OPS: dict[str, Callable[[Mapping[str, Any], Lang], Any]] = {"assess": assess_op}
