"""Fixtures shared by the script tests: example files and extreme inputs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from widgets.script.inputs import TEXT_MAX_LENGTH, Handover
from widgets.script.reasons import REASONS

EXAMPLES = Path(__file__).parents[3] / "examples" / "script"
# Lines the blame tests report at the end of the run: the corpus figures.
BLAME_FIGURES = pytest.StashKey[list[str]]()
MARKUP = "<script>alert(1)</script>"


def long_text(seed: str) -> str:
    """A text of exactly the maximum length that starts with markup and ``seed``."""
    start = f"{MARKUP} {seed} "
    return (start + "x" * TEXT_MAX_LENGTH)[:TEXT_MAX_LENGTH]


def maximal(lang: str) -> dict[str, Any]:
    """Inputs with every field filled, each free text at the maximum length."""
    return {
        "lang": lang,
        "channel": "in_person",
        "tone": "cordial",
        "your_name": long_text("your_name"),
        "your_company": long_text("your_company"),
        "your_address": long_text("your_address"),
        "country": "elsewhere",
        "client_name": long_text("client_name"),
        "contact_title": "ms",
        "contact_first_name": long_text("contact_first_name"),
        "contact_last_name": long_text("contact_last_name"),
        "client_contact": long_text("client_contact"),
        "client_email": "dana@client.example",
        "reasons": [reason.id for reason in REASONS],
        "own_reasons": [long_text("own_1"), long_text("own_2")],
        "reasons_in_letter": True,
        "capacity_line": True,
        "replacements": [{"name": long_text("name"), "contact": long_text("contact")}],
        "contract_kind": "fixed_term",
        "send_date": "2025-12-01",
        "end_date": "2026-01-01",
        "notice_days": 3650,
        "relationship_years": 100,
        "handover": dict.fromkeys(Handover.__dataclass_fields__, True),
        "holds_stake": True,
    }


@pytest.fixture
def examples_dir() -> Path:
    """The folder of example input files."""
    return EXAMPLES


@pytest.fixture
def example() -> Callable[[str], dict[str, Any]]:
    """A loader of example input files, by name."""

    def load(name: str) -> dict[str, Any]:
        """The inputs of one example file."""
        data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
        return data

    return load


@pytest.fixture
def maximal_inputs() -> Callable[[str], dict[str, Any]]:
    """A builder of inputs with every field at its largest."""
    return maximal


@pytest.fixture
def blame_figures(request: pytest.FixtureRequest) -> list[str]:
    """Where a test leaves lines to print in the run's summary."""
    return request.config.stash.setdefault(BLAME_FIGURES, [])


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Print the blame check's measured figures, when its corpus test ran."""
    lines = config.stash.get(BLAME_FIGURES, [])
    if lines:
        terminalreporter.section("blame check on the corpus")
        terminalreporter.write_line(
            "first corpus and dev: the rules were written from them; holdout: measured once, "
            "rules frozen; first held-out set: kept out of the rules since it was written"
        )
        for line in sorted(lines):
            terminalreporter.write_line(line)
