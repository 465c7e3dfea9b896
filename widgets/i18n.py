"""Message catalogues: one TOML file per language in ``widgets/catalog``."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any, Literal

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
DEFAULT_LANG: Lang = "fr"


def check_lang(lang: str) -> Lang:
    """Return ``lang`` as a supported language, or raise ValueError."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: expected one of {', '.join(LANGS)}")
    return lang


@cache
def catalog(lang: str) -> dict[str, Any]:
    """The whole catalogue of one language, as nested tables."""
    text = files("widgets").joinpath("catalog", f"{check_lang(lang)}.toml").read_text("utf-8")
    return tomllib.loads(text)


def flat_keys(table: dict[str, Any], prefix: str = "") -> set[str]:
    """Every dotted key that leads to a string in ``table``."""
    keys: set[str] = set()
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            keys |= flat_keys(value, key + ".")
        else:
            keys.add(key)
    return keys


def t(lang: str, key: str, **values: object) -> str:
    """The message ``key`` (dotted path) in ``lang``, with ``{placeholders}`` filled in."""
    node: Any = catalog(lang)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"no message {key!r} in the {lang} catalogue")
        node = node[part]
    if not isinstance(node, str):
        raise KeyError(f"{key!r} in the {lang} catalogue is a table, not a message")
    return node.format(**values) if values else node
