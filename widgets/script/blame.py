"""Words that put the blame on the client, found in a text with a neutral rewording to use.

The article (part 2, step 2): avoid blaming the client directly, for the sake of your
reputation. The rules are data: their order and categories here, their patterns in each
language's catalogue, written in lower case without accents, because the text is folded the
same way before matching (one character for one, so offsets hold).
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
    """A way of blaming, the same in every language: each catalogue writes its own pattern
    (``script.blame.patterns.<id>``) and its rewording (``script.blame.suggestions.<id>``)."""

    id: str
    category: Category

    @property
    def pattern_key(self) -> str:
        """Catalogue key of the pattern, matched against the folded text."""
        return f"script.blame.patterns.{self.id}"

    @property
    def suggestion_key(self) -> str:
        """Catalogue key of the neutral rewording to suggest."""
        return f"script.blame.suggestions.{self.id}"


@dataclass(frozen=True)
class BlameHit:
    """Where a rule matched; ``start`` and ``end`` index the original text."""

    rule_id: str
    category: Category
    start: int
    end: int
    match: str
    suggestion: str


# Tried in this order: the absolutes come last, so that "you never" is reported once.
RULES: tuple[BlameRule, ...] = (
    BlameRule("you_never", "second_person"),
    BlameRule("you_always", "second_person"),
    BlameRule("fault", "second_person"),
    BlameRule("because_of_you", "second_person"),
    BlameRule("you_are", "second_person"),
    BlameRule("insult", "insult"),
    BlameRule("loaded", "loaded"),
    BlameRule("absolute", "absolute"),
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
def compiled(lang: str, rule: BlameRule) -> re.Pattern[str]:
    """The pattern of one rule in one language, compiled."""
    return re.compile(t(lang, rule.pattern_key))


def check_blame(text: str, lang: str) -> list[BlameHit]:
    """Every blaming phrase of ``text``, in reading order; overlapping matches count once."""
    lang = check_lang(lang)
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    hits: list[BlameHit] = []
    for rule in RULES:
        for found in compiled(lang, rule).finditer(folded):
            start, end = found.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            taken.append((start, end))
            suggestion = t(lang, rule.suggestion_key)
            hits.append(BlameHit(rule.id, rule.category, start, end, text[start:end], suggestion))
    return sorted(hits, key=lambda hit: hit.start)
