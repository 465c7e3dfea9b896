"""Every language's catalogue holds exactly the same keys."""

from __future__ import annotations

import pytest

from widgets.i18n import DEFAULT_LANG, LANGS, catalog, flat_keys


@pytest.mark.parametrize("lang", LANGS)
def test_every_catalogue_has_the_keys_of_the_default_one(lang: str) -> None:
    """No key exists in one language only."""
    assert flat_keys(catalog(lang)) == flat_keys(catalog(DEFAULT_LANG))
