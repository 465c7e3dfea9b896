"""Rendering a script as plain text, Markdown, or the email alone."""

from __future__ import annotations

import pytest

from widgets.i18n import LANGS
from widgets.script.document import LETTER_NOTES, document, letter_and_notes
from widgets.script.generate import generate
from widgets.script.inputs import parse_inputs
from widgets.script.model import Script
from widgets.script.render import FORMATS, render


def script_for(lang: str, **data: object) -> Script:
    """A script with a client name and one reason."""
    return generate(
        parse_inputs({"lang": lang, "client_name": "Dana", "reasons": ["pricing_model"], **data})
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_documents_hold_every_part(lang: str, fmt: str) -> None:
    """Text and Markdown carry every section title, the email, the letter and the objections."""
    script = script_for(lang)
    document = render(script, fmt)
    for section in script.conversation:
        assert section.title in document
    for objection in script.objections:
        assert objection.reply in document
    assert script.email.subject in document
    assert script.letter.text.splitlines()[-1] in document
    for warning in script.warnings:
        assert warning.text in document


@pytest.mark.parametrize("lang", LANGS)
def test_email_format_is_subject_then_body(lang: str) -> None:
    """The email format is "Subject: ..." , a blank line, then the body."""
    script = script_for(lang)
    assert render(script, "email") == f"Subject: {script.email.subject}\n\n{script.email.body}"


def test_markdown_uses_headings_and_lists() -> None:
    """Markdown has a title, section headings, list items and tips as quotes."""
    document = render(script_for("en"), "markdown")
    assert document.startswith("# Script for ending the collaboration: Dana\n")
    assert "\n### The reasons\n" in document
    assert "\n- Our pricing has changed" in document
    assert "\n> **Tip** — " in document


def test_markdown_fences_outlast_backticks_in_typed_text() -> None:
    """Typed backticks cannot close the fence around the email and letter."""
    document = render(script_for("en", own_reasons=["a ```` b"]), "markdown")
    assert "`````text" in document


def test_plain_text_marks_tips() -> None:
    """Tips are in parentheses, labelled, so they are not read aloud by mistake."""
    assert "  (Tip: " in render(script_for("en"), "text")
    assert "  (Conseil\u00a0: " in render(script_for("fr"), "text")


def test_no_format_escapes_markup() -> None:
    """Markup typed by the reader is kept literally in every format."""
    script = script_for(
        "en", contact_first_name="<b>Dana</b>", tone="cordial", own_reasons=["<script>x</script>"]
    )
    for fmt in FORMATS:
        document = render(script, fmt)
        assert "<b>Dana</b>" in document and "&lt;" not in document


def test_unknown_format_is_refused() -> None:
    """Only text, markdown and email exist."""
    with pytest.raises(ValueError):
        render(script_for("en"), "html")


@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_and_its_senders_notes_are_apart(lang: str) -> None:
    """The document holds the letter to send, then the notes for its sender as a block of
    their own, so that a printed letter can leave them out; together they are the letter."""
    script = script_for(lang)
    blocks = {block.id: block.text for block in document(script)}
    letter, notes = blocks["letter-text"], blocks["letter-notes"]
    assert notes.startswith("--- ") and not LETTER_NOTES.search(letter)
    assert script.letter.text.startswith(letter.rstrip("\n"))
    assert script.letter.text.endswith(notes)


@pytest.mark.parametrize("lang", LANGS)
def test_plain_text_keeps_the_notes_after_the_letter(lang: str) -> None:
    """Exports are for the sender: the notes still follow the letter there."""
    script = script_for(lang)
    _, notes = letter_and_notes(script.letter.text)
    text = render(script, "text")
    assert text.index(notes.splitlines()[0]) > text.index(script.letter.title)


def test_a_letter_without_notes_is_whole() -> None:
    """A letter with no notes line is all letter."""
    assert letter_and_notes("Dear Dana,\n\n--- not a notes line\n") == (
        "Dear Dana,\n\n--- not a notes line\n",
        "",
    )
