"""Script inputs prefilled from an assessment report, so the reader does not type twice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from widgets.i18n import check_lang
from widgets.script.errors import LocalizedError, shown
from widgets.script.reasons import MIN_REASONS, general_reasons, reasons_for

VERDICTS = ("keep", "fix_first", "hand_over", "exit_with_care", "exit")
# Beyond five reasons the conversation drags; the article asks for at least three.
MAX_PREFILLED_REASONS = 5


class ReportError(LocalizedError):
    """The assessment report cannot be read."""

    prefix = "script.prefill"


def _case_criteria(report: Mapping[str, Any]) -> list[str]:
    """The criteria that make the case for ending, strongest first (report order on ties)."""
    contributions = report.get("contributions") or []
    if not isinstance(contributions, list):
        raise ReportError("bad_contributions")
    cases: list[tuple[float, str]] = []
    for item in contributions:
        if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
            raise ReportError("bad_contributions")
        points = item.get("points", 0)
        if isinstance(points, bool) or not isinstance(points, int | float):
            raise ReportError("bad_contributions")
        if item.get("kind") == "case" and points > 0:
            cases.append((points, item["id"]))
    # sorted() is stable, so equal points keep the order the report gives.
    return [criterion for _, criterion in sorted(cases, key=lambda case: -case[0])]


def prefill_reasons(criteria: list[str]) -> list[str]:
    """One distinct reason per criterion, strongest first, completed with general reasons."""
    chosen: list[str] = []
    for criterion in criteria:
        fresh = [item.id for item in reasons_for(criterion) if item.id not in chosen]
        if fresh and len(chosen) < MAX_PREFILLED_REASONS:
            chosen.append(fresh[0])
    for item in general_reasons():
        if len(chosen) >= MIN_REASONS:
            break
        if item.id not in chosen:
            chosen.append(item.id)
    return chosen


def _name(report: Mapping[str, Any], key: str) -> str:
    """A name of the report, or "" when it has none."""
    value = report.get(key)
    return value.strip() if isinstance(value, str) else ""


def prefill_from_report(report: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """JSON-ready generator inputs drawn from an assessment report."""
    lang = check_lang(lang)
    if not isinstance(report, Mapping):
        raise ReportError("not_object")
    verdict = report.get("verdict")
    if verdict not in VERDICTS:
        raise ReportError("unknown_verdict", value=shown(verdict))
    inputs: dict[str, Any] = {
        "lang": lang,
        "client_name": _name(report, "client_name"),
        "reasons": prefill_reasons(_case_criteria(report)),
        "holds_stake": report.get("holds_stake") is True,
    }
    partner = _name(report, "partner_name")
    # Part 1, step 4: a partner who wants the client is the natural replacement.
    if verdict == "hand_over" and partner:
        inputs["replacements"] = [{"name": partner, "contact": ""}]
    return inputs
