"""The blame check: each rule catches its phrases, the corpus figures hold, neutral text passes."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets.i18n import LANGS, t
from widgets.script.blame import (
    CATEGORIES,
    RULES,
    TOPIC_IDS,
    check_blame,
    flag_sentences,
    fold,
    sentences,
    suggestion,
)
from widgets.script.generate import generate
from widgets.script.inputs import (
    CHANNELS,
    CONTRACT_KINDS,
    COUNTRIES,
    SCRIPT,
    TITLES,
    TONES,
    parse_inputs,
)
from widgets.script.model import Script
from widgets.script.reasons import REASONS

from .blame_corpus import (
    DEV_NEUTRAL,
    DEV_REPROACHES,
    HELD_OUT_NEUTRAL,
    HELD_OUT_REPROACHES,
    HOLDOUT_NEUTRAL,
    HOLDOUT_REPROACHES,
    NEUTRAL,
    REPROACHES,
)

HANDOVER_ITEMS = tuple(part.id for part in SCRIPT.by_id["handover"].parts)

# On the sets the rules were written from (the first corpus and "dev"), per language.
MIN_RECALL = 0.90
MAX_FALSE_ALARMS = 0.05
# On "holdout", measured once with the rules frozen: en 47/54 reproaches caught and 0/53 false
# alarms, fr 44/52 and 0/53. The floors are those figures less two sentences, so that a change
# that loses ground on unseen sentences fails here.
HOLDOUT_FLOOR: dict[str, tuple[int, int]] = {"en": (45, 2), "fr": (42, 2)}
# The first held-out set (HELD_OUT_*): en 18/20 and 0/20, fr 18/20 and 0/20 at the same time.
HELD_OUT_FLOOR: dict[str, tuple[int, int]] = {"en": (17, 1), "fr": (17, 1)}

# One or more phrases per rule that the rule must be the one to report.
POSITIVE: dict[str, tuple[str, ...]] = {
    "en-your-faults": ("Your lateness is the issue.", "Your mess is not ours to clean."),
    "en-you-always-never": (
        "You never send the files on time.",
        "You are always late with feedback.",
        "You keep changing the brief.",
    ),
    "en-your-people-never": (
        "Your team never answers the phone.",
        "Your accountant keeps forgetting our invoices.",
    ),
    "en-you-did": (
        "You ignored our last three emails.",
        "You have wasted weeks of our time.",
        "You treat our staff like servants.",
    ),
    "en-you-did-not": (
        "You didn't even read the proposal.",
        "Your staff don't respect our hours.",
        "You clearly dont listen.",
    ),
    "en-your-conduct": ("Your payments are late.", "Your approvals take forever."),
    "en-because-of-you": (
        "We missed the launch because of you.",
        "This delay is your fault.",
        "You're to blame for this.",
    ),
    "en-you-are-judged": (
        "You're impossible to work with.",
        "You have been disrespectful to my staff.",
    ),
    "en-your-constant": ("Your endless revisions.", "Your constant scope creep is the issue."),
    "en-you-every": ("You ask for changes after every meeting.",),
    "en-sarcasm": (
        "Thanks for nothing.",
        "Another late payment, what a surprise.",
        "Apparently deadlines are optional.",
    ),
    "en-implication": (
        "Nothing we do is ever good enough.",
        "Other clients manage to pay on time.",
    ),
    "en-exasperation": (
        "I am fed up.",
        "Working with you is exhausting.",
        "We are tired of waiting.",
    ),
    "en-judgement": (
        "That was rude.",
        "Such a demanding client.",
        "It is impossible to work with them.",
    ),
    "en-loaded": ("These delays are unacceptable.", "A ridiculous request."),
    "en-absolute": ("It's always the same story.", "The files arrive late every single time."),
    "fr-vos-fautes": ("Vos retards nous pèsent.", "Votre bazar n'est plus notre affaire."),
    "fr-vous-toujours-jamais": (
        "Vous n'avez jamais payé à temps.",
        "Vous êtes toujours en retard.",
        "Tu ne réponds jamais.",
    ),
    "fr-vous-faites": (
        "Vous avez ignoré nos relances.",
        "Vous nous devez trois mois.",
        "Vous traitez mon équipe comme vos employés.",
    ),
    "fr-vous-ne-faites-pas": (
        "Vous ne respectez pas nos horaires.",
        "Vous n'avez même pas lu la proposition.",
    ),
    "fr-votre-equipe-ne-fait-pas": (
        "Votre équipe ne respecte jamais nos délais.",
        "Vos services ne prennent pas la peine de répondre.",
    ),
    "fr-votre-conduite": (
        "Vos paiements arrivent en retard.",
        "Vos validations prennent une éternité.",
    ),
    "fr-a-cause-de-vous": (
        "Nous avons perdu un mois à cause de vous.",
        "C'est de votre faute.",
        "Ils sont passés dans notre dos.",
    ),
    "fr-vous-etes-juge": ("Vous êtes incapable de respecter un délai.", "Vous n'êtes pas fiable."),
    "fr-votre-juge": ("Votre équipe est incompétente.", "Vos demandes sont déraisonnables."),
    "fr-vos-incessants": ("Vos relances incessantes.", "Vos perpétuels changements d'avis."),
    "fr-vous-chaque": ("Vous demandez des modifications après chaque validation.",),
    "fr-ironie": (
        "Merci pour rien.",
        "Encore un retard, quelle surprise.",
        "Visiblement, les délais sont facultatifs.",
    ),
    "fr-implicite": (
        "Rien de ce que nous faisons n'est assez bien.",
        "Nos autres clients paient à temps.",
    ),
    "fr-exasperation": ("J'en ai assez.", "On en a marre.", "Travailler avec vous est épuisant."),
    "fr-jugement": ("C'était malhonnête.", "Un client impoli.", "Un client aussi exigeant."),
    "fr-mot-charge": ("Ce retard est inadmissible.", "Une attitude scandaleuse."),
    "fr-absolu": (
        "C'est toujours la même histoire.",
        "Les fichiers arrivent en retard, sans exception.",
    ),
}


def test_every_rule_has_a_positive_example() -> None:
    """No rule goes untested."""
    assert set(POSITIVE) == {rule.id for rule in RULES}


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule, text) for rule, texts in POSITIVE.items() for text in texts]
)
def test_rule_catches_its_examples(rule_id: str, text: str) -> None:
    """Each example is reported by its rule, with the words it matched and a suggestion."""
    lang = rule_id[:2]
    hits = check_blame(text, lang)
    assert rule_id in [hit.rule_id for hit in hits]
    for hit in hits:
        assert text[hit.start : hit.end] == hit.match
        assert hit.suggestion.startswith(t(lang, f"script.blame.advice.{hit.category}"))


def _rate(texts: tuple[str, ...], lang: str) -> tuple[list[str], str]:
    """The texts the check flags, and the figure "flagged/total (percent)"."""
    flagged = [text for text in texts if check_blame(text, lang)]
    return flagged, f"{len(flagged)}/{len(texts)} ({len(flagged) / len(texts):.1%})"


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_is_large_and_its_sets_apart(lang: str) -> None:
    """Sets large enough to measure, and no sentence in two of them (folded, so no near copy)."""
    assert len(REPROACHES[lang]) >= 60 and len(NEUTRAL[lang]) >= 40
    assert len(DEV_REPROACHES[lang]) >= 80 and len(DEV_NEUTRAL[lang]) >= 80
    assert len(HOLDOUT_REPROACHES[lang]) >= 50 and len(HOLDOUT_NEUTRAL[lang]) >= 50
    assert len(HELD_OUT_REPROACHES[lang]) >= 20 and len(HELD_OUT_NEUTRAL[lang]) >= 20
    every = [
        *REPROACHES[lang],
        *NEUTRAL[lang],
        *DEV_REPROACHES[lang],
        *DEV_NEUTRAL[lang],
        *HOLDOUT_REPROACHES[lang],
        *HOLDOUT_NEUTRAL[lang],
        *HELD_OUT_REPROACHES[lang],
        *HELD_OUT_NEUTRAL[lang],
    ]
    assert len({fold(text) for text in every}) == len(every)


def _figures(name: str, lang: str, reproaches: tuple[str, ...], neutral: tuple[str, ...]) -> str:
    """One line of the run's summary: recall and false alarms of one set."""
    _, recall = _rate(reproaches, lang)
    _, false_alarms = _rate(neutral, lang)
    return f"{lang} {name}: recall {recall}, false alarms {false_alarms}"


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_recall_and_false_alarms(lang: str, blame_figures: list[str]) -> None:
    """On the sets the rules were written from: recall of at least 90 %, at most 5 % alarms."""
    reproaches = (*REPROACHES[lang], *DEV_REPROACHES[lang])
    neutral = (*NEUTRAL[lang], *DEV_NEUTRAL[lang])
    blame_figures.extend(
        (
            _figures("first corpus", lang, REPROACHES[lang], NEUTRAL[lang]),
            _figures("dev", lang, DEV_REPROACHES[lang], DEV_NEUTRAL[lang]),
            _figures("first corpus and dev", lang, reproaches, neutral),
        )
    )
    caught, _ = _rate(reproaches, lang)
    alarms, _ = _rate(neutral, lang)
    missed = [text for text in reproaches if text not in caught]
    assert len(caught) >= MIN_RECALL * len(reproaches), missed
    assert len(alarms) <= MAX_FALSE_ALARMS * len(neutral), alarms


