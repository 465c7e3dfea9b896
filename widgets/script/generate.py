"""From the inputs to the script: conversation, email, letter, objections and warnings."""

from __future__ import annotations

from typing import Any

from widgets.fields.table import Field
from widgets.i18n import has, t
from widgets.script.caveats import warnings_for
from widgets.script.inputs import SCRIPT, ScriptInputs
from widgets.script.model import SECTION_IDS, Email, Letter, Line, LineKind, Script, Section
from widgets.script.notice import Notice, notice_for
from widgets.script.objections import objections
from widgets.script.reasons import reason
from widgets.script.templates import render_part
from widgets.script.wording import format_date, oneline, plural

# How a conversation template marks the kind of a line; any other line is said to the client.
_MARKERS: tuple[tuple[str, LineKind], ...] = ((":: ", "cue"), ("- ", "item"))


def reason_texts(inputs: ScriptInputs) -> list[str]:
    """The reasons to give, bank first then the reader's own, each on one line."""
    chosen = [reason(item).text(inputs.lang) for item in inputs.reasons]
    return chosen + [oneline(text) for text in inputs.own_reasons]


def _placeholder(lang: str, field_id: str) -> str | None:
    """The bracketed marker of a field left blank, when the catalogue has one."""
    key = f"script.placeholders.{field_id}"
    return t(lang, key) if has(lang, key) else None


def _typed(inputs: ScriptInputs, spec: Field) -> Any:
    """A field's value for the templates: texts on one line (or as lines), markers for blanks."""
    value = getattr(inputs, spec.id)
    if spec.kind != "text":
        return value
    marker = _placeholder(inputs.lang, spec.id)
    if spec.lines > 1:
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        return lines or ([marker] if marker else [])
    return oneline(value) or marker or ""


def context(inputs: ScriptInputs) -> dict[str, Any]:
    """Everything the templates need: every field of the table by its id (texts with a marker
    where they are blank), and the values worked out from several fields."""
    lang = inputs.lang

    def placeholder(key: str) -> str:
        """The bracketed marker of a missing value."""
        return t(lang, f"script.placeholders.{key}")

    providers = [
        {
            "name": oneline(item.name) or placeholder("replacement_name"),
            "contact": oneline(item.contact),
        }
        for item in inputs.replacements
    ] or [{"name": placeholder("replacement_name"), "contact": placeholder("replacement_contact")}]
    notice = notice_for(inputs)
    years = inputs.relationship_years
    end_date = format_date(inputs.end_date, lang) if inputs.end_date else placeholder("end_date")
    return {
        **{spec.id: _typed(inputs, spec) for spec in SCRIPT.fields},
        "letter_date": placeholder("letter_date"),
        "reason_list": reason_texts(inputs),
        "reason_placeholder": placeholder("reason"),
        "replacements": providers,
        "end_date": end_date,
        "notice": notice.in_words(lang) if notice else placeholder("notice"),
        "notice_basis": notice_basis(notice),
        "relationship": "" if years is None else plural(lang, "years", years),
        "handover": [t(lang, f"script.handover.{item}") for item in inputs.handover.chosen()],
    }


def notice_basis(notice: Notice | None) -> str:
    """Where the notice comes from, which changes how the templates word it."""
    if notice is None:
        return "none"
    return "days" if notice.days is not None else "relationship"


def parse_lines(text: str) -> tuple[Line, ...]:
    """The lines of a rendered section, each with its kind, blank lines dropped."""
    lines: list[Line] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        kind: LineKind = "say"
        for marker, marked in _MARKERS:
            if raw.startswith(marker):
                kind, raw = marked, raw[len(marker) :]
                break
        lines.append(Line(kind, raw.strip()))
    return tuple(lines)


def conversation(inputs: ScriptInputs, values: dict[str, Any]) -> tuple[Section, ...]:
    """The conversation, section by section; the capacity line only when the reader keeps it."""
    lang = inputs.lang
    return tuple(
        Section(
            id=section,
            title=t(lang, f"script.sections.{section}"),
            lines=parse_lines(render_part(lang, "conversation", section, values)),
        )
        for section in SECTION_IDS
        if section != "capacity" or inputs.capacity_line
    )


def generate(inputs: ScriptInputs) -> Script:
    """The whole script for these inputs."""
    lang = inputs.lang
    values = context(inputs)
    return Script(
        lang=lang,
        channel=inputs.channel,
        client=values["client_name"],
        conversation=conversation(inputs, values),
        email=Email(
            subject=render_part(lang, "email", "subject", values),
            body=render_part(lang, "email", "body", values) + "\n",
        ),
        letter=Letter(
            title=render_part(lang, "letter", "title", values),
            text=render_part(lang, "letter", "body", values) + "\n",
        ),
        objections=objections(lang),
        warnings=warnings_for(inputs),
    )
