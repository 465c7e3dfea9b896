"""Warnings: three reasons, professional advice, missing names, short notice."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.i18n import LANGS
from widgets.script.caveats import warnings_for
from widgets.script.inputs import parse_inputs

NAMES = {"client_name": "Dana", "your_name": "Sam", "your_company": "Patel Design"}


def warning_ids(**data: Any) -> list[str]:
    """The ids of the warnings for these inputs."""
    return [warning.id for warning in warnings_for(parse_inputs(data))]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("reasons", "own"),
    [([], []), (["payment_terms"], []), (["payment_terms"], ["Mine"]), ([], ["a", "b"])],
)
def test_fewer_than_three_reasons_warns(lang: str, reasons: list[str], own: list[str]) -> None:
    """Under three reasons in all, the article's advice is cited."""
    found = warnings_for(parse_inputs({"lang": lang, "reasons": reasons, "own_reasons": own}))
    texts = [warning.text for warning in found if warning.id == "three_reasons"]
    assert len(texts) == 1
    assert {"fr": "au moins 3", "en": "at least 3"}[lang] in texts[0]


@pytest.mark.parametrize(
    ("reasons", "own"),
    [
        (["payment_terms", "pricing_model", "fixed_scope"], []),
        (["payment_terms"], ["a", "b"]),
        ([], ["a", "b", "c"]),
    ],
)
def test_three_reasons_do_not_warn(reasons: list[str], own: list[str]) -> None:
    """Three reasons, from the bank or the reader's own, are enough."""
    assert "three_reasons" not in warning_ids(reasons=reasons, own_reasons=own)


@pytest.mark.parametrize("lang", LANGS)
def test_stake_asks_for_professional_advice(lang: str) -> None:
    """A client with a stake in the business brings the professional-advice warning first."""
    assert warning_ids(lang=lang, holds_stake=True)[0] == "professional_advice"
    assert "professional_advice" not in warning_ids(lang=lang)


def test_missing_names_are_listed_by_label() -> None:
    """Each missing name is cited by its form label."""
    found = warnings_for(parse_inputs({"lang": "en", "your_name": "Sam"}))
    text = next(warning.text for warning in found if warning.id == "missing_names")
    assert "Client name" in text and "Your company" in text and "Your name" not in text


def test_no_missing_names_warning_when_all_are_given() -> None:
    """With every name filled in, no missing-names warning."""
    assert "missing_names" not in warning_ids(**NAMES)


def test_short_notice_warns_against_the_relationship() -> None:
    """Less than about a month per year of relationship brings a warning."""
    assert "short_notice" in warning_ids(notice_days=30, relationship_years=3)
    assert "short_notice" not in warning_ids(notice_days=90, relationship_years=3)
    assert "short_notice" not in warning_ids(notice_days=30)