@pytest.mark.parametrize(
    ("name", "reproaches", "neutral", "floor"),
    [
        ("holdout", HOLDOUT_REPROACHES, HOLDOUT_NEUTRAL, HOLDOUT_FLOOR),
        ("first held-out set", HELD_OUT_REPROACHES, HELD_OUT_NEUTRAL, HELD_OUT_FLOOR),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_held_out_figures_hold(
    lang: str,
    name: str,
    reproaches: dict[str, tuple[str, ...]],
    neutral: dict[str, tuple[str, ...]],
    floor: dict[str, tuple[int, int]],
    blame_figures: list[str],
) -> None:
    """On sentences the rules were never fitted to, no less than measured, less a margin."""
    blame_figures.append(_figures(name, lang, reproaches[lang], neutral[lang]))
    caught, _ = _rate(reproaches[lang], lang)
    alarms, _ = _rate(neutral[lang], lang)
    min_caught, max_alarms = floor[lang]
    assert len(caught) >= min_caught, [text for text in reproaches[lang] if text not in caught]
    assert len(alarms) <= max_alarms, alarms


@pytest.mark.parametrize("lang", LANGS)
def test_neutral_corpus_passes_sentence_by_sentence_and_as_one_text(lang: str) -> None:
    """Sentences that pass alone also pass side by side in one letter."""
    passing = [text for text in NEUTRAL[lang] if not check_blame(text, lang)]
    assert flag_sentences(" ".join(passing), lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_hit_of_the_corpus_names_words_and_a_rewrite(lang: str) -> None:
    """Each hit quotes the text as typed and proposes a rewrite from the reader's catalogue."""
    rewrites = {suggestion(lang, category, topic) for category in CATEGORIES for topic in TOPIC_IDS}
    for text in REPROACHES[lang]:
        for hit in check_blame(text, lang):
            assert hit.match and text[hit.start : hit.end] == hit.match
            assert hit.suggestion in rewrites


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "Your payments are late every single month.", "payment"),
        ("en", "You were rude to our designer.", "respect"),
        ("en", "Your approvals take forever.", "deadline"),
        ("en", "You keep changing the brief.", "scope"),
        ("en", "You never answer our emails.", "communication"),
        ("en", "You are unreliable.", "general"),
        ("fr", "Vous ne payez jamais à temps.", "payment"),
        ("fr", "Vous avez été grossier avec mes collaborateurs.", "respect"),
        ("fr", "Vos validations prennent une éternité.", "deadline"),
        ("fr", "Vous changez d'avis sans arrêt.", "scope"),
        ("fr", "Vous ne répondez jamais à nos courriels.", "communication"),
        ("fr", "Vous êtes déraisonnable.", "general"),
    ],
)
def test_rewrite_speaks_of_the_same_subject(lang: str, text: str, topic: str) -> None:
    """A reproach about payments gets a rewrite about payment terms, and so on."""
    [first, *_] = check_blame(text, lang)
    assert t(lang, f"script.blame.examples.{topic}") in first.suggestion


