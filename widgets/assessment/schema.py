"""JSON Schemas (draft 2020-12) of the answers and of the report, built from the tables."""

from __future__ import annotations

from typing import Any

from widgets.assessment.changes import MAX_CHANGES
from widgets.assessment.criteria import CRITERIA, KINDS
from widgets.assessment.fields import FIELDS, Field
from widgets.assessment.flags import FLAGS
from widgets.assessment.next_steps import NEXT_STEPS
from widgets.assessment.thresholds import CASE_BANDS, RISK_BANDS
from widgets.assessment.verdicts import OPINIONS, VERDICT_RULES, VERDICTS
from widgets.i18n import LANGS, t
from widgets.steps import ALL_STEPS, PAGES

DIALECT = "https://json-schema.org/draft/2020-12/schema"
# Forms send numbers as text: digits, spaces between thousands, a comma or dot for decimals.
# The engine (widgets.fields.numbers) checks such text more closely than this pattern can.
_SPACES = " \u00a0\u202f\u2009"
NUMERIC_TEXT = f"^[{_SPACES}]*([-+]?[0-9{_SPACES}.,]*[0-9][0-9{_SPACES}.,]*)?$"
_BLANK = {"type": "string", "pattern": f"^[{_SPACES}]*$"}
_NULL = {"type": "null"}


def _number_schema(spec: Field) -> dict[str, Any]:
    """A number within the field's bounds, or numeric text."""
    number: dict[str, Any] = {"type": "integer" if spec.kind == "int" else "number"}
    if spec.minimum is not None:
        number["minimum"] = spec.minimum
    if spec.maximum is not None:
        number["maximum"] = spec.maximum
    return {"anyOf": [number, {"type": "string", "pattern": NUMERIC_TEXT}, _NULL]}


def _value_schema(spec: Field) -> dict[str, Any]:
    """The JSON values one field accepts."""
    if spec.kind == "choice":
        return {"anyOf": [{"enum": list(spec.choices)}, _BLANK, _NULL]}
    if spec.kind == "bool":
        return {"anyOf": [{"type": "boolean"}, {"enum": ["true", "false"]}, _BLANK, _NULL]}
    if spec.kind == "text":
        return {"type": ["string", "null"], "maxLength": spec.max_length}
    if spec.kind == "text_list":
        return {
            "anyOf": [
                {
                    "type": "array",
                    "maxItems": spec.max_items,
                    "items": {"type": "string", "maxLength": spec.max_length},
                },
                _BLANK,
                _NULL,
            ]
        }
    return _number_schema(spec)


def _default(spec: Field) -> object:
    """The field's default as JSON."""
    return list(spec.default) if isinstance(spec.default, tuple) else spec.default


def answers_schema(lang: str = "en") -> dict[str, Any]:
    """The answers a request may carry; titles and descriptions in ``lang``."""
    properties = {
        spec.id: {
            "title": t(lang, spec.label_key),
            "description": t(lang, spec.hint_key),
            "default": _default(spec),
            **_value_schema(spec),
        }
        for spec in FIELDS
    }
    return {
        "$schema": DIALECT,
        "title": t(lang, "assessment.schema.answers_title"),
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }


def _closed(properties: dict[str, Any]) -> dict[str, Any]:
    """An object with exactly these properties, all required."""
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


_TEXT = {"type": "string"}
_STEP_REF = {"$ref": "#/$defs/step"}
_NUMBER_OR_NULL = {"type": ["number", "null"]}


def report_schema(lang: str = "en") -> dict[str, Any]:
    """The report that ``report`` returns, field by field; title in ``lang``."""
    next_step_ids = sorted({step.id for steps in NEXT_STEPS.values() for step in steps})
    step = _closed(
        {
            "page": {"enum": list(PAGES)},
            "anchor": {"enum": sorted({s.anchor for s in ALL_STEPS})},
            "label": _TEXT,
        }
    )
    contribution = _closed(
        {
            "id": {"enum": [c.id for c in CRITERIA]},
            "kind": {"enum": list(KINDS)},
            "points": {"type": "number", "minimum": 0},
            "max_points": {"type": "number", "minimum": 0},
            "label": _TEXT,
            "step": _STEP_REF,
        }
    )
    money = _closed(
        {
            "effective_rate": _NUMBER_OR_NULL,
            "standard_rate": _NUMBER_OR_NULL,
            "rate_ratio": _NUMBER_OR_NULL,
            "annual_revenue": _NUMBER_OR_NULL,
            "annual_hours": _NUMBER_OR_NULL,
            "revenue_share": _NUMBER_OR_NULL,
            "text": _TEXT,
        }
    )
    score = {"type": "integer", "minimum": 0, "maximum": 100}
    text_or_null = {"type": ["string", "null"]}
    field_ids = {"enum": [spec.id for spec in FIELDS]}
    answer_value = {"type": ["string", "boolean", "number"]}
    change = _closed(
        {
            "field": field_ids,
            "value": answer_value,
            "verdict": {"enum": list(VERDICTS)},
            "text": _TEXT,
            # Every answer the change sets, so that it can be replayed exactly.
            "answers": {
                "type": "object",
                "propertyNames": field_ids,
                "additionalProperties": answer_value,
                "minProperties": 1,
            },
        }
    )
    body = _closed(
        {
            "model_version": _TEXT,
            "lang": {"enum": list(LANGS)},
            "verdict": {"enum": list(VERDICTS)},
            "rule": {"enum": [rule.id for rule in VERDICT_RULES]},
            "verdict_title": _TEXT,
            "verdict_text": _TEXT,
            "case_score": score,
            "risk_score": score,
            "case_band": _closed({"id": {"enum": list(CASE_BANDS)}, "label": _TEXT}),
            "risk_band": _closed({"id": {"enum": list(RISK_BANDS)}, "label": _TEXT}),
            "second_opinion": _closed({"id": {"enum": list(OPINIONS)}, "text": _TEXT}),
            "what_would_change": {"type": "array", "maxItems": MAX_CHANGES, "items": change},
            "contributions": {"type": "array", "items": contribution},
            "money": money,
            "flags": {
                "type": "array",
                "items": _closed(
                    {"id": {"enum": [f.id for f in FLAGS]}, "text": _TEXT, "step": _STEP_REF}
                ),
            },
            "next_steps": {
                "type": "array",
                "items": _closed({"id": {"enum": next_step_ids}, "text": _TEXT, "step": _STEP_REF}),
            },
            "client_name": text_or_null,
            "partner_name": text_or_null,
            "holds_stake": {"type": "boolean"},
            "deal_breakers_hit": {"type": "integer", "minimum": 0},
        }
    )
    title = t(lang, "assessment.schema.report_title")
    return {"$schema": DIALECT, "title": title, **body, "$defs": {"step": step}}
