"""The blame check: each rule catches its phrases, neutral text passes, generated text is clean."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets.i18n import LANGS, t
from widgets.script.blame import RULES, check_blame, fold
from widgets.script.generate import generate
from widgets.script.inputs import CHANNELS, SCRIPT, TONES, parse_inputs
from widgets.script.model import Script
from widgets.script.reasons import REASONS

HANDOVER_ITEMS = tuple(part.id for part in SCRIPT.by_id["handover"].parts)

# One or more phrases per rule that the rule must catch.
POSITIVE: dict[str, tuple[str, ...]] = {
    "en:you_never": (
        "You never send the files on time.",
        "You've never paid on the first reminder.",
    ),
    "en:you_always": ("You are always late with feedback.", "You always change the brief."),
    "en:fault": ("This delay is your fault.", "You're to blame for the overrun."),
    "en:because_of_you": ("We missed the launch because of you.",),
    "en:you_are": ("You're impossible to work with.", "You are the problem."),
    "en:insult": ("Your team is incompetent.", "That was rude.", "You lied, you liar."),
    "en:loaded": ("These delays are unacceptable.", "A ridiculous request."),
    "en:absolute": ("It's always the same story.", "The files arrive late every single time."),
    "fr:you_never": (
        "Vous n'avez jamais payé à temps.",
        "Vous ne m'envoyez jamais les fichiers.",
    ),
    "fr:you_always": ("Vous êtes toujours en retard.", "Vous me demandez toujours plus."),
    "fr:fault": (
        "C'est de votre faute si le projet a échoué.",
        "Le retard est arrivé par votre faute.",
    ),
    "fr:because_of_you": ("Nous avons perdu un mois à cause de vous.",),
    "fr:you_are": ("Vous êtes incapable de respecter un délai.", "Vous n'êtes pas fiable."),
    "fr:insult": ("Votre équipe est incompétente.", "C'était malhonnête.", "Un client impoli."),
    "fr:loaded": (
        "Ce retard est inadmissible.",
        "Une attitude scandaleuse.",
        "C'est inacceptable.",
    ),
    "fr:absolute": ("Les fichiers arrivent en retard, jamais à l'heure.", "Ça change sans cesse."),
}

NEGATIVE: dict[str, tuple[str, ...]] = {
    "en": (
        "We have changed the way we work, and our schedule can no longer absorb late changes.",
        "Thank you for the trust you have placed in us.",
        "Your files will be sent by Friday.",
        "Nevertheless, we will honour our commitments until the end date.",
        "The rudder of the boat needs repair, and the crude estimate was incomplete.",
        "Thanks to you, the launch went well.",
        "You have been a client for three years.",
    ),
    "fr": (
        "Nous avons recentré notre offre sur ce que nous faisons le mieux.",
        "Je vous remercie de la confiance que vous nous avez accordée.",
        "Nous ne sommes plus en mesure de répondre à vos besoins.",
        "Votre facture finale vous sera adressée avant la fin du mois.",
        "Nous avons fait un voyage en Jamaïque, nulle part ailleurs.",
        "Vous trouverez ci-joint les fichiers du projet.",
        "Notre organisation ne permet plus d'absorber ces décalages.",
    ),
}

NEUTRAL_NAMES = ("", "Dana Smith", "Atelier Martin", "ACME & Co", "Jean-Luc Dupré")
NEUTRAL_OWN = (
    "We are reducing the number of accounts each project lead follows.",
    "Nous réduisons le nombre de comptes suivis par chaque chef de projet.",
    "Our studio is moving to another city next year.",
)


def texts_of(script: Script) -> list[str]:
    """The conversation lines, the email, the letter and the objection replies."""
    lines = [line.text for section in script.conversation for line in section.lines]
    replies = [objection.reply for objection in script.objections]
    return [*lines, script.email.subject, script.email.body, script.letter.text, *replies]


def test_every_rule_has_a_positive_example() -> None:
    """No rule goes untested."""
    assert set(POSITIVE) == {f"{lang}:{rule.id}" for lang in ("fr", "en") for rule in RULES}


@pytest.mark.parametrize(
    ("rule", "text"), [(rule, text) for rule, texts in POSITIVE.items() for text in texts]
)
def test_rule_catches_its_examples(rule: str, text: str) -> None:
    """Each example is caught, by its rule, with a suggestion from the catalogue."""
    lang, rule_id = rule.split(":")
    hits = check_blame(text, lang)
    assert rule_id in [hit.rule_id for hit in hits]
    for hit in hits:
        assert text[hit.start : hit.end] == hit.match
        assert hit.suggestion == t(lang, f"script.blame.suggestions.{hit.rule_id}")


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in NEGATIVE.items() for text in texts]
)
def test_neutral_text_passes(lang: str, text: str) -> None:
    """Neutral wording gives no hit."""
    assert check_blame(text, lang) == []


def test_matching_ignores_case_accents_and_typographic_apostrophes() -> None:
    """Capitals, missing accents and curly apostrophes are caught like the usual forms."""
    assert [hit.rule_id for hit in check_blame("VOUS N\u2019AVEZ JAMAIS RÉPONDU", "fr")] == [
        "you_never"
    ]
    assert [hit.rule_id for hit in check_blame("Vous etes incapable", "fr")] == ["you_are"]
    assert [hit.rule_id for hit in check_blame("Une équipe INCOMPÉTENTE", "fr")] == ["insult"]
    assert [hit.rule_id for hit in check_blame("a cause de vous", "fr")] == ["because_of_you"]
    assert [hit.rule_id for hit in check_blame("You\u2019ve NEVER paid", "en")] == ["you_never"]


def test_overlapping_rules_report_a_phrase_once() -> None:
    """ "You never" is second-person blame, not also an absolute."""
    hits = check_blame("You never answer.", "en")
    assert [(hit.rule_id, hit.category, hit.match) for hit in hits] == [
        ("you_never", "second_person", "You never")
    ]


def test_hits_come_in_reading_order_with_original_offsets() -> None:
    """Offsets index the original text, accents and all."""
    text = "Écoutez : c'est scandaleux, vous êtes toujours là."
    hits = check_blame(text, "fr")
    assert [hit.match for hit in hits] == ["scandaleux", "vous êtes toujours"]
    assert all(text[hit.start : hit.end] == hit.match for hit in hits)


def test_rules_only_apply_to_their_language() -> None:
    """French rules do not run on English text, and the other way round."""
    assert check_blame("Vous n'avez jamais payé.", "en") == []
    assert check_blame("You never paid.", "fr") == []


@pytest.mark.parametrize("lang", LANGS)
def test_suggestions_come_from_the_catalogue(lang: str) -> None:
    """Each rule's suggestion key exists in the language's catalogue."""
    for rule in RULES:
        assert t(lang, rule.suggestion_key) and t(lang, rule.pattern_key)


def test_unknown_language_is_refused() -> None:
    """Only French and English have rules."""
    with pytest.raises(ValueError):
        check_blame("text", "de")


def test_folding_keeps_one_character_for_one() -> None:
    """Folding never changes the length, so offsets hold."""
    text = "ÉÀÇœßİ\u2019\u00a0ﬁ"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("lang", LANGS)
def test_reason_bank_is_blame_free(lang: str) -> None:
    """The bank's reasons are depersonalized: no blame in any of them."""
    for reason in REASONS:
        assert check_blame(reason.text(lang), lang) == [], reason.id


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_full_scripts_are_blame_free(lang: str, channel: str, tone: str) -> None:
    """With every option on, nothing generated blames the client."""
    data = {
        "lang": lang,
        "channel": channel,
        "tone": tone,
        "reasons": [reason.id for reason in REASONS],
        "relationship_years": 4,
        "handover": dict.fromkeys(HANDOVER_ITEMS, True),
        "replacements": [{"name": "Studio", "contact": "s@x.example"}],
        "holds_stake": True,
    }
    for text in texts_of(generate(parse_inputs(data))):
        assert check_blame(text, lang) == [], text


