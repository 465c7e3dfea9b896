"""The Jinja2 templates: same files per language, empty and maximal inputs, the letters."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from typing import Any

import pytest

from widgets.i18n import LANGS, t
from widgets.script.generate import generate
from widgets.script.inputs import ScriptInputs, parse_inputs
from widgets.script.model import Script
from widgets.script.reasons import reason
from widgets.script.render import FORMATS, render
from widgets.script.templates import TEMPLATE_NAMES, environment

MARKUP = "<script>alert(1)</script>"
NOT_LEGAL_ADVICE = {"fr": "pas un conseil juridique", "en": "not legal advice"}


def everything(script: Script) -> str:
    """Every generated text of a script, joined."""
    lines = [line.text for section in script.conversation for line in section.lines]
    return "\n".join([*lines, script.email.subject, script.email.body, script.letter.text])


def letter(**data: Any) -> str:
    """The letter generated from these inputs."""
    return generate(parse_inputs(data)).letter.text


def test_each_language_has_the_same_template_files() -> None:
    """fr/ and en/ hold the same file names, one per output."""
    root = files("widgets.script").joinpath("templates")
    names = {lang: sorted(entry.name for entry in root.joinpath(lang).iterdir()) for lang in LANGS}
    assert names["fr"] == names["en"] == sorted(f"{name}.j2" for name in TEMPLATE_NAMES)


def test_environment_is_created_once_and_never_escapes() -> None:
    """One environment, with autoescape off and undefined values as errors."""
    assert environment() is environment()
    assert environment().autoescape is False


@pytest.mark.parametrize("lang", LANGS)
def test_templates_render_with_empty_inputs(lang: str) -> None:
    """A blank form still gives a full script, with placeholders."""
    script = generate(parse_inputs({"lang": lang}))
    for fmt in FORMATS:
        assert render(script, fmt).strip()


@pytest.mark.parametrize("lang", LANGS)
def test_templates_render_with_maximal_inputs(
    lang: str, maximal_inputs: Callable[[str], dict[str, Any]]
) -> None:
    """Every field at 10,000 characters renders, the markup kept literally."""
    script = generate(parse_inputs(maximal_inputs(lang)))
    text = everything(script)
    for seed in ("your_name", "your_company", "client_name", "own_1", "own_2", "name", "contact"):
        assert f"{MARKUP} {seed} " in text
    assert "&lt;" not in text and "&amp;" not in text
    for fmt in FORMATS:
        assert MARKUP in render(script, fmt)


def test_french_letter_is_registered_with_acknowledgement() -> None:
    """The French letter is a « lettre recommandée avec accusé de réception »."""
    text = letter(lang="fr")
    assert "Lettre recommandée avec accusé de réception" in text
    assert "recommandée avec accusé de réception" in generate(ScriptInputs(lang="fr")).letter.title


@pytest.mark.parametrize(
    ("years", "notice"),
    [(3, "3\u00a0mois"), (0.2, "1\u00a0mois"), (2.5, "3\u00a0mois"), (40, "18\u00a0mois")],
)
def test_french_letter_notice_follows_the_relationship(years: float, notice: str) -> None:
    """About a month per year of relationship, at least one, at most eighteen."""
    text = letter(lang="fr", relationship_years=years)
    assert f"préavis de {notice}" in text


def test_french_letter_keeps_the_readers_own_notice() -> None:
    """A notice in days, when given, wins over the proportional one."""
    assert "préavis de 45\u00a0jours" in letter(lang="fr", notice_days=45, relationship_years=3)


def test_french_letter_recalls_article_l442_1() -> None:
    """The French letter reminds the sender of article L442-1, II of the Commercial Code."""
    assert "L442-1, II du Code de commerce" in letter(lang="fr")
    assert "Code de commerce, art. L442-1, II" in letter(lang="en")


@pytest.mark.parametrize(
    ("lang", "country", "line"),
    [
        ("fr", "france", "Lettre recommandée avec accusé de réception"),
        ("fr", "elsewhere", "Lettre recommandée avec accusé de réception"),
        ("en", "france", "By registered letter with acknowledgement of receipt"),
        ("en", "elsewhere", "By Recorded Delivery"),
    ],
)
def test_the_delivery_line_is_a_real_mention_that_follows_the_country(
    lang: str, country: str, line: str
) -> None:
    """The letter is headed by a mention postal services use, and says the email confirms it."""
    script = generate(parse_inputs({"lang": lang, "country": country}))
    assert script.letter.title == line
    assert f"\n{line}\n" in script.letter.text
    assert line[1:].lower() in script.email.body.lower()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tone", ["formal", "cordial"])
def test_every_letter_ends_with_not_legal_advice(lang: str, tone: str) -> None:
    """The last line of every letter says it is not legal advice."""
    last = letter(lang=lang, tone=tone).rstrip("\n").splitlines()[-1]
    assert NOT_LEGAL_ADVICE[lang] in last


def test_french_letter_closes_formally() -> None:
    """The formal French letter uses the classic closing formula."""
    assert "Madame, Monsieur, l'expression de mes salutations distinguées" in letter(lang="fr")


def test_letter_prints_the_client_address_lines() -> None:
    """A multi-line postal address keeps its lines in the letter."""
    text = letter(lang="fr", client_name="ACME", client_contact="1 rue A\n\n75001 Paris")
    assert "ACME\n1 rue A\n75001 Paris\n" in text


SOBER = {
    "client_name": "ACME",
    "reasons": ["quality_commitment", "working_principles"],
    "own_reasons": ["Our studio is moving."],
    "replacements": [{"name": "Studio Rivage", "contact": "s@x.example"}],
    "capacity_line": True,
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_registered_letter_is_sober_by_default(lang: str) -> None:
    """Decision, notice, end date, handover and final invoice; no reasons, no capacity line,
    no recommendation, unless the reader asks for the reasons."""
    script = generate(parse_inputs({"lang": lang, **SOBER}))
    sober = script.letter.text
    for item in ("quality_commitment", "working_principles"):
        assert reason(item).text(lang) not in sober
        assert reason(item).text(lang) in script.email.body
    assert "Our studio is moving." not in sober and "Studio Rivage" not in sober
    assert {"fr": "plus de demandes", "en": "more requests"}[lang] not in sober
    assert t(lang, "script.handover.final_invoice") in sober
    with_reasons = letter(lang=lang, reasons_in_letter=True, **SOBER)
    assert reason("quality_commitment").text(lang) in with_reasons
    assert "Our studio is moving." in with_reasons


END_COMPUTED = {
    "fr": "préavis de 45\u00a0jours à compter de la date de la présente lettre\u00a0: "
    "notre collaboration prendra fin le 17 avril 2025",
    "en": "notice of 45\u00a0days from the date of this letter: "
    "our collaboration will end on 17 April 2025",
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_computes_the_end_date_from_the_sending_date(lang: str) -> None:
    """With the notice and the sending date known, the end date is written, not left blank."""
    text = letter(lang=lang, send_date="2025-03-03", notice_days=45)
    assert END_COMPUTED[lang] in text
    assert {"fr": "Le 3 mars 2025", "en": "3 March 2025"}[lang] in text
    assert t(lang, "script.placeholders.end_date") not in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_fixed_term_letter_announces_no_renewal(lang: str) -> None:
    """A fixed-term contract is not ended by a notice: the letter says it will not be renewed
    at its term."""
    text = letter(lang=lang, contract_kind="fixed_term", end_date="2025-06-30", notice_days=30)
    assert {"fr": "je ne renouvellerai pas", "en": "I will not renew"}[lang] in text
    assert {"fr": "30 juin 2025", "en": "30 June 2025"}[lang] in text
    assert {"fr": "préavis de 30", "en": "notice of 30"}[lang] not in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_sender_heads_the_letter_with_an_address(lang: str) -> None:
    """Name, company and address lines first; a marker when the address is blank."""
    text = letter(lang=lang, your_name="Sam", your_company="Patel", your_address="1 Mill Lane\nBS1")
    assert text.startswith("Sam\nPatel\n1 Mill Lane\nBS1\n\n")
    assert letter(lang=lang).startswith(
        "\n".join(
            t(lang, f"script.placeholders.{key}")
            for key in ("your_name", "your_company", "your_address")
        )
    )
