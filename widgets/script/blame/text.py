"""Text as the rules read it: folded one character for one, and cut into sentences."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

# Typographic apostrophes and no-break spaces, as typed on phones and by French keyboards.
_SAME_AS = {"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " "}
# A sentence ends at . ! ? or … followed by a space, and at the end of a line: each line of
# the own-reasons field is a reason of its own, and mail clients wrap paragraphs by themselves.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[ \t]+")


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


def sentences(text: str) -> Iterator[tuple[int, int, int]]:
    """``(line, start, end)`` of each non-blank sentence of ``text``; lines count from 1."""
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        start = 0
        for separator in _SENTENCE_END.finditer(line):
            yield from _non_blank(number, offset, line, start, separator.start())
            start = separator.end()
        yield from _non_blank(number, offset, line, start, len(line))
        offset += len(line) + 1


def _non_blank(
    number: int, offset: int, line: str, start: int, end: int
) -> Iterator[tuple[int, int, int]]:
    """The piece ``line[start:end]`` as a sentence, unless it is only spaces."""
    if line[start:end].strip():
        yield number, offset + start, offset + end
