"""The generated conversation, email and objections, for every language, channel and tone."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from widgets.i18n import LANGS, t
from widgets.script.generate import generate
from widgets.script.inputs import CHANNELS, TONES, parse_inputs
from widgets.script.model import SECTION_IDS, Script
from widgets.script.objections import OBJECTION_IDS
from widgets.script.reasons import reason

COMBINATIONS = list(itertools.product(LANGS, CHANNELS, TONES))
FINAL_WORDS = {
    "fr": "J'entends votre point de vue, et ma décision est définitive.",
    "en": "I value your input, and my decision is final.",
}
CAPACITY = {
    "fr": "plus de demandes que nous ne pouvons en servir correctement",
    "en": "more requests than we can serve well",
}


def script_for(**data: Any) -> Script:
    """The script generated from these inputs."""
    return generate(parse_inputs(data))


def said(script: Script, section_id: str) -> list[str]:
    """The texts of one section's lines."""
    section = script.section(section_id)
    assert section is not None, section_id
    return [line.text for line in section.lines]


@pytest.mark.parametrize(("lang", "channel", "tone"), COMBINATIONS)
def test_every_section_is_present_in_order(lang: str, channel: str, tone: str) -> None:
    """The eight sections come in the playbook's order, each titled and not empty."""
    script = script_for(lang=lang, channel=channel, tone=tone, capacity_line=True)
    assert tuple(section.id for section in script.conversation) == SECTION_IDS
    for section in script.conversation:
        assert section.title == t(lang, f"script.sections.{section.id}")
        assert any(line.kind in ("say", "item") for line in section.lines)


@pytest.mark.parametrize(("lang", "channel", "tone"), COMBINATIONS)
def test_every_output_is_filled(lang: str, channel: str, tone: str) -> None:
    """Email, letter, objections are there whatever the options."""
    script = script_for(lang=lang, channel=channel, tone=tone)
    assert script.email.subject and script.email.body.strip()
    assert script.letter.title and script.letter.title in script.letter.text
    assert tuple(item.id for item in script.objections) == OBJECTION_IDS


@pytest.mark.parametrize("lang", LANGS)
def test_capacity_section_follows_the_option(lang: str) -> None:
    """The capacity line is off by default, said only when the reader ticks it, with the advice
    to say it only if it is true; the letter carries it only with its reasons."""
    without = script_for(lang=lang)
    assert without.section("capacity") is None
    assert CAPACITY[lang] not in without.email.body + without.letter.text
    with_line = script_for(lang=lang, capacity_line=True)
    capacity = with_line.section("capacity")
    assert capacity is not None and capacity.lines[0].kind == "cue"
    assert CAPACITY[lang] in " ".join(said(with_line, "capacity"))
    assert CAPACITY[lang] in with_line.email.body
    assert CAPACITY[lang] not in with_line.letter.text
    in_letter = script_for(lang=lang, capacity_line=True, reasons_in_letter=True)
    assert CAPACITY[lang] in in_letter.letter.text


@pytest.mark.parametrize(("lang", "channel", "tone"), COMBINATIONS)
def test_decision_is_stated_once(lang: str, channel: str, tone: str) -> None:
    """The decision section says one sentence, and no other section repeats it."""
    script = script_for(lang=lang, channel=channel, tone=tone)
    decision = script.section("decision")
    assert decision is not None
    spoken = [line.text for line in decision.lines if line.kind == "say"]
    assert len(spoken) == 1
    everything = [line.text for section in script.conversation for line in section.lines]
    assert everything.count(spoken[0]) == 1


