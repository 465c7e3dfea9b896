"""Who the letters speak to: salutations, closings, the address block."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.script.addressee import (
    Addressee,
    address_lines,
    attention_line,
    closing_address,
    salutation,
    spoken_name,
)
from widgets.script.generate import generate
from widgets.script.inputs import parse_inputs

NOBODY = Addressee("none", "", "")
MS_LEE = Addressee("ms", "Jordan", "Lee")
MR_DUPUIS = Addressee("mr", "Jean", "Dupuis")
NAMED = Addressee("none", "Alex", "Moreau")
TITLE_ONLY = Addressee("ms", "", "")


@pytest.mark.parametrize(
    ("lang", "person", "expected"),
    [
        ("fr", NOBODY, "Madame, Monsieur,"),
        ("fr", Addressee("ms", "Claire", "Dupuis"), "Madame Dupuis,"),
        ("fr", MR_DUPUIS, "Monsieur Dupuis,"),
        ("fr", TITLE_ONLY, "Madame,"),
        ("fr", NAMED, "Bonjour Alex Moreau,"),
        ("en", NOBODY, "Dear Sir or Madam,"),
        ("en", MS_LEE, "Dear Ms Lee,"),
        ("en", Addressee("mr", "", "Lee"), "Dear Mr Lee,"),
        ("en", TITLE_ONLY, "Dear Madam,"),
        ("en", NAMED, "Dear Alex Moreau,"),
    ],
)
def test_formal_salutations(lang: str, person: Addressee, expected: str) -> None:
    """Title and last name, a title alone, a full name, or the formula for nobody named."""
    assert salutation(lang, "formal", person) == expected


@pytest.mark.parametrize(
    ("lang", "person", "expected"),
    [
        ("fr", NOBODY, "Bonjour,"),
        ("fr", MR_DUPUIS, "Bonjour Jean,"),
        ("fr", Addressee("mr", "", "Dupuis"), "Bonjour Monsieur Dupuis,"),
        ("en", NOBODY, "Hello,"),
        ("en", MS_LEE, "Hello Jordan,"),
        ("en", Addressee("none", "", "Lee"), "Hello Lee,"),
    ],
)
def test_cordial_salutations(lang: str, person: Addressee, expected: str) -> None:
    """The first name when there is one, else the formal way of naming, never the company."""
    assert salutation(lang, "cordial", person) == expected


@pytest.mark.parametrize(
    ("person", "expected"),
    [(NOBODY, "Madame, Monsieur"), (MR_DUPUIS, "Monsieur"), (TITLE_ONLY, "Madame"), (NAMED, "")],
)
def test_french_closing_repeats_the_title_alone(person: Addressee, expected: str) -> None:
    """A formal French closing repeats "Madame" without the name, or nothing for a name alone."""
    assert closing_address("fr", person) == expected


def test_spoken_names() -> None:
    """The conversation says "Ms Lee" or "Madame Dupuis", the first name when cordial."""
    assert spoken_name("en", "formal", MS_LEE) == "Ms Lee"
    assert spoken_name("fr", "formal", MR_DUPUIS) == "Monsieur Dupuis"
    assert spoken_name("fr", "cordial", MR_DUPUIS) == "Jean"
    assert spoken_name("en", "formal", NAMED) == "Alex Moreau"
    assert spoken_name("en", "formal", NOBODY) == ""


def test_attention_lines() -> None:
    """The address names the contact person after the company, with their title."""
    assert attention_line("fr", MR_DUPUIS) == "À l'attention de Monsieur Jean Dupuis"
    assert attention_line("en", MS_LEE) == "For the attention of Ms Jordan Lee"
    assert attention_line("en", NAMED) == "For the attention of Alex Moreau"
    assert attention_line("en", NOBODY) == ""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["ACME", "1 rue A", "75001 Paris"], ["1 rue A", "75001 Paris"]),
        (["acme.", "1 rue A"], ["1 rue A"]),
        (["ACME, 1 rue A", "75001 Paris"], ["1 rue A", "75001 Paris"]),
        (["ACME \u2013 1 rue A"], ["1 rue A"]),
        (["M. Jean Dupuis", "1 rue A"], ["1 rue A"]),
        (["Attn: Jean Dupuis", "1 rue A"], ["1 rue A"]),
        # A company whose name starts another's, a street named like the person: kept.
        (["ACME Holding", "Dupuis Street"], ["ACME Holding", "Dupuis Street"]),
    ],
)
def test_address_lines_never_repeat_a_name(lines: list[str], expected: list[str]) -> None:
    """Lines that give the company or the contact person again are dropped or trimmed."""
    assert address_lines(lines, "ACME", MR_DUPUIS) == expected


def letter(**data: Any) -> str:
    """The letter for these inputs."""
    return generate(parse_inputs(data)).letter.text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_address_block_never_repeats_the_clients_name(lang: str) -> None:
    """A contact field that starts with the company's name prints it once."""
    text = letter(
        lang=lang,
        client_name="Société Dupuis & Fils",
        contact_title="mr",
        contact_first_name="Jean",
        contact_last_name="Dupuis",
        client_contact="Société Dupuis & Fils\nM. Jean Dupuis\n12, rue des Lilas\n69003 Lyon",
    )
    assert text.count("Société Dupuis & Fils") == 1
    assert text.count("Jean Dupuis") == 1
    block = text.split("\n\n")[1].splitlines()
    assert block[0] == "Société Dupuis & Fils"
    assert block[-2:] == ["12, rue des Lilas", "69003 Lyon"]


