"""Blame in the reader's own reasons, as warnings for the "Check before use" list."""

from __future__ import annotations

from widgets.i18n import t
from widgets.script.blame.check import check_blame
from widgets.script.inputs import ScriptInputs
from widgets.script.model import ScriptWarning


def blame_warnings(inputs: ScriptInputs) -> tuple[ScriptWarning, ...]:
    """One warning per blaming phrase of the own reasons, which go word for word into texts."""
    lang = inputs.lang
    return tuple(
        ScriptWarning(
            "blame",
            t(
                lang,
                "script.blame.warning",
                match=" ".join(hit.match.split()),
                category=t(lang, f"script.blame.categories.{hit.category}"),
                suggestion=hit.suggestion,
            ),
        )
        for reason in inputs.own_reasons
        for hit in check_blame(reason, lang)
    )
