"""Both message catalogues hold exactly the same keys."""

from __future__ import annotations

from widgets.i18n import catalog, flat_keys


def test_french_and_english_catalogues_have_the_same_keys() -> None:
    """No key exists in one language only."""
    assert flat_keys(catalog("fr")) == flat_keys(catalog("en"))