@pytest.mark.parametrize(("lang", "channel", "tone"), COMBINATIONS)
def test_listening_ends_on_the_final_words(lang: str, channel: str, tone: str) -> None:
    """Listening ends with "I value your input, and my decision is final"."""
    script = script_for(lang=lang, channel=channel, tone=tone)
    assert said(script, "listening")[-1] == FINAL_WORDS[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_channel_changes_the_opening(lang: str) -> None:
    """A phone call and a meeting do not open the same way."""
    phone = said(script_for(lang=lang, channel="phone"), "opening")
    meeting = said(script_for(lang=lang, channel="in_person"), "opening")
    assert phone != meeting


@pytest.mark.parametrize("lang", LANGS)
def test_tone_changes_the_greetings(lang: str) -> None:
    """Formal and cordial scripts greet and close differently."""
    formal = script_for(lang=lang, tone="formal", client_name="Dana")
    cordial = script_for(lang=lang, tone="cordial", client_name="Dana")
    assert formal.email.body.splitlines()[0] != cordial.email.body.splitlines()[0]
    assert said(formal, "close") != said(cordial, "close")


def test_french_formal_email_says_madame_monsieur() -> None:
    """The formal French email opens with "Madame, Monsieur,"."""
    body = script_for(lang="fr", tone="formal", client_name="Dana").email.body
    assert body.startswith("Madame, Monsieur,")


def test_french_cordial_email_greets_the_contact_by_first_name() -> None:
    """The cordial French email opens with "Bonjour" and the contact's first name, never the
    company's name."""
    body = script_for(
        lang="fr", tone="cordial", client_name="ACME", contact_first_name="Dana"
    ).email.body
    assert body.startswith("Bonjour Dana,")
    assert script_for(lang="fr", tone="cordial", client_name="ACME").email.body.startswith(
        "Bonjour,\n"
    )


def test_french_keeps_vous_in_both_tones() -> None:
    """No "tu" in French scripts, whatever the tone."""
    for tone in TONES:
        script = script_for(lang="fr", tone=tone)
        words = " ".join(line.text for s in script.conversation for line in s.lines).split()
        assert "tu" not in words and "te" not in words


@pytest.mark.parametrize("lang", LANGS)
def test_reasons_section_lists_every_reason(lang: str) -> None:
    """Bank reasons then the reader's own, each as one item."""
    script = script_for(lang=lang, reasons=["payment_terms"], own_reasons=["Mine,\nin two lines"])
    section = script.section("reasons")
    assert section is not None
    items = [line.text for line in section.lines if line.kind == "item"]
    assert items == [reason("payment_terms").text(lang), "Mine, in two lines"]
    assert reason("payment_terms").text(lang) in script.email.body
    assert "Mine, in two lines" in script.email.body


@pytest.mark.parametrize("lang", LANGS)
def test_replacement_names_the_providers(lang: str) -> None:
    """Each recommended provider is named with their contact details."""
    script = script_for(lang=lang, replacements=[{"name": "Studio", "contact": "s@x.example"}])
    assert "Studio (s@x.example)" in said(script, "replacement")
    assert "Studio (s@x.example)" in script.email.body


@pytest.mark.parametrize("lang", LANGS)
def test_replacement_without_provider_is_a_placeholder(lang: str) -> None:
    """With no provider, a bracketed marker says where to put one."""
    lines = said(script_for(lang=lang), "replacement")
    assert any(t(lang, "script.placeholders.replacement_name") in line for line in lines)


@pytest.mark.parametrize("lang", LANGS)
def test_transition_gives_date_notice_and_handover(lang: str) -> None:
    """The end date, the notice and each handover item chosen are in the transition."""
    script = script_for(
        lang=lang,
        end_date="2025-03-01",
        notice_days=45,
        handover={"files": True, "final_invoice": True},
    )
    text = " ".join(said(script, "transition"))
    assert {"fr": "1er mars 2025", "en": "1 March 2025"}[lang] in text
    assert {"fr": "45\u00a0jours", "en": "45\u00a0days"}[lang] in text
    assert t(lang, "script.handover.files") in text
    assert t(lang, "script.handover.final_invoice") in text
    assert t(lang, "script.handover.access") not in text


@pytest.mark.parametrize("lang", LANGS)
def test_missing_names_become_placeholders(lang: str) -> None:
    """Missing names show clearly marked placeholders, not errors."""
    script = script_for(lang=lang)
    for key in ("client_name", "your_name", "your_company"):
        marker = t(lang, f"script.placeholders.{key}")
        assert marker.startswith("[") and marker.endswith("]")
        assert marker in script.email.body + script.letter.text
    assert t(lang, "script.placeholders.end_date") in " ".join(said(script, "transition"))


def test_placeholders_read_as_the_brief_says() -> None:
    """The client placeholder reads [Nom du client] in French and [Client name] in English."""
    assert "[Nom du client]" in script_for(lang="fr").letter.text
    assert "[Client name]" in script_for(lang="en").letter.text


@pytest.mark.parametrize("lang", LANGS)
def test_objections_reply_in_the_chosen_language(lang: str) -> None:
    """Each objection has a label, an example and a calm reply from the catalogue."""
    for objection in script_for(lang=lang).objections:
        assert objection.reply == t(lang, f"script.objections.{objection.id}.reply")
        assert objection.label and objection.example


def test_email_confirms_by_the_channel_used() -> None:
    """The email refers to the call or to the meeting."""
    assert "phone call" in script_for(lang="en", channel="phone").email.body
    assert "meeting" in script_for(lang="en", channel="in_person").email.body


def test_generation_is_deterministic() -> None:
    """The same inputs give the same script."""
    data = {"lang": "en", "client_name": "Dana", "relationship_years": 2}
    assert script_for(**data) == script_for(**data)


def test_script_is_json_ready() -> None:
    """as_dict gives plain data with every output."""
    shape = script_for(lang="en").as_dict()
    assert set(shape) == {
        "lang",
        "channel",
        "client",
        "conversation",
        "email",
        "letter",
        "objections",
        "warnings",
        "placeholders",
    }
    assert shape["conversation"][0]["lines"][0]["kind"] in ("say", "item", "cue")