@pytest.mark.parametrize("lang", LANGS)
def test_advice_and_rewrites_do_not_blame(lang: str) -> None:
    """What the check proposes passes the check: it speaks of the reader's business."""
    for category in CATEGORIES:
        assert check_blame(t(lang, f"script.blame.advice.{category}"), lang) == [], category
    for topic in TOPIC_IDS:
        assert check_blame(t(lang, f"script.blame.examples.{topic}"), lang) == [], topic


def test_french_suggestions_follow_french_typography() -> None:
    """Narrow no-break space before ; ! ?, no-break space before : and inside guillemets."""
    for category in CATEGORIES:
        for topic in TOPIC_IDS:
            text = suggestion("fr", category, topic)
            assert not re.search(r"[^\u202f][;!?]", text), text
            assert not re.search(r"[^\u00a0]:", text), text
            assert "«\u00a0" in text and "\u00a0»" in text, text
            assert "'" not in text, text


def test_english_suggestions_use_curly_quotes_and_apostrophes() -> None:
    """No straight apostrophe or quotation mark in the English rewrites."""
    for category in CATEGORIES:
        for topic in TOPIC_IDS:
            text = suggestion("en", category, topic)
            assert "'" not in text and '"' not in text, text
            assert "“" in text and "”" in text, text


