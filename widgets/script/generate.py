"""From the inputs to the script: conversation, email, letter, objections and warnings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from widgets.fields.table import Field
from widgets.i18n import has, t
from widgets.script.addressee import (
    address_lines,
    addressee,
    attention_line,
    closing_address,
    named_with_title,
    salutation,
    spoken_name,
)
from widgets.script.caveats import (
    placeholder_warning,
    placeholders_in,
    terms_reasons,
    warnings_for,
)
from widgets.script.inputs import SCRIPT, ScriptInputs
from widgets.script.model import SECTION_IDS, Email, Letter, Line, LineKind, Script, Section
from widgets.script.notes import letter_notes, notes_heading
from widgets.script.notice import Notice, end_date, notice_for
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


def _lines(value: str) -> list[str]:
    """The non-blank lines of a text, stripped."""
    return [line.strip() for line in value.splitlines() if line.strip()]


def _typed(inputs: ScriptInputs, spec: Field) -> Any:
    """A field's value for the templates: texts on one line (or as lines), markers for blanks."""
    value = getattr(inputs, spec.id)
    if spec.kind != "text":
        return value
    marker = _placeholder(inputs.lang, spec.id)
    if spec.lines > 1:
        return _lines(value) or ([marker] if marker else [])
    return oneline(value) or marker or ""


def _client_block(inputs: ScriptInputs) -> dict[str, Any]:
    """The client as the letters name and address them: the company, the contact person, the
    address lines that do not repeat either, the salutations."""
    lang, tone = inputs.lang, inputs.tone
    person = addressee(inputs)
    company = oneline(inputs.client_name)
    # A client with no company named is the contact person themself.
    if company:
        name, attention = company, attention_line(lang, person)
    elif person.full_name:
        name, attention = named_with_title(lang, person), ""
    else:
        name, attention = t(lang, "script.placeholders.client_name"), ""
    lines = address_lines(_lines(inputs.client_contact), company, person)
    return {
        "client_name": name,
        "attention": attention,
        "client_contact": lines or [t(lang, "script.placeholders.client_contact")],
        "salutation": salutation(lang, tone, person),
        "spoken_name": spoken_name(lang, tone, person),
        "closing_address": closing_address(lang, person),
        "addressee": person.form,
    }


def _transition(inputs: ScriptInputs) -> dict[str, Any]:
    """The notice and the end date as the letters word them."""
    lang = inputs.lang

    def placeholder(key: str) -> str:
        """The bracketed marker of a missing value."""
        return t(lang, f"script.placeholders.{key}")

    notice = notice_for(inputs)
    ends = end_date(inputs)
    years = inputs.relationship_years
    sent = inputs.send_date
    return {
        "letter_date": (
            t(lang, "script.dates.letter", date=format_date(sent, lang))
            if sent
            else placeholder("letter_date")
        ),
        "end_date": format_date(ends, lang) if ends else placeholder("end_date"),
        "notice": notice.in_words(lang) if notice else placeholder("notice"),
        "notice_basis": notice_basis(notice),
        "relationship": "" if years is None else plural(lang, "years", years),
        "fixed_term": inputs.contract_kind == "fixed_term",
        # An end date typed with no notice known stands alone; otherwise the notice is named,
        # with a marker when it is unknown.
        "end_typed": inputs.end_date is not None,
    }


def context(inputs: ScriptInputs) -> dict[str, Any]:
    """Everything the templates need: every field of the table by its id (texts with a marker
    where they are blank), and the values worked out from several fields."""
    lang, country = inputs.lang, inputs.country

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
    return {
        **{spec.id: _typed(inputs, spec) for spec in SCRIPT.fields},
        **_client_block(inputs),
        **_transition(inputs),
        "reason_list": reason_texts(inputs),
        "reason_placeholder": placeholder("reason"),
        "replacements": providers,
        "handover": [t(lang, f"script.handover.{item}") for item in inputs.handover.chosen()],
        "delivery": t(lang, f"script.delivery.{country}.line"),
        "delivery_phrase": t(lang, f"script.delivery.{country}.phrase"),
        "notes_heading": notes_heading(lang, country),
        "notes": letter_notes(lang, country),
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


def _said(script: Script) -> list[str]:
    """Every text the script gives the reader to say, send or print."""
    lines = [line.text for section in script.conversation for line in section.lines]
    replies = [item.reply for item in script.objections]
    return [*lines, *replies, script.email.subject, script.email.body, script.letter.text]


def generate(inputs: ScriptInputs) -> Script:
    """The whole script for these inputs, with every marker left to fill in listed."""
    lang = inputs.lang
    values = context(inputs)
    script = Script(
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
        objections=objections(lang, terms=bool(terms_reasons(inputs))),
        warnings=warnings_for(inputs),
    )
    markers = placeholders_in(_said(script))
    warning = placeholder_warning(lang, markers)
    if warning is None:
        return script
    return replace(script, warnings=(*script.warnings, warning), placeholders=markers)
