"""The assessment operations the browser worker can call, JSON in and JSON out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from widgets.assessment.explain import scoring_rules
from widgets.assessment.form import form_table
from widgets.assessment.model import assess
from widgets.assessment.parsing import AnswersError, parse_answers
from widgets.assessment.report import report
from widgets.i18n import DEFAULT_LANG, check_lang


def _lang(payload: dict[str, Any]) -> str:
    """The language a payload asks for, French by default."""
    return check_lang(payload.get("lang") or DEFAULT_LANG)


def assess_op(payload: dict[str, Any]) -> dict[str, Any]:
    """``{"answers", "lang"}`` to ``{"errors", "report"}``; the report is null on errors."""
    lang = _lang(payload)
    try:
        raw = payload.get("answers")
        answers = parse_answers({} if raw is None else raw)
    except AnswersError as error:
        return {"errors": [e.as_json(lang) for e in error.errors], "report": None}
    return {"errors": [], "report": report(assess(answers), answers, lang)}


def fields_op(payload: dict[str, Any]) -> dict[str, Any]:
    """The form's groups and fields, with their texts in the payload's language."""
    return form_table(_lang(payload))


def rules_op(payload: dict[str, Any]) -> dict[str, Any]:
    """The scoring rules in plain words, in the payload's language."""
    return scoring_rules(_lang(payload))


OPS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "assess": assess_op,
    "assessment_fields": fields_op,
    "assessment_rules": rules_op,
}