OPTIONS = st.fixed_dictionaries(
    {
        "lang": st.sampled_from(LANGS),
        "channel": st.sampled_from(CHANNELS),
        "tone": st.sampled_from(TONES),
        "client_name": st.sampled_from(NEUTRAL_NAMES),
        "your_name": st.sampled_from(NEUTRAL_NAMES),
        "your_company": st.sampled_from(NEUTRAL_NAMES),
        "reasons": st.lists(st.sampled_from([reason.id for reason in REASONS]), unique=True),
        "own_reasons": st.lists(st.sampled_from(NEUTRAL_OWN), max_size=3),
        "capacity_line": st.booleans(),
        "replacements": st.lists(
            st.fixed_dictionaries(
                {"name": st.sampled_from(NEUTRAL_NAMES), "contact": st.just("x@y.example")}
            ),
            max_size=2,
        ),
        "end_date": st.one_of(st.just(""), st.dates(date(2020, 1, 1), date(2035, 12, 31)).map(str)),
        "notice_days": st.one_of(st.none(), st.integers(0, 400)),
        "relationship_years": st.one_of(st.none(), st.floats(0, 40, allow_nan=False)),
        "handover": st.fixed_dictionaries({item: st.booleans() for item in HANDOVER_ITEMS}),
        "holds_stake": st.booleans(),
    }
)


@settings(
    max_examples=80, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(OPTIONS)
def test_no_combination_of_options_blames(data: dict[str, Any]) -> None:
    """Whatever the options, with neutral typed text, the outputs carry no blame."""
    script = generate(parse_inputs(data))
    for text in texts_of(script):
        assert check_blame(text, data["lang"]) == [], text
