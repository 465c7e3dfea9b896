"""Every number of every form has bounds, so that no input makes the engine compute too far."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

import widgets
from widgets.fields.table import NUMERIC_KINDS, Form

from .forms import FORMS

# Kinds that are divided by, or divide: kept to a few decimals so no quotient overflows.
DIVIDED: frozenset[str] = frozenset({"amount", "hours"})


def every_form() -> list[Form[Any]]:
    """Every form the engine declares, found in its modules."""
    found: list[Form[Any]] = []
    for module in pkgutil.walk_packages(widgets.__path__, "widgets."):
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, Form) and value not in found:
                found.append(value)
    return found


def test_the_list_of_forms_is_complete() -> None:
    """The forms the tests check all the same way are every form the engine has."""
    assert {form.id for form in every_form()} == {form.id for form in FORMS}


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
def test_every_number_has_a_minimum_and_a_maximum(form: Form[Any]) -> None:
    """Each numeric field, records' parts included, is bounded on both sides."""
    fields = [*form.fields, *(part for spec in form.fields for part in spec.parts)]
    for spec in fields:
        if spec.kind in NUMERIC_KINDS:
            assert spec.minimum is not None and spec.maximum is not None, spec.id
            assert spec.minimum <= spec.maximum, spec.id


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.id)
def test_amounts_and_hours_are_kept_to_a_few_decimals(form: Form[Any]) -> None:
    """Money and time, which the model divides, cannot be a hair above zero."""
    for spec in form.fields:
        if spec.kind in DIVIDED:
            assert spec.decimals is not None and 0 <= spec.decimals <= 4, spec.id
