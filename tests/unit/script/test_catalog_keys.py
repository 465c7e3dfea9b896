"""Every catalogue key the script and deal-breakers code uses exists in both catalogues."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from widgets import dealbreakers
from widgets.i18n import LANGS, catalog, flat_keys, t
from widgets.script.blame import CATEGORIES, TOPIC_IDS
from widgets.script.inputs import FIELDS, HANDOVER_ITEMS, REPLACEMENT_PARTS
from widgets.script.model import SECTION_IDS
from widgets.script.objections import OBJECTION_IDS
from widgets.script.reasons import REASONS

LITERAL_KEY = re.compile(r"""["']((?:script|dealbreakers)\.[a-z0-9_.\-]+)["']""")
ERROR_CODES = (
    "unknown_field",
    "not_object",
    "not_text",
    "too_long",
    "not_bool",
    "not_list",
    "too_many",
    "unknown_choice",
    "unknown_reason",
    "invalid_date",
    "not_integer",
    "not_number",
    "out_of_range",
)

DEALBREAKERS_CODES = (
    "not_object",
    "wrong_format",
    "wrong_version",
    "unknown_key",
    "items_not_list",
    "too_many",
    "bad_item",
    "unknown_id",
    "empty_text",
    "too_long",
)
PREFILL_CODES = ("not_object", "unknown_verdict", "bad_contributions")
REMINDER_CODES = ("days_error", "today_error", "client_error")


def sources() -> list[str]:
    """The source code of the script package and the deal-breakers module."""
    package = files("widgets").joinpath("script")
    folders = [package, package.joinpath("blame")]
    texts = [
        entry.read_text("utf-8")
        for folder in folders
        for entry in folder.iterdir()
        if entry.name.endswith(".py")
    ]
    return [*texts, files("widgets").joinpath("dealbreakers.py").read_text("utf-8")]


def dynamic_keys() -> set[str]:
    """The keys the code builds from ids."""
    keys = {f"script.fields.{name}.{part}" for name in FIELDS for part in ("label", "hint")}
    keys |= {f"script.fields.replacements.parts.{part}" for part in REPLACEMENT_PARTS}
    keys |= {f"script.fields.handover.parts.{item}" for item in HANDOVER_ITEMS}
    keys |= {f"script.handover.{item}" for item in HANDOVER_ITEMS}
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
    keys |= {f"script.errors.{code}" for code in ERROR_CODES}
    keys |= {f"script.months.m{month}" for month in range(1, 13)}
    keys |= {
        f"script.units.{unit}_{n}" for unit in ("days", "months", "years") for n in ("one", "other")
    }
    keys |= {f"dealbreakers.items.{item.id}" for item in dealbreakers.BEHAVIOURS}
    keys |= {f"dealbreakers.errors.{code}" for code in DEALBREAKERS_CODES}
    keys |= {f"script.prefill.{code}" for code in PREFILL_CODES}
    keys |= {f"script.reminder.{code}" for code in REMINDER_CODES}
    return keys


def test_code_has_literal_keys_to_check() -> None:
    """The scan finds the keys written out in the code."""
    assert "script.errors.where" in {key for text in sources() for key in LITERAL_KEY.findall(text)}


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
    """Both catalogues hold the same script and deal-breakers keys."""

    def ours(lang: str) -> set[str]:
        """The keys of our two sections."""
        return {k for k in flat_keys(catalog(lang)) if k.startswith(("script.", "dealbreakers."))}

    assert ours("fr") == ours("en")


def test_placeholders_match_across_languages() -> None:
    """A message has the same {placeholders} in both languages."""
    names = re.compile(r"{(\w+)}")
    for key in flat_keys(catalog("fr")):
        if key.startswith(("script.", "dealbreakers.")):
            assert set(names.findall(t("fr", key))) == set(names.findall(t("en", key))), key
