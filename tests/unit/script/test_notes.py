"""The letter's notes for the sender: the same points in every language, each French-law note
naming its article and code, and the notes following where the business is."""

from __future__ import annotations

import re

import pytest

from widgets.i18n import LANGS
from widgets.script.generate import generate
from widgets.script.inputs import COUNTRIES, parse_inputs
from widgets.script.notes import NOTE_IDS, letter_notes, notes_heading

# What a citation is made of: article numbers (1211, L442-1, D441-5), texts' numbers
# (2016/679, 2011/7), sections (90, 204) and sums (40).
CITATION = re.compile(r"(?<![\w/])[LDR]?\d+(?:[-/]\d+)*")
ARTICLE = re.compile(r"\bart\. (?:[LDR]?\d|28\b)")
FRENCH_CODES = (
    "Code civil",
    "Code de commerce",
    "Code de la propriété intellectuelle",
    "Code de procédure civile",
    "Code des postes et des communications électroniques",
)
GDPR = {"fr": "RGPD", "en": "GDPR"}
FRENCH_LAW = {"fr": "droit français", "en": "French law"}


def citations(text: str) -> set[str]:
    """The numbers a note cites."""
    return set(CITATION.findall(text))


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_language_cites_the_same_rules(country: str) -> None:
    """Note by note, French and English cite the same articles, texts and sums."""
    notes = {lang: letter_notes(lang, country) for lang in LANGS}
    for index, note in enumerate(NOTE_IDS[country]):
        cited = {lang: citations(notes[lang][index]) for lang in LANGS}
        assert all(found == cited[LANGS[0]] for found in cited.values()), (note, cited)


@pytest.mark.parametrize("lang", LANGS)
def test_every_french_law_note_names_its_article_and_code(lang: str) -> None:
    """Each note on French law names an article and the code (or regulation) it is in."""
    for note, text in zip(NOTE_IDS["france"], letter_notes(lang, "france"), strict=True):
        if note == "advice":
            continue
        assert ARTICLE.search(text), (note, text)
        assert any(code in text for code in (*FRENCH_CODES, GDPR[lang])), (note, text)


@pytest.mark.parametrize("lang", LANGS)
def test_the_notes_say_whose_law_they_follow(lang: str) -> None:
    """In France, the heading and the last note say it is French law; elsewhere, no French
    code is cited as the reader's law."""
    assert FRENCH_LAW[lang] in notes_heading(lang, "france")
    assert FRENCH_LAW[lang] in letter_notes(lang, "france")[-1]
    assert FRENCH_LAW[lang] not in notes_heading(lang, "elsewhere")
    for text in letter_notes(lang, "elsewhere"):
        assert not any(code in text for code in FRENCH_CODES), text


@pytest.mark.parametrize("lang", LANGS)
def test_the_notes_cover_the_points_before_announcing(lang: str) -> None:
    """Written notice, the contract, the notice, money, files and rights, personal data, the
    referral's consent: each French-law point cites its rule."""
    text = " ".join(letter_notes(lang, "france"))
    for rule in (
        "L100",
        "1211",
        "1212",
        "1193",
        "1224",
        "1226",
        "L442-1, II",
        "L441-10",
        "D441-5",
        "1405",
        "1302",
        "1219",
        "L131-2",
        "L131-3",
        "L123-22",
        "2016/679",
    ):
        assert rule in text, rule


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("country", COUNTRIES)
def test_the_letter_ends_with_the_notes_of_its_country(lang: str, country: str) -> None:
    """The letter's last lines are the heading and the notes for the country chosen."""
    text = generate(parse_inputs({"lang": lang, "country": country})).letter.text
    lines = text.rstrip("\n").splitlines()
    notes = letter_notes(lang, country)
    assert lines[-len(notes) :] == [f"- {note}" for note in notes]
    assert notes_heading(lang, country) in lines[-len(notes) - 1]


def test_the_two_countries_hold_the_same_number_of_notes() -> None:
    """A business elsewhere gets the generic equivalent of every French-law point."""
    assert len(NOTE_IDS["france"]) == len(NOTE_IDS["elsewhere"])
