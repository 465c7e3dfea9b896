"""Shared test settings: the repository root for tests that read project files."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
