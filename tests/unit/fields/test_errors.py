"""Errors worded at the edge: the field named by its label, values as the language writes them."""

from __future__ import annotations

import pytest

from widgets.assessment.fields import ASSESSMENT
from widgets.dealbreakers.document import DOCUMENT
from widgets.fields.errors import FieldError, message, shown, where
from widgets.i18n import LANGS, t
from widgets.script.inputs import SCRIPT


@pytest.mark.parametrize("lang", LANGS)
def test_a_path_is_worded_by_labels(lang: str) -> None:
    """A field by its label; an item by its number from 1; a part by its label."""
    label = t(lang, "script.fields.replacements.label")
    item = t(lang, "errors.item", label=label, number=2)
    part = t(lang, "script.fields.replacements.parts.contact")
    assert where(SCRIPT, "replacements", lang) == label
    assert where(SCRIPT, "replacements[1]", lang) == item
    assert where(SCRIPT, "replacements[1].contact", lang) == t(
        lang, "errors.part", label=item, part=part
    )
    assert where(SCRIPT, "", lang) == t(lang, "script.whole")


def test_paths_the_form_does_not_have_are_quoted_as_sent() -> None:
    """An unknown field, or an unknown part, is named as it was sent."""
    assert where(SCRIPT, "colour", "en") == "colour"
    assert where(SCRIPT, "replacements[0].phone", "en") == "replacements[0].phone"
    assert "handover.keys" in message(SCRIPT, FieldError("handover.keys", "unknown_field"), "fr")


@pytest.mark.parametrize("lang", LANGS)
def test_a_message_is_where_then_problem(lang: str) -> None:
    """Every message has the one form: the place, then the problem with its values."""
    error = FieldError("notice_days", "out_of_range", {"min": 0, "max": 3650})
    problem = t(
        lang, "errors.codes.out_of_range", min="0", max={"fr": "3\u202f650", "en": "3,650"}[lang]
    )
    expected = t(
        lang, "errors.where", where=t(lang, "script.fields.notice_days.label"), problem=problem
    )
    assert message(SCRIPT, error, lang) == expected


def test_choices_are_worded_by_their_labels() -> None:
    """The choices a field offers are listed as the form shows them."""
    error = FieldError("tone", "not_a_choice", {"value": "harsh", "choices": ("formal", "cordial")})
    assert "Formal, Cordial" in message(SCRIPT, error, "en")
    error = FieldError("lang", "not_a_choice", {"value": "de", "choices": ("fr", "en")})
    assert "Français, English" in message(SCRIPT, error, "en")


def test_the_same_code_reads_alike_in_every_tool() -> None:
    """One code, one problem: only the place differs from one tool to the other."""
    problem = t("en", "errors.codes.too_long", max="3", length="4")
    for form, path in (
        (ASSESSMENT, "client_name"),
        (SCRIPT, "your_name"),
        (DOCUMENT, "items[0].text"),
    ):
        worded = message(form, FieldError(path, "too_long", {"max": 3, "length": 4}), "en")
        assert worded.endswith(problem)


def test_long_values_are_shortened_when_quoted() -> None:
    """A value quoted in a message stays short."""
    assert shown("x" * 500).endswith("…") and len(shown("x" * 500)) == 80
    assert shown(None) == "None"
