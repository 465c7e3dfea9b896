"""Macros of the assessment pages."""

from __future__ import annotations

from typing import Any


def register(env: Any) -> None:
    """Add this module's macros to the page environment."""
