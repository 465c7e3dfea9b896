"""JSON text read with its nesting measured first, so no parser recurses past a depth."""

from __future__ import annotations

import json

import pytest

from widgets.fields.json_text import MAX_DEPTH, TooDeep, depth, read_json


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", 0),
        ("[]", 1),
        ('{"a": [1, {"b": []}]}', 4),
        ('["[[[[", "]]]]]]", "{{"]', 1),
        (r'["a \" [[[ \\", [[]]]', 3),
        ("[[]][[[]]]", 3),
    ],
)
def test_depth_counts_arrays_and_objects_not_brackets_in_strings(text: str, expected: int) -> None:
    """Brackets inside strings, escaped quotes included, are text, not nesting."""
    assert depth(text) == expected


def test_nesting_up_to_the_limit_is_read_and_beyond_it_refused() -> None:
    """A hundred levels parse; one more is refused before the parser starts, as a recursion."""
    fits = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert read_json(fits) == json.loads(fits)
    with pytest.raises(TooDeep):
        read_json("[" + fits + "]")
    with pytest.raises(RecursionError):
        read_json(b"{" + b'"a":{' * 200_000 + b"}" * 200_001)


def test_what_is_not_json_is_a_value_error() -> None:
    """Broken text is refused by the parser itself."""
    with pytest.raises(ValueError):
        read_json("{not json")
