"""Every catalogue key the script and deal-breakers code uses exists in every catalogue."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from widgets import dealbreakers
from widgets.i18n import LANGS, catalog, flat_keys, t
from widgets.script.blame import CATEGORIES, TOPIC_IDS
from widgets.script.inputs import Handover
from widgets.script.model import SECTION_IDS
from widgets.script.objections import OBJECTION_IDS
from widgets.script.reasons import REASONS

LITERAL_KEY = re.compile(r"""["']((?:script|dealbreakers)\.[a-z0-9_.\-]+)["']""")


def sources() -> list[str]:
    """The source code of the script and deal-breakers packages, the blame check's included."""
    texts = []
    for package in ("script", "script/blame", "dealbreakers"):
        folder = files("widgets").joinpath(*package.split("/"))
        texts += [
            entry.read_text("utf-8") for entry in folder.iterdir() if entry.name.endswith(".py")
        ]
    return texts


def dynamic_keys() -> set[str]:
    """The keys the code builds from ids (the forms' own keys are checked in tests/unit/fields)."""
    handover = Handover.__dataclass_fields__
    keys = {f"script.handover.{item}" for item in handover}
    keys |= {f"script.sections.{section}" for section in SECTION_IDS}
    keys |= {f"script.reasons.{item.id}.{part}" for item in REASONS for part in ("label", "text")}
    keys |= {
        f"script.objections.{item}.{p}"
        for item in OBJECTION_IDS
        for p in ("label", "example", "reply")
    }
    keys |= {
        f"script.blame.{part}.{item}" for part in ("categories", "advice") for item in CATEGORIES
    }
    keys |= {f"script.blame.examples.{topic}" for topic in TOPIC_IDS}
    keys |= {f"script.months.m{month}" for month in range(1, 13)}
    keys |= {
        f"script.units.{unit}_{n}" for unit in ("days", "months", "years") for n in ("one", "other")
    }
    keys |= {f"dealbreakers.items.{item.id}" for item in dealbreakers.BEHAVIOURS}
    return keys


def test_code_has_literal_keys_to_check() -> None:
    """The scan finds the keys written out in the code."""
    assert "script.render.labelled" in {
        key for text in sources() for key in LITERAL_KEY.findall(text)
    }


@pytest.mark.parametrize("lang", LANGS)
def test_every_key_used_exists(lang: str) -> None:
    """Each key written in the code or built from an id resolves to a message."""
    literal = {key for text in sources() for key in LITERAL_KEY.findall(text)}
    keys = flat_keys(catalog(lang))
    # Error classes name the table their codes live in.
    tables = {key.rsplit(".", depth)[0] for key in keys for depth in range(1, key.count(".") + 1)}
    missing = sorted(key for key in literal | dynamic_keys() if key not in keys | tables)
    assert missing == []


def test_script_and_dealbreakers_keys_match_across_languages() -> None:
    """Every catalogue holds the same script and deal-breakers keys."""

    def ours(lang: str) -> set[str]:
        """The keys of our two sections."""
        return {k for k in flat_keys(catalog(lang)) if k.startswith(("script.", "dealbreakers."))}

    assert all(ours(lang) == ours(LANGS[0]) for lang in LANGS)


def test_placeholders_match_across_languages() -> None:
    """A message has the same {placeholders} in every language."""
    names = re.compile(r"{(\w+)}")
    first = LANGS[0]
    for key in flat_keys(catalog(first)):
        if key.startswith(("script.", "dealbreakers.")):
            for lang in LANGS:
                assert set(names.findall(t(first, key))) == set(names.findall(t(lang, key))), key
