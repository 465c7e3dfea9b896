"""The check itself: which words of a text blame the client, and how to say it instead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from widgets.i18n import check_lang, t
from widgets.script.blame import en, fr
from widgets.script.blame.rules import BlameRule, Category, Topic, TopicId
from widgets.script.blame.text import fold, sentences

RULES: tuple[BlameRule, ...] = (*fr.RULES, *en.RULES)
TOPICS: tuple[Topic, ...] = (*fr.TOPICS, *en.TOPICS)


@dataclass(frozen=True)
class BlameHit:
    """Where a rule matched; ``start`` and ``end`` index the original text."""

    rule_id: str
    category: Category
    start: int
    end: int
    match: str
    suggestion: str


@dataclass(frozen=True)
class FlaggedSentence:
    """A sentence with at least one hit; ``line`` counts from 1."""

    line: int
    start: int
    end: int
    hits: tuple[BlameHit, ...]

    @property
    def words(self) -> str:
        """The flagged words in reading order, on one line; " … " stands between two phrases."""
        return " \u2026 ".join(" ".join(hit.match.split()) for hit in self.hits)

    @property
    def suggestion(self) -> str:
        """The rewording of the sentence's first hit."""
        return self.hits[0].suggestion


def rules_for(lang: str) -> tuple[BlameRule, ...]:
    """The rules of one language, in the order they are tried."""
    return tuple(rule for rule in RULES if rule.lang == lang)


# Compiled once on import, so the browser's memory snapshot already holds them.
_PATTERNS: dict[str, re.Pattern[str]] = {
    pattern: re.compile(pattern)
    for pattern in (
        *(part for rule in RULES for part in (rule.pattern, rule.within, rule.unless) if part),
        *(topic.pattern for topic in TOPICS),
    )
}


def _compiled(pattern: str) -> re.Pattern[str]:
    """The compiled form of a pattern of the rule tables."""
    return _PATTERNS[pattern]


def topic_of(folded_sentence: str, lang: str) -> TopicId:
    """What a folded sentence is about, for a rewrite on the same subject."""
    for topic in TOPICS:
        if topic.lang == lang and _compiled(topic.pattern).search(folded_sentence):
            return topic.id
    return "general"


@cache
def suggestion(lang: str, category: Category, topic: TopicId) -> str:
    """The advice for a category, with a depersonalized rewrite on the topic, in ``lang``."""
    return t(
        lang,
        "script.blame.suggestion",
        advice=t(lang, f"script.blame.advice.{category}"),
        example=t(lang, f"script.blame.examples.{topic}"),
    )


def _applies(rule: BlameRule, folded_sentence: str) -> bool:
    """Whether the sentence meets the rule's conditions."""
    if rule.within and not _compiled(rule.within).search(folded_sentence):
        return False
    return not (rule.unless and _compiled(rule.unless).search(folded_sentence))


def _sentence_hits(text: str, folded: str, lang: str, start: int, end: int) -> list[BlameHit]:
    """The hits of the sentence ``text[start:end]``; overlapping matches count once."""
    sentence = folded[start:end]
    taken: list[tuple[int, int]] = []
    hits: list[BlameHit] = []
    topic: TopicId | None = None
    for rule in rules_for(lang):
        # The pattern first: most sentences match no rule, and the conditions cost as much.
        matches = list(_compiled(rule.pattern).finditer(sentence))
        if not matches or not _applies(rule, sentence):
            continue
        for found in matches:
            low, high = found.span()
            if any(low < other_high and other_low < high for other_low, other_high in taken):
                continue
            taken.append((low, high))
            topic = topic or topic_of(sentence, lang)
            hits.append(
                BlameHit(
                    rule.id,
                    rule.category,
                    start + low,
                    start + high,
                    text[start + low : start + high],
                    suggestion(lang, rule.category, topic),
                )
            )
    return sorted(hits, key=lambda hit: hit.start)


def flag_sentences(text: str, lang: str) -> list[FlaggedSentence]:
    """Every sentence of ``text`` that blames the client, in reading order, with its hits."""
    lang = check_lang(lang)
    folded = fold(text)
    flagged: list[FlaggedSentence] = []
    for line, start, end in sentences(folded):
        hits = _sentence_hits(text, folded, lang, start, end)
        if hits:
            flagged.append(FlaggedSentence(line, start, end, tuple(hits)))
    return flagged


def check_blame(text: str, lang: str) -> list[BlameHit]:
    """Every blaming phrase of ``text``, in reading order."""
    return [hit for sentence in flag_sentences(text, lang) for hit in sentence.hits]
