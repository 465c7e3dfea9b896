"""Which pass of the build this is: the i18n plugin runs the whole build once per language.

Imported by the hooks that write files shared by every language, so that they write them once.
MkDocs puts this folder on the import path while it loads a hook.
"""

from __future__ import annotations

from typing import Any


def is_default_language_pass(config: Any) -> bool:
    """True on the default language's pass, and on every build without the i18n plugin."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "is_default_language_build", True)) if i18n else True
