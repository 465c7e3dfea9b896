"""The one Chromium the tests and the benchmark drive: Debian's, started for a closed network."""

from __future__ import annotations

import os

# Playwright's own browser download is not available here; CHROMIUM points elsewhere if needed.
EXECUTABLE = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# As root Chromium needs --no-sandbox; the rest stop it phoning home on a closed network.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
