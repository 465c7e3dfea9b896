"""Words that put the blame on the client, found in a text with a neutral rewording to use.

The article (part 2, step 2): avoid blaming the client directly, for the sake of your
reputation. The rules are data; patterns are written in lower case without accents, because
the text is folded the same way before matching (one character for one, so offsets hold).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from widgets.i18n import check_lang, t

Category = Literal["second_person", "absolute", "insult", "loaded"]
CATEGORIES: tuple[Category, ...] = ("second_person", "insult", "loaded", "absolute")

# Typographic apostrophes and no-break spaces, as typed on phones and by French keyboards.
_SAME_AS = {"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " "}


@dataclass(frozen=True)
class BlameRule:
    """A pattern that blames, in one language, with the key of the rewording to suggest."""

    id: str
    lang: str
    category: Category
    pattern: str
    suggestion_key: str


@dataclass(frozen=True)
class BlameHit:
    """Where a rule matched; ``start`` and ``end`` index the original text."""

    rule_id: str
    category: Category
    start: int
    end: int
    match: str
    suggestion: str


_EN_INSULTS = (
    r"incompetent|incompetence|rude|rudeness|liars?|lying|lazy|dishonest|arrogant|"
    r"unprofessional|stupid|idiots?|idiotic|useless|toxic|greedy|hopeless"
)
_EN_LOADED = (
    r"unacceptable|ridiculous|outrageous|absurd|disgraceful|pathetic|shameful|intolerable|"
    r"inexcusable|appalling|scandalous|a disgrace"
)
_FR_INSULTS = (
    r"incompetente?s?|incompetence|malhonnetes?|malhonnetete|impolie?s?|impolitesse|"
    r"menteur|menteurs|menteuses?|grossiere?s?|grossierete|paresseux|paresseuses?|"
    r"arrogante?s?|irrespectueux|irrespectueuses?|odieux|odieuses?|stupides?|idiote?s?|"
    r"toxiques?|ingrate?s?"
)
_FR_LOADED = (
    r"inacceptables?|inadmissibles?|scandaleux|scandaleuses?|ridicules?|honteux|honteuses?|"
    r"intolerables?|inexcusables?|absurdes?|lamentables?|deplorables?|pitoyables?|"
    r"n'importe quoi"
)

RULES: tuple[BlameRule, ...] = (
    # English: second person.
    BlameRule(
        "en-you-never", "en", "second_person", r"\byou(?:'ve| have| had)?\s+never\b", "you_never"
    ),
    BlameRule(
        "en-you-always",
        "en",
        "second_person",
        r"\byou(?:'re| are|'ve| have)?\s+(?:\w+\s+)?always\b",
        "you_always",
    ),
    BlameRule(
        "en-your-fault",
        "en",
        "second_person",
        r"\byour\s+(?:own\s+)?fault\b|\byou(?:'re| are)\s+to\s+blame\b",
        "fault",
    ),
    BlameRule(
        "en-because-of-you", "en", "second_person", r"\bbecause\s+of\s+you\b", "because_of_you"
    ),
    BlameRule(
        "en-you-are",
        "en",
        "second_person",
        r"\byou(?:'re| are)\s+(?:so\s+|too\s+|just\s+)?(?:incapable|impossible|difficult|"
        r"a\s+nightmare|the\s+problem|unbearable)\b",
        "you_are",
    ),
    # English: judgements and loaded words.
    BlameRule("en-insult", "en", "insult", rf"\b(?:{_EN_INSULTS})\b", "insult"),
    BlameRule("en-loaded", "en", "loaded", rf"\b(?:{_EN_LOADED})\b", "loaded"),
    # English: absolutes, after the rules above so that "you never" is reported once.
    BlameRule(
        "en-absolute",
        "en",
        "absolute",
        r"\b(?:always|never|constantly|every\s+single\s+time)\b",
        "absolute",
    ),
    # French: second person ("vous n'avez jamais", "vous me demandez toujours"...).
    BlameRule(
        "fr-vous-jamais",
        "fr",
        "second_person",
        r"\b(?:vous|tu)\s+n(?:e\s+|')(?:[\w']+\s+){1,3}?jamais\b",
        "you_never",
    ),
    BlameRule(
        "fr-vous-toujours",
        "fr",
        "second_person",
        r"\b(?:vous|tu)\s+(?:[\w']+\s+){0,2}?toujours\b",
        "you_always",
    ),
    BlameRule(
        "fr-votre-faute",
        "fr",
        "second_person",
        r"\b(?:de\s+|par\s+)?(?:votre|ta)\s+faute\b",
        "fault",
    ),
    BlameRule(
        "fr-a-cause-de-vous",
        "fr",
        "second_person",
        r"\ba\s+cause\s+de\s+(?:vous|toi)\b",
        "because_of_you",
    ),
    BlameRule(
        "fr-vous-etes",
        "fr",
        "second_person",
        r"\b(?:vous\s+etes|tu\s+es)\s+(?:si\s+|trop\s+|vraiment\s+)?(?:incapables?|"
        r"impossibles?|ingerables?|insupportables?|penibles?|difficiles?|le\s+probleme)\b"
        r"|\b(?:vous|tu)\s+n'(?:etes|es)\s+pas\s+(?:capables?|fiables?|serieux|serieuses?)\b",
        "you_are",
    ),
    # French: judgements and loaded words.
    BlameRule("fr-insult", "fr", "insult", rf"\b(?:{_FR_INSULTS})\b", "insult"),
    BlameRule("fr-loaded", "fr", "loaded", rf"\b(?:{_FR_LOADED})\b", "loaded"),
    # French: absolutes, after the rules above so that "vous n'avez jamais" is reported once.
    BlameRule(
        "fr-absolute",
        "fr",
        "absolute",
        r"\b(?:toujours|jamais|constamment|sans\s+arret|sans\s+cesse)\b",
        "absolute",
    ),
)


def fold(text: str) -> str:
    """``text`` in lower case without accents, one character for one, so offsets still match."""
    return "".join(_fold_char(char) for char in text)


@cache
def _fold_char(char: str) -> str:
    """One character, lower-cased and stripped of its accent when that keeps it one character."""
    if char in _SAME_AS:
        return _SAME_AS[char]
    lower = char.lower()
    if len(lower) != 1:
        return char
    base = unicodedata.normalize("NFD", lower)[0]
    return base if base.isalpha() or not lower.isalpha() else lower


@cache
def _compiled(rule: BlameRule) -> re.Pattern[str]:
    """The compiled pattern of one rule."""
    return re.compile(rule.pattern)


def rules_for(lang: str) -> tuple[BlameRule, ...]:
    """The rules of one language, in the order they are tried."""
    return tuple(rule for rule in RULES if rule.lang == lang)


def check_blame(text: str, lang: str) -> list[BlameHit]:
    """Every blaming phrase of ``text``, in reading order; overlapping matches count once."""
    lang = check_lang(lang)
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    hits: list[BlameHit] = []
    for rule in rules_for(lang):
        for found in _compiled(rule).finditer(folded):
            start, end = found.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            taken.append((start, end))
            suggestion = t(lang, f"script.blame.suggestions.{rule.suggestion_key}")
            hits.append(BlameHit(rule.id, rule.category, start, end, text[start:end], suggestion))
    return sorted(hits, key=lambda hit: hit.start)