def test_a_company_is_never_greeted_as_a_person() -> None:
    """No contact person: the company's name opens neither the letter, the email nor the call."""
    script = generate(parse_inputs({"lang": "fr", "client_name": "Société Dupuis & Fils"}))
    assert "Madame, Monsieur," in script.letter.text
    assert "Madame, Monsieur," in script.email.body
    spoken = " ".join(line.text for section in script.conversation for line in section.lines)
    assert "Société Dupuis & Fils" not in spoken
    assert "Au revoir, Société" not in spoken


def test_a_client_who_is_a_person_heads_the_address() -> None:
    """With no company, the contact person is the client: named once, with their title."""
    text = letter(
        lang="en", contact_title="ms", contact_first_name="Jordan", contact_last_name="Lee"
    )
    block = text.split("\n\n")[1].splitlines()
    assert block[0] == "Ms Jordan Lee"
    assert "For the attention of" not in text
    assert "Dear Ms Lee," in text


def test_english_closings_follow_the_salutation() -> None:
    """British usage: "Yours faithfully" after "Dear Sir or Madam", "Yours sincerely" after a
    name."""
    assert "Yours faithfully," in letter(lang="en")
    assert "Yours sincerely," in letter(lang="en", contact_title="ms", contact_last_name="Lee")
    assert "Kind regards," in letter(lang="en", tone="cordial")


def test_french_closing_in_the_letter() -> None:
    """ "Je vous prie d'agréer, Monsieur, ..." after "Monsieur Dupuis,"."""
    text = letter(lang="fr", contact_title="mr", contact_last_name="Dupuis")
    assert "Monsieur Dupuis," in text
    assert "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées." in text


def test_french_elides_de_before_a_vowel() -> None:
    """ "ici Claire Martin, d'Atelier Martin", but "de Patel Design"."""
    spoken = generate(
        parse_inputs({"lang": "fr", "your_name": "Claire", "your_company": "Atelier Martin"})
    ).conversation[0]
    assert "Claire, d'Atelier Martin." in " ".join(line.text for line in spoken.lines)
    spoken = generate(parse_inputs({"lang": "fr", "your_company": "Patel Design"})).conversation[0]
    assert ", de Patel Design." in " ".join(line.text for line in spoken.lines)
