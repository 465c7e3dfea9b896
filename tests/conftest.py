"""Shared test settings."""

from __future__ import annotations

import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

try:
    from hypothesis import configuration
except ImportError:  # the browser tests' environment may lack it
    pass
else:
    # Hypothesis keeps a cache folder; tests write nothing into the working tree.
    configuration.set_hypothesis_home_dir(tempfile.mkdtemp(prefix="hypothesis-"))
