"""How large a file the tools read, and the words that say so."""

from __future__ import annotations

from widgets.fields.files import FILE_MAX_BYTES
from widgets.i18n import t


def test_the_limits_words_say_the_limit() -> None:
    """The message names the limit the pages apply, written the way each language writes it."""
    assert FILE_MAX_BYTES == 1_000_000
    assert "1\u00a0Mo" in t("fr", "site.files.too_large", file="x")
    assert "1 MB" in t("en", "site.files.too_large", file="x")
