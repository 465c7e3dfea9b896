"""How large a file the tools read: the pages refuse a larger one before reading it."""

from __future__ import annotations

# An assessment's answers or a deal-breakers list take a few kilobytes: a megabyte leaves room
# for any real one, and keeps a wrong file (a video, an archive) from freezing the page.
FILE_MAX_BYTES = 1_000_000
