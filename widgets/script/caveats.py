"""The warnings shown beside a script: what to check or complete before using it."""

from __future__ import annotations

from widgets.i18n import t
from widgets.script.inputs import ScriptInputs, field_label
from widgets.script.model import ScriptWarning
from widgets.script.notice import is_short, proportional_months
from widgets.script.reasons import MIN_REASONS
from widgets.script.wording import plural

NAME_FIELDS = ("client_name", "your_name", "your_company")


def reason_count(inputs: ScriptInputs) -> int:
    """How many reasons the script gives, from the bank and the reader's own."""
    return len(inputs.reasons) + len(inputs.own_reasons)


def warnings_for(inputs: ScriptInputs) -> tuple[ScriptWarning, ...]:
    """Every warning that applies to these inputs, most important first."""
    lang = inputs.lang
    found: list[ScriptWarning] = []
    if inputs.holds_stake:
        found.append(
            ScriptWarning("professional_advice", t(lang, "script.warnings.professional_advice"))
        )
    count = reason_count(inputs)
    if count < MIN_REASONS:
        text = t(lang, "script.warnings.three_reasons", count=count, minimum=MIN_REASONS)
        found.append(ScriptWarning("three_reasons", text))
    missing = [name for name in NAME_FIELDS if not getattr(inputs, name)]
    if missing:
        fields = ", ".join(field_label(name, lang) for name in missing)
        found.append(
            ScriptWarning("missing_names", t(lang, "script.warnings.missing_names", fields=fields))
        )
    if is_short(inputs) and inputs.relationship_years is not None:
        text = t(
            lang,
            "script.warnings.short_notice",
            notice=plural(lang, "days", inputs.notice_days or 0),
            relationship=plural(lang, "years", inputs.relationship_years),
            suggested=plural(lang, "months", proportional_months(inputs.relationship_years)),
        )
        found.append(ScriptWarning("short_notice", text))
    return tuple(found)
