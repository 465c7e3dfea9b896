"""Every page's front matter parses, so no page shows it as text or loses its menu title."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

DOCS = Path(__file__).parents[2] / "docs"
PAGES = sorted(DOCS.glob("*/*.md"))


def load_hook() -> ModuleType:
    """Import hooks/front_matter.py the way MkDocs does: as a file, not a package."""
    path = Path(__file__).parents[2] / "hooks" / "front_matter.py"
    spec = importlib.util.spec_from_file_location("front_matter", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["front_matter"] = module
    spec.loader.exec_module(module)
    return module


hook = load_hook()


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
