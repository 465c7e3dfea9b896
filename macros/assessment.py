"""Macros of the assessment pages: the form shell and the "How the score works" tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from macros import organisation as org
from macros.render import page_lang, render, shell_messages
from widgets import dealbreakers
from widgets.assessment.explain import scoring_rules, worked_example
from widgets.assessment.form import form_table
from widgets.assessment.parsing import parse_answers
from widgets.i18n import catalog, t
from widgets.steps import ALL_STEPS

SCORING_SECTIONS = (
    "scores",
    "bands",
    "criteria",
    "thresholds",
    "verdicts",
    "rules",
    "what_would_change",
    "flags",
)
# The answer files the scoring page may work through, as the tests and the CLI read them.
EXAMPLES = Path(__file__).parents[1] / "examples" / "assessment"


def _messages(lang: str, organisation: org.Organisation | None = None) -> dict[str, Any]:
    """The strings the browser module needs, so that it never carries words of its own; an
    internal copy adds the next step that names who to ask."""
    contact = org.contact_text(organisation, lang)
    words = catalog(lang)["assessment"]
    return shell_messages(
        lang,
        ui=words["ui"],
        scores=words["scores"],
        client_fallback=words["report"]["client_fallback"],
        **({"organisation_contact": contact} if contact else {}),
    )


def _deal_breakers(lang: str) -> dict[str, Any]:
    """Where the reader's saved list is and how it is written, and its catalogue's words."""
    return {
        "storage": dealbreakers.STORAGE_KEY,
        "format": dealbreakers.FORMAT,
        "version": dealbreakers.VERSION,
        # Saved deal-breakers may hold catalogue ids: the page shows their words.
        "labels": {item.id: item.text(lang) for item in dealbreakers.BEHAVIOURS},
    }


def _step_labels(lang: str) -> dict[str, str]:
    """The label of every playbook step, keyed ``page#anchor``."""
    return {f"{step.page}#{step.anchor}": step.as_json(lang)["label"] for step in ALL_STEPS}


def _step_tags(lang: str) -> dict[str, str]:
    """The short name of every playbook step ("Decide, step 1"), keyed ``page#anchor``."""
    return {
        f"{step.page}#{step.anchor}": t(
            lang,
            "assessment.ui.path.tag",
            part=t(lang, f"assessment.steps.pages.{step.page}"),
            number=step.number,
        )
        for step in ALL_STEPS
    }


def form_html(lang: str, organisation: org.Organisation | None = None) -> str:
    """The assessment form, rendered from its table, readable and fillable before any script;
    an internal copy's policy is offered beside the reader's own deal-breakers."""
    return render(
        "assessment_form.html",
        lang=lang,
        form=form_table(lang),
        messages=_messages(lang, organisation),
        deal_breakers=_deal_breakers(lang),
        step_labels=_step_labels(lang),
        policy=org.policy_offer(organisation, lang),
        step_tags=_step_tags(lang),
    )


def register(env: Any) -> None:
    """Add this module's macros to the page environment."""

    @env.macro  # type: ignore[untyped-decorator]
    def schema_url(name: str) -> str:
        """A published JSON Schema's address from the current page (hooks/schemas.py)."""
        return "../" * str(env.page.url).count("/") + f"schemas/{name}.schema.json"

    @env.macro  # type: ignore[untyped-decorator]
    def assessment_form() -> str:
        """The assessment form, readable and fillable before any script runs."""
        return form_html(page_lang(env), org.of(env))

    @env.macro  # type: ignore[untyped-decorator]
    def scoring_rules_table(section: str | None = None) -> str:
        """One section of the scoring rules (or all of them), as the engine states them."""
        if section is not None and section not in SCORING_SECTIONS:
            raise ValueError(f"unknown section {section!r}: expected one of {SCORING_SECTIONS}")
        lang = page_lang(env)
        sections = SCORING_SECTIONS if section is None else (section,)
        return render(
            "scoring_rules.html",
            lang=lang,
            rules=scoring_rules(lang),
            sections=sections,
            messages_ui=catalog(lang)["assessment"]["ui"],
            score_labels=catalog(lang)["assessment"]["scores"],
        )

    @env.macro  # type: ignore[untyped-decorator]
    def scoring_example(name: str) -> str:
        """One example answer file worked through by the engine, step by step."""
        lang = page_lang(env)
        answers = parse_answers(json.loads((EXAMPLES / f"{name}.json").read_text("utf-8")))
        return render(
            "scoring_example.html",
            example=worked_example(answers, lang),
            ui=catalog(lang)["assessment"]["ui"],
        )
