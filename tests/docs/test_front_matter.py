"""Every page's front matter parses, so no page shows it as text or loses its menu title."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docs.build_hooks import load_hook

DOCS = Path(__file__).parents[2] / "docs"
PAGES = sorted(DOCS.glob("*/*.md"))


hook = load_hook("front_matter")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_front_matter_parses(page: Path) -> None:
    """The page's front matter is valid YAML with a description."""
    assert hook.problem(page.read_text("utf-8")) is None


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("---\ndescription: Assess: should it end?\n---\n\n# Title\n", "not valid YAML"),
        ("---\n- a list\n---\n\n# Title\n", "key: value"),
        ("---\ntitle: Title\n---\n\n# Title\n", "'description'"),
        ('---\ndescription: ""\n---\n\n# Title\n', "'description'"),
        ("---\ndescription: never closed\n\n# Title\n", "no front matter"),
        ("# Title\n", "no front matter"),
    ],
)
def test_a_broken_front_matter_is_named(source: str, reason: str) -> None:
    """Each way a front matter can break is caught, with a reason a writer can act on."""
    found = hook.problem(source)
    assert found is not None and reason in found


def test_a_quoted_value_may_hold_a_colon() -> None:
    """The fix the message suggests works."""
    assert hook.problem('---\ndescription: "Assess: should it end?"\n---\n\n# T\n') is None
