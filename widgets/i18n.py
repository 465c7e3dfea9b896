"""Message catalogues: one TOML file per language of ``widgets.languages`` (``widgets/catalog``)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

from widgets.languages import DEFAULT_LANG, LANGS, Lang

__all__ = ["DEFAULT_LANG", "LANGS", "Lang", "catalog", "check_lang", "flat_keys", "has", "t"]


def check_lang(lang: str) -> Lang:
    """Return ``lang`` as a language of the site, or raise ValueError."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: expected one of {', '.join(LANGS)}")
    return Lang(lang)


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


def _node(lang: str, key: str) -> Any:
    """What ``key`` (dotted path) leads to in the catalogue of ``lang``, or None."""
    node: Any = catalog(lang)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def has(lang: str, key: str) -> bool:
    """Whether the catalogue of ``lang`` holds the message ``key``."""
    return isinstance(_node(lang, key), str)


def t(lang: str, key: str, **values: object) -> str:
    """The message ``key`` (dotted path) in ``lang``, with ``{placeholders}`` filled in."""
    node = _node(lang, key)
    if node is None:
        raise KeyError(f"no message {key!r} in the {lang} catalogue")
    if not isinstance(node, str):
        raise KeyError(f"{key!r} in the {lang} catalogue is a table, not a message")
    return node.format(**values) if values else node
