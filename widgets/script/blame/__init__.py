"""Words that put the blame on the client, found in a text with a depersonalized rewording.

The article (part 2, step 2): avoid blaming the client directly, for the sake of your
reputation; (step 1) explain with reasons about your own business. Rules of our own, one
table per language (``en``, ``fr``) built from word classes (``en_lexicon``, ``fr_lexicon``):
who is spoken of (the client, their people and things) and what is said of them (a fault, a
judgement, an absolute), with exceptions for our own conduct. They read folded text one
sentence at a time.
"""

from __future__ import annotations

from widgets.script.blame.check import (
    RULES,
    TOPICS,
    BlameHit,
    FlaggedSentence,
    check_blame,
    flag_sentences,
    rules_for,
    suggestion,
    topic_of,
)
from widgets.script.blame.rules import CATEGORIES, TOPIC_IDS, BlameRule, Category, Topic
from widgets.script.blame.text import fold, sentences

__all__ = [
    "CATEGORIES",
    "RULES",
    "TOPICS",
    "TOPIC_IDS",
    "BlameHit",
    "BlameRule",
    "Category",
    "FlaggedSentence",
    "Topic",
    "check_blame",
    "flag_sentences",
    "fold",
    "rules_for",
    "sentences",
    "suggestion",
    "topic_of",
]