def test_matching_ignores_case_accents_and_typographic_apostrophes() -> None:
    """Capitals, missing accents and curly apostrophes are caught like the usual forms."""
    assert [hit.rule_id for hit in check_blame("VOUS N\u2019AVEZ JAMAIS RÉPONDU", "fr")] == [
        "fr-vous-toujours-jamais"
    ]
    assert [hit.rule_id for hit in check_blame("Vous etes incapable", "fr")] == [
        "fr-vous-etes-juge"
    ]
    assert [hit.rule_id for hit in check_blame("Une équipe INCOMPÉTENTE", "fr")] == ["fr-jugement"]
    assert [hit.rule_id for hit in check_blame("a cause de vous", "fr")] == ["fr-a-cause-de-vous"]
    assert [hit.rule_id for hit in check_blame("You\u2019ve NEVER paid", "en")] == [
        "en-you-always-never"
    ]


def test_overlapping_rules_report_a_phrase_once() -> None:
    """ "You never" is second-person blame, not also an absolute."""
    hits = check_blame("You never answer.", "en")
    assert [(hit.rule_id, hit.category, hit.match) for hit in hits] == [
        ("en-you-always-never", "second_person", "You never")
    ]


def test_hits_come_in_reading_order_with_original_offsets() -> None:
    """Offsets index the original text, accents and all."""
    text = "Écoutez\u00a0: c'est scandaleux, vous êtes toujours là."
    hits = check_blame(text, "fr")
    assert [hit.match for hit in hits] == ["scandaleux", "vous êtes toujours"]
    assert all(text[hit.start : hit.end] == hit.match for hit in hits)


def test_rules_only_apply_to_their_language() -> None:
    """French rules do not run on English text, and the other way round."""
    assert check_blame("Vous n'avez jamais payé.", "en") == []
    assert check_blame("You never paid.", "fr") == []


def test_an_absolute_needs_a_fault_to_blame() -> None:
    """ "Always" about the reader's own business passes; with a fault it is flagged."""
    assert check_blame("We always keep copies of the files.", "en") == []
    assert check_blame("The files always arrive late.", "en") != []
    assert check_blame("Nous conservons toujours une copie des fichiers.", "fr") == []
    assert check_blame("Les fichiers arrivent toujours en retard.", "fr") != []


def test_a_sentence_is_judged_on_its_own() -> None:
    """A fault in one sentence does not turn an absolute in the next one into blame."""
    assert check_blame("The files were late. We always keep copies.", "en") == []
    assert check_blame("The files were late.\nWe always keep copies", "en") == []


