"""The assessment as a localized, JSON-ready report."""

from __future__ import annotations

from typing import Any

from widgets.assessment.answers import Answers
from widgets.assessment.changes import change_text
from widgets.assessment.criteria import CRITERIA_BY_ID
from widgets.assessment.fields import FIELDS_BY_ID
from widgets.assessment.flags import FLAGS_BY_ID
from widgets.assessment.model import Assessment
from widgets.assessment.money import Money
from widgets.assessment.thresholds import threshold_values
from widgets.assessment.verdicts import Facts
from widgets.fields.numbers import format_number, format_percent
from widgets.i18n import check_lang, t


def _rounded(value: float | None, decimals: int) -> float | None:
    """``value`` rounded for display, None kept."""
    return None if value is None else round(value, decimals)


def money_text(money: Money, lang: str) -> str:
    """The money figures in one or two plain sentences."""
    sentences: list[str] = []
    if money.effective_rate is not None and money.annual_revenue is not None:
        values = {
            "revenue": format_number(lang, money.annual_revenue),
            "hours": format_number(lang, money.annual_hours or 0),
            "rate": format_number(lang, money.effective_rate),
        }
        if money.rate_ratio is not None and money.standard_rate is not None:
            values["ratio"] = format_percent(lang, money.rate_ratio * 100)
            values["standard"] = format_number(lang, money.standard_rate)
            sentences.append(t(lang, "assessment.money.rate_compared", **values))
        else:
            sentences.append(t(lang, "assessment.money.rate_only", **values))
    elif money.annual_revenue is not None and money.annual_hours == 0:
        sentences.append(t(lang, "assessment.money.no_hours"))
    else:
        sentences.append(t(lang, "assessment.money.missing"))
    if money.revenue_share is not None:
        share = format_percent(lang, money.revenue_share)
        sentences.append(t(lang, "assessment.money.share", share=share))
    return " ".join(sentences)


def _money_json(money: Money, lang: str) -> dict[str, Any]:
    """The money figures, rounded for display, and their sentence."""
    return {
        "effective_rate": _rounded(money.effective_rate, 2),
        "standard_rate": money.standard_rate,
        "rate_ratio": _rounded(money.rate_ratio, 4),
        "annual_revenue": money.annual_revenue,
        "annual_hours": _rounded(money.annual_hours, 2),
        "revenue_share": money.revenue_share,
        "text": money_text(money, lang),
    }


def _names(answers: Answers, lang: str) -> dict[str, str]:
    """The client and partner names the sentences quote, or a neutral phrase."""
    return {
        "client": answers.client_name or t(lang, "assessment.report.client_fallback"),
        "partner": answers.partner_name or t(lang, "assessment.report.partner_fallback"),
    }


def _flag_values(answers: Answers, lang: str) -> dict[str, str]:
    """The answers the warning sentences quote."""
    visibility = FIELDS_BY_ID["visibility"].choice_key(answers.visibility)
    share = answers.revenue_share
    return {
        "connections": format_number(lang, answers.connections),
        "visibility": t(lang, visibility),
        "share": format_percent(lang, share) if share is not None else "",
    }


def _warnings(flags: tuple[str, ...], values: dict[str, str], lang: str) -> str:
    """The warnings raised, named in one phrase, so the verdict says which one decided it."""
    names = [t(lang, f"assessment.flags.{flag}.name", **values) for flag in flags]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + t(lang, "assessment.remedies.and") + names[-1]


def _remedies(facts: Facts, lang: str) -> str:
    """The remedies still due, in the playbook's order, as one phrase."""
    phrases = [t(lang, f"assessment.remedies.{remedy}") for remedy in facts.remedies_due]
    return t(lang, "assessment.remedies.and").join(phrases)


def _second_opinion(facts: Facts, lang: str) -> dict[str, str]:
    """What the people consulted think, in one sentence."""
    answers = facts.answers
    text = t(
        lang,
        f"assessment.second_opinion.{facts.opinion}",
        agree=format_number(lang, answers.agree_unsalvageable),
        consulted=format_number(lang, answers.consulted),
        **threshold_values(lang),
    )
    return {"id": facts.opinion, "text": text}


def _band(kind: str, band: str, lang: str) -> dict[str, str]:
    """A score's band: its id and its words."""
    return {"id": band, "label": t(lang, f"assessment.bands.{kind}.{band}")}


def report(assessment: Assessment, answers: Answers, lang: str) -> dict[str, Any]:
    """The assessment in ``lang``: verdict in plain words, scores, money, next steps, changes."""
    lang = check_lang(lang)
    names = _names(answers, lang)
    facts = assessment.facts
    scores = {
        "case_score": str(assessment.case_score),
        "risk_score": str(assessment.risk_score),
        "case_band": t(lang, f"assessment.bands.case.{assessment.case_band}"),
        "risk_band": t(lang, f"assessment.bands.risk.{assessment.risk_band}"),
    }
    flag_values = _flag_values(answers, lang)
    return {
        "model_version": assessment.model_version,
        "lang": lang,
        "verdict": assessment.verdict,
        "rule": assessment.rule,
        "verdict_title": t(lang, f"assessment.verdicts.{assessment.verdict}.title"),
        "verdict_text": t(
            lang,
            f"assessment.rules.{assessment.rule}.text",
            **scores,
            **names,
            remedies=_remedies(facts, lang),
            warnings=_warnings(tuple(assessment.flags), flag_values, lang),
            **threshold_values(lang),
        ),
        "case_score": assessment.case_score,
        "risk_score": assessment.risk_score,
        "case_band": _band("case", assessment.case_band, lang),
        "risk_band": _band("risk", assessment.risk_band, lang),
        "second_opinion": _second_opinion(facts, lang),
        "what_would_change": [
            {
                "field": change.field,
                "value": change.value,
                "verdict": change.verdict,
                "text": change_text(change, answers, lang, names),
                "answers": dict(change.answers),
            }
            for change in assessment.what_would_change
        ],
        "contributions": [
            {
                "id": contribution.id,
                "kind": contribution.kind,
                "points": round(contribution.points, 1),
                "max_points": contribution.max_points,
                "label": t(lang, CRITERIA_BY_ID[contribution.id].label_key),
                "step": contribution.step.as_json(lang),
            }
            for contribution in assessment.contributions
        ],
        "money": _money_json(assessment.money, lang),
        "flags": [
            {
                "id": flag,
                "text": t(lang, f"assessment.flags.{flag}.text", **flag_values),
                "step": FLAGS_BY_ID[flag].step.as_json(lang),
            }
            for flag in assessment.flags
        ],
        "next_steps": [
            {
                "id": step.id,
                "text": t(lang, step.text_key, **names),
                "step": step.step.as_json(lang),
            }
            for step in assessment.next_steps
        ],
        "client_name": answers.client_name,
        "partner_name": answers.partner_name,
        "holds_stake": answers.holds_stake,
        "deal_breakers_hit": len(answers.deal_breakers_hit),
    }
