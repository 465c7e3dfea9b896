"""Every catalogue key the assessment uses exists in both languages, and no other."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from widgets.assessment.changes import SENTENCES
from widgets.assessment.criteria import CRITERIA, KINDS, REMEDIES
from widgets.assessment.fields import ASSESSMENT, FIELDS, GROUPS
from widgets.assessment.flags import FLAGS
from widgets.assessment.next_steps import NEXT_STEPS
from widgets.assessment.thresholds import CASE_BANDS, RISK_BANDS, THRESHOLDS
from widgets.assessment.verdicts import OPINIONS, VERDICT_RULES, VERDICTS
from widgets.i18n import LANGS, catalog, flat_keys, t
from widgets.steps import ALL_STEPS, PAGES

# Whole keys written as string literals in the engine's source (f-strings hold braces).
LITERAL_KEY = re.compile(r"[\"'](assessment\.[A-Za-z0-9_.\-]+)[\"']")


def literal_keys() -> set[str]:
    """The catalogue keys spelled out in the engine's source (the playbook's steps included)."""
    keys: set[str] = set()
    sources = [*files("widgets.assessment").iterdir(), files("widgets").joinpath("steps.py")]
    for source in sources:
        if source.name.endswith(".py"):
            keys |= set(LITERAL_KEY.findall(source.read_text("utf-8")))
    return keys


def table_keys() -> set[str]:
    """The catalogue keys the engine builds from its tables."""
    keys = {spec.label_key for spec in FIELDS} | {spec.hint_key for spec in FIELDS}
    keys |= {spec.choice_key(choice) for spec in FIELDS for choice in spec.choices}
    keys |= {group.legend_key for group in GROUPS}
    keys |= {criterion.label_key for criterion in CRITERIA}
    keys |= {f"assessment.scores.{kind}" for kind in KINDS}
    keys |= {f"assessment.explain.{kind}_total" for kind in KINDS}
    keys.add(ASSESSMENT.whole_key)
    keys |= {
        f"assessment.verdicts.{v}.{part}"
        for v in VERDICTS
        for part in ("title", "short", "definition")
    }
    keys |= {f"assessment.bands.case.{band}" for band in CASE_BANDS}
    keys |= {f"assessment.bands.risk.{band}" for band in RISK_BANDS}
    keys |= {f"assessment.remedies.{remedy}" for remedy in REMEDIES}
    keys |= {f"assessment.second_opinion.{opinion}" for opinion in OPINIONS}
    keys |= {f"assessment.what_would_change.{sentence}" for sentence in SENTENCES}
    keys |= {f"assessment.rules.{r.id}.{part}" for r in VERDICT_RULES for part in ("when", "text")}
    keys |= {f"assessment.flags.{f.id}.{part}" for f in FLAGS for part in ("when", "text", "name")}
    keys |= {step.text_key for steps in NEXT_STEPS.values() for step in steps}
    keys |= {f"assessment.steps.{s.page}.{s.anchor}" for s in ALL_STEPS}
    keys |= {f"assessment.steps.pages.{page}" for page in PAGES}
    keys |= {f"assessment.thresholds.{name}" for name in THRESHOLDS.__dataclass_fields__}
    return keys


def catalogue_keys(lang: str) -> set[str]:
    """Every engine key of the assessment section (``ui`` strings belong to the page shells)."""
    section = flat_keys(catalog(lang)["assessment"])
    return {f"assessment.{key}" for key in section if not key.startswith("ui.")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_used_key_exists(lang: str) -> None:
    """No key the engine asks for is missing."""
    missing = (literal_keys() | table_keys()) - catalogue_keys(lang)
    assert not missing


@pytest.mark.parametrize("lang", LANGS)
def test_no_key_is_left_unused(lang: str) -> None:
    """The catalogue holds no string the engine never asks for."""
    unused = catalogue_keys(lang) - literal_keys() - table_keys()
    assert not unused


def test_both_languages_have_the_same_keys() -> None:
    """French and English mirror each other."""
    assert catalogue_keys("fr") == catalogue_keys("en")


def test_placeholders_match_across_languages() -> None:
    """A translation uses the same placeholders as the original."""
    placeholder = re.compile(r"\{(\w+)\}")
    for key in catalogue_keys("fr"):
        fr, en = t("fr", key), t("en", key)
        assert set(placeholder.findall(fr)) == set(placeholder.findall(en)), key


def test_french_quotes_are_guillemets() -> None:
    """French strings quote with « », never with English quotes."""
    for key in catalogue_keys("fr"):
        assert "“" not in t("fr", key) and '"' not in t("fr", key), key