def test_sentences_give_lines_and_offsets() -> None:
    """Sentences end at . ! ? … and at line ends; blank ones are skipped; lines count from 1."""
    text = "One. Two!\n\n  Three? Four\nFive\u2026 Six"
    found = [(line, text[start:end]) for line, start, end in sentences(text)]
    assert found == [
        (1, "One."),
        (1, "Two!"),
        (3, "  Three?"),
        (3, "Four"),
        (4, "Five\u2026"),
        (4, "Six"),
    ]


def test_flagged_sentences_carry_their_line_words_and_suggestion() -> None:
    """One entry per flagged sentence, its phrases joined by an ellipsis, its first rewrite."""
    text = "Hello Dana,\n\nYour payments are late every single month. Thank you."
    [flagged] = flag_sentences(text, "en")
    assert flagged.line == 3
    assert flagged.words == "Your payments are late \u2026 every single month"
    assert flagged.suggestion == flagged.hits[0].suggestion
    assert text[flagged.start : flagged.end] == "Your payments are late every single month."


def test_flagged_words_stay_on_one_line() -> None:
    """A phrase typed across spaces and tabs is quoted with single spaces."""
    [flagged] = flag_sentences("You\t  never answer.", "en")
    assert flagged.words == "You never"


@pytest.mark.parametrize("lang", LANGS)
def test_every_category_has_a_label_and_advice(lang: str) -> None:
    """Each category the rules use is named and advised on in the catalogue."""
    assert {rule.category for rule in RULES} <= set(CATEGORIES)
    for category in CATEGORIES:
        assert t(lang, f"script.blame.categories.{category}")
        assert t(lang, f"script.blame.advice.{category}")


def test_unknown_language_is_refused() -> None:
    """Only French and English have rules."""
    with pytest.raises(ValueError):
        check_blame("text", "de")


def test_folding_keeps_one_character_for_one() -> None:
    """Folding never changes the length, so offsets hold."""
    text = "ÉÀÇœßİ\u2019\u00a0ﬁ"
    assert len(fold(text)) == len(text)


def texts_of(script: Script) -> list[str]:
    """The conversation lines, the email, the letter and the objection replies."""
    lines = [line.text for section in script.conversation for line in section.lines]
    replies = [objection.reply for objection in script.objections]
    return [*lines, script.email.subject, script.email.body, script.letter.text, *replies]


@pytest.mark.parametrize("lang", LANGS)
def test_reason_bank_is_blame_free(lang: str) -> None:
    """The bank's reasons are depersonalized: no blame in any of them."""
    for reason in REASONS:
        assert check_blame(reason.text(lang), lang) == [], reason.id


NEUTRAL_NAMES = ("", "Dana Smith", "Atelier Martin", "ACME & Co", "Jean-Luc Dupré")
NEUTRAL_OWN = (
    "We are reducing the number of accounts each project lead follows.",
    "Nous réduisons le nombre de comptes suivis par chaque chef de projet.",
    "Our studio is moving to another city next year.",
)


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
        "capacity_line": True,
        "reasons_in_letter": True,
        "contact_title": "ms",
        "contact_last_name": "Lee",
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
        "country": st.sampled_from(COUNTRIES),
        "contact_title": st.sampled_from(TITLES),
        "contact_first_name": st.sampled_from(["", *NEUTRAL_NAMES]),
        "contact_last_name": st.sampled_from(["", *NEUTRAL_NAMES]),
        "reasons": st.lists(st.sampled_from([reason.id for reason in REASONS]), unique=True),
        "own_reasons": st.lists(st.sampled_from(NEUTRAL_OWN), max_size=3),
        "capacity_line": st.booleans(),
        "reasons_in_letter": st.booleans(),
        "replacements": st.lists(
            st.fixed_dictionaries(
                {"name": st.sampled_from(NEUTRAL_NAMES), "contact": st.just("x@y.example")}
            ),
            max_size=2,
        ),
        "contract_kind": st.sampled_from(CONTRACT_KINDS),
        "send_date": st.one_of(
            st.just(""), st.dates(date(2020, 1, 1), date(2035, 12, 31)).map(str)
        ),
        "end_date": st.one_of(st.just(""), st.dates(date(2020, 1, 1), date(2035, 12, 31)).map(str)),
        "notice_days": st.one_of(st.none(), st.integers(1, 400)),
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
