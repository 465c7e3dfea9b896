"""JSON text read the one way every entry point reads it: its nesting measured first.

Python's parser recurses once per level. In CPython a value nested past the recursion limit
raises RecursionError; in Pyodide the WebAssembly stack can run out first, which is fatal to
the interpreter. So the depth is measured without recursion, strings aside, and a value nested
deeper than any document of the tools is refused before the parser sees it.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

# An assessment's request nests about five levels; a hundred leaves room for any real one.
MAX_DEPTH = 100
# A JSON string, escapes included: what is inside one is never nesting.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class TooDeep(RecursionError):
    """JSON nested deeper than MAX_DEPTH: refused as Python's own recursion limit would be."""


def depth(text: str) -> int:
    """How many levels the arrays and objects of JSON ``text`` nest (0 for a lone value)."""
    brackets = _BRACKET.findall(_STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def read_json(text: str | bytes) -> Any:
    """The value of JSON ``text``; TooDeep past MAX_DEPTH levels, ValueError if not JSON."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if depth(text) > MAX_DEPTH:
        raise TooDeep(f"JSON nested deeper than {MAX_DEPTH} levels")
    return json.loads(text)
