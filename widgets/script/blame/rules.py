"""The shape of a blame rule and of a topic, shared by the rule tables of each language.

Patterns are regular expressions over folded text (lower case, no accents, straight
apostrophes, plain spaces: see ``text.fold``), matched one sentence at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Category = Literal[
    "second_person", "insult", "exasperation", "implication", "sarcasm", "loaded", "absolute"
]
# The order the widget and the catalogues list them in.
CATEGORIES: tuple[Category, ...] = (
    "second_person",
    "insult",
    "exasperation",
    "implication",
    "sarcasm",
    "loaded",
    "absolute",
)

TopicId = Literal["payment", "respect", "deadline", "scope", "communication", "general"]
TOPIC_IDS: tuple[TopicId, ...] = (
    "payment",
    "respect",
    "deadline",
    "scope",
    "communication",
    "general",
)


@dataclass(frozen=True)
class BlameRule:
    """A pattern that blames the client, in one language.

    ``within``: the rule applies only to sentences where this also matches (an absolute is
    blame when it comes with a fault). ``unless``: sentences where this matches are left
    alone (thanks, praise). The words ``pattern`` matches are the ones shown to the reader.
    """

    id: str
    lang: str
    category: Category
    pattern: str
    within: str = ""
    unless: str = ""


@dataclass(frozen=True)
class Topic:
    """What a sentence is about, so the suggested rewrite speaks of the same thing."""

    id: TopicId
    lang: str
    pattern: str


def one_of(*alternatives: str) -> str:
    """A non-capturing group of regex alternatives."""
    return "(?:" + "|".join(alternatives) + ")"


def word(*alternatives: str) -> str:
    """The alternatives as whole words."""
    return r"\b" + one_of(*alternatives) + r"\b"
