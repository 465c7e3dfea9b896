"""Script inputs prefilled from an assessment report, so the reader does not type twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from widgets.assessment.verdicts import VERDICTS, Verdict
from widgets.fields.parse import parse
from widgets.fields.table import Form, row
from widgets.i18n import check_lang, t
from widgets.script.reasons import MIN_REASONS, general_reasons, reasons_for

# Beyond five reasons the conversation drags; the article asks for at least three.
MAX_PREFILLED_REASONS = 5
# Verdicts that advise against an exit for now: the page says what the assessment advised,
# and offers a reminder to reassess the client.
REASSESS_VERDICTS: tuple[Verdict, ...] = ("keep", "fix_first")


@dataclass(frozen=True)
class Contribution:
    """What the generator reads of one criterion's contribution to the report."""

    id: str = row("text", "", required=True)
    kind: str = row("text", "")
    # A criterion's points are out of the score's 100.
    points: float = row("number", 0, minimum=0, maximum=100)


@dataclass(frozen=True)
class ReportSummary:
    """What the generator reads of an assessment report; its other values are left alone."""

    verdict: Verdict = row(
        "choice", required=True, choices=VERDICTS, choice_keys="assessment.verdicts.{choice}.title"
    )
    contributions: tuple[Contribution, ...] = row("records", (), model=Contribution, extra="ignore")
    client_name: str = row("text", "")
    partner_name: str = row("text", "")
    holds_stake: bool = row("bool", False)


REPORT: Form[ReportSummary] = Form(ReportSummary, "report", keys="script.prefill", extra="ignore")


def _case_criteria(summary: ReportSummary) -> list[str]:
    """The criteria that make the case for ending, strongest first (report order on ties)."""
    cases = [item for item in summary.contributions if item.kind == "case" and item.points > 0]
    # sorted() is stable, so equal points keep the order the report gives.
    return [item.id for item in sorted(cases, key=lambda item: -item.points)]


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


def prefill_from_report(report: object, lang: str) -> dict[str, Any]:
    """JSON-ready generator inputs drawn from an assessment report (InputError if unreadable)."""
    lang = check_lang(lang)
    summary = parse(REPORT, report)
    inputs: dict[str, Any] = {
        "lang": lang,
        "client_name": summary.client_name,
        "reasons": prefill_reasons(_case_criteria(summary)),
        "holds_stake": summary.holds_stake,
    }
    # Part 1, step 4: a partner who wants the client is the natural replacement.
    if summary.verdict == "hand_over" and summary.partner_name:
        inputs["replacements"] = [{"name": summary.partner_name, "contact": ""}]
    return inputs


def prefill_notices(report: object, lang: str) -> list[dict[str, Any]]:
    """What the page says once it has prefilled the form: each notice's id and words, and
    whether it offers the reminder to reassess."""
    summary = parse(REPORT, report)
    notices: list[dict[str, Any]] = [
        {"id": "prefilled", "text": t(lang, "script.ui.prefilled"), "reminder": False}
    ]
    if summary.holds_stake:
        text = t(lang, "script.warnings.professional_advice")
        notices.append({"id": "professional_advice", "text": text, "reminder": False})
    if summary.verdict in REASSESS_VERDICTS:
        text = t(lang, f"script.ui.advised.{summary.verdict}")
        notices.append({"id": "reassess", "text": text, "reminder": True})
    return notices
