"""Parsing the generator inputs: defaults, every error at once, messages that name the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets.fields.errors import FieldError, InputError, message
from widgets.i18n import LANGS, t
from widgets.script.inputs import (
    SCRIPT,
    TEXT_MAX_LENGTH,
    Handover,
    Replacement,
    ScriptInputs,
    parse_inputs,
)

FIELDS = tuple(spec.id for spec in SCRIPT.fields)
TEXT_FIELDS = tuple(spec.id for spec in SCRIPT.fields if spec.kind == "text")


def errors_of(data: Any) -> list[tuple[str, str]]:
    """The (field, code) pairs that parsing ``data`` raises."""
    with pytest.raises(InputError) as caught:
        parse_inputs(data)
    return [(error.field, error.code) for error in caught.value.errors]


def test_empty_inputs_give_a_blank_form() -> None:
    """An empty object gives every default: French, phone, formal, a business in France, an
    open-ended contract, the capacity line and the reasons in the letter off, the final invoice
    in the handover."""
    assert parse_inputs({}) == ScriptInputs()
    blank = ScriptInputs()
    assert (blank.lang, blank.channel, blank.tone) == ("fr", "phone", "formal")
    assert (blank.country, blank.contract_kind, blank.contact_title) == (
        "france",
        "open_ended",
        "none",
    )
    assert blank.capacity_line is False and blank.reasons_in_letter is False
    assert blank.handover.chosen() == ("final_invoice",)


def test_null_and_blank_values_leave_defaults() -> None:
    """Null and blank strings mean "left blank"."""
    data = {
        "lang": "",
        "channel": None,
        "end_date": "",
        "notice_days": "",
        "relationship_years": None,
    }
    assert parse_inputs(data) == ScriptInputs()


def test_every_field_is_read(maximal_inputs: Callable[[str], dict[str, Any]]) -> None:
    """A full set of inputs comes through with the right types."""
    inputs = parse_inputs(maximal_inputs("en"))
    assert inputs.lang == "en" and inputs.channel == "in_person" and inputs.tone == "cordial"
    assert inputs.end_date == date(2026, 1, 1)
    assert inputs.notice_days == 3650 and inputs.relationship_years == 100
    assert inputs.handover == Handover(*[True] * len(Handover.__dataclass_fields__))
    assert inputs.country == "elsewhere" and inputs.contract_kind == "fixed_term"
    assert inputs.send_date == date(2025, 12, 1) and inputs.reasons_in_letter is True
    assert (inputs.contact_title, inputs.client_email) == ("ms", "dana@client.example")
    assert inputs.holds_stake is True
    assert len(inputs.own_reasons) == 2 and len(inputs.replacements) == 1


def test_unknown_fields_are_rejected() -> None:
    """A field the generator does not know is an error, not silently ignored."""
    assert errors_of({"client": "ACME"}) == [("client", "unknown_field")]


def test_all_errors_are_reported_at_once() -> None:
    """Several bad fields give one error each, in one exception."""
    found = errors_of({"lang": "de", "tone": "rude", "capacity_line": "yes", "reasons": ["nope"]})
    assert found == [
        ("lang", "not_a_choice"),
        ("tone", "not_a_choice"),
        ("reasons[0]", "unknown_id"),
        ("capacity_line", "not_a_boolean"),
    ]


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_free_text_up_to_the_limit_is_accepted(name: str) -> None:
    """A free text of exactly 10,000 characters is fine."""
    inputs = parse_inputs({name: "a" * TEXT_MAX_LENGTH})
    assert len(getattr(inputs, name)) == TEXT_MAX_LENGTH


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_free_text_over_the_limit_is_too_long(name: str) -> None:
    """One character more is a too_long error on that field."""
    assert errors_of({name: "a" * (TEXT_MAX_LENGTH + 1)}) == [(name, "too_long")]


def test_list_items_over_the_limit_name_their_position() -> None:
    """A too long own reason or replacement part is pointed at by its path."""
    data = {
        "own_reasons": ["fine", "a" * (TEXT_MAX_LENGTH + 1)],
        "replacements": [{"name": "ok", "contact": "a" * (TEXT_MAX_LENGTH + 1)}],
    }
    assert errors_of(data) == [
        ("own_reasons[1]", "too_long"),
        ("replacements[0].contact", "too_long"),
    ]


def test_markup_is_kept_literally() -> None:
    """What the reader types, markup included, is kept as typed."""
    inputs = parse_inputs({"client_name": "<b>ACME</b> & Co", "own_reasons": ["<i>x</i>"]})
    assert inputs.client_name == "<b>ACME</b> & Co"
    assert inputs.own_reasons == ("<i>x</i>",)


def test_reason_ids_must_come_from_the_bank_and_duplicates_drop() -> None:
    """Known reason ids are kept once each, in the order given."""
    inputs = parse_inputs({"reasons": ["pricing_model", "payment_terms", "pricing_model"]})
    assert inputs.reasons == ("pricing_model", "payment_terms")


def test_blank_own_reasons_and_replacements_are_dropped() -> None:
    """Empty list items are the form's empty rows, not content."""
    inputs = parse_inputs(
        {"own_reasons": ["  ", "Real"], "replacements": [{"name": "", "contact": ""}]}
    )
    assert inputs.own_reasons == ("Real",)
    assert inputs.replacements == ()


def test_replacements_keep_name_and_contact() -> None:
    """A replacement is a name and contact details."""
    inputs = parse_inputs({"replacements": [{"name": "Studio", "contact": "a@b.example"}]})
    assert inputs.replacements == (Replacement("Studio", "a@b.example"),)


def test_replacement_items_are_checked() -> None:
    """A replacement that is not an object, or has unknown parts, is an error."""
    assert errors_of({"replacements": ["Studio", {"name": "x", "phone": "1"}]}) == [
        ("replacements[0]", "not_an_object"),
        ("replacements[1].phone", "unknown_field"),
    ]


def test_lists_are_checked() -> None:
    """A list field given as a string is an error."""
    assert errors_of({"reasons": "payment_terms", "own_reasons": "a"}) == [
        ("reasons", "not_a_list"),
        ("own_reasons", "not_a_list"),
    ]


def test_lists_have_a_maximum_size() -> None:
    """More than 100 own reasons is too many."""
    assert errors_of({"own_reasons": ["a"] * 101}) == [("own_reasons", "too_many_items")]


def test_end_date_is_an_iso_date() -> None:
    """A valid ISO date is read; anything else is not_a_date."""
    assert parse_inputs({"end_date": "2025-03-01"}).end_date == date(2025, 3, 1)
    assert errors_of({"end_date": "01/03/2025"}) == [("end_date", "not_a_date")]
    assert errors_of({"end_date": 20250301}) == [("end_date", "not_a_date")]


def test_notice_days_is_a_whole_number_of_at_least_one_day() -> None:
    """Numeric strings are accepted; no notice at all, negatives, decimals and text are not:
    "0 days of notice" is no notice, which no ordinary exit letter should announce."""
    assert parse_inputs({"notice_days": 1}).notice_days == 1
    assert parse_inputs({"notice_days": "45"}).notice_days == 45
    assert errors_of({"notice_days": 0}) == [("notice_days", "out_of_range")]
    assert errors_of({"notice_days": "0"}) == [("notice_days", "out_of_range")]
    assert errors_of({"notice_days": -1}) == [("notice_days", "out_of_range")]
    assert errors_of({"notice_days": 1.5}) == [("notice_days", "not_an_integer")]
    assert errors_of({"notice_days": "soon"}) == [("notice_days", "not_an_integer")]
    assert errors_of({"notice_days": True}) == [("notice_days", "not_an_integer")]


def test_relationship_years_is_a_number_at_least_zero() -> None:
    """Decimals are fine, with a dot or a French comma; negatives are not."""
    assert parse_inputs({"relationship_years": 2.5}).relationship_years == 2.5
    assert parse_inputs({"relationship_years": "2,5"}).relationship_years == 2.5
    assert errors_of({"relationship_years": -0.5}) == [("relationship_years", "out_of_range")]
    assert errors_of({"relationship_years": "nan"}) == [("relationship_years", "not_a_number")]


def test_numbers_are_read_as_the_assessment_reads_them() -> None:
    """One number parser: spaces between thousands and a decimal comma, as people type them."""
    assert parse_inputs({"notice_days": "1 200"}).notice_days == 1200
    assert parse_inputs({"relationship_years": " 12,5 "}).relationship_years == 12.5


def test_handover_items_are_booleans() -> None:
    """Handover takes known items with true or false."""
    chosen = parse_inputs({"handover": {"files": True, "final_invoice": False}}).handover.chosen()
    assert chosen == ("files",)
    assert errors_of({"handover": {"files": "yes", "keys": True}}) == [
        ("handover.keys", "unknown_field"),
        ("handover.files", "not_a_boolean"),
    ]


def test_inputs_that_are_not_an_object_are_rejected() -> None:
    """A list instead of an object is one error about the whole form."""
    assert errors_of(["lang", "fr"]) == [("", "not_an_object")]


@pytest.mark.parametrize("lang", LANGS)
def test_messages_name_the_field_by_its_label(lang: str) -> None:
    """Each message cites the form label of the field, in the reader's language."""
    with pytest.raises(InputError) as caught:
        parse_inputs({"client_name": 3, "replacements": [{"name": 4}]})
    first, second = caught.value.messages(lang)
    assert t(lang, "script.fields.client_name.label") in first
    assert t(lang, "script.fields.replacements.label") in second
    assert t(lang, "script.fields.replacements.parts.name") in second


@pytest.mark.parametrize("lang", LANGS)
def test_every_field_has_a_label_and_a_hint(lang: str) -> None:
    """The form can label every input field from the catalogue."""
    for name in FIELDS:
        assert t(lang, f"script.fields.{name}.label")
        assert t(lang, f"script.fields.{name}.hint")


def test_error_json_carries_field_code_values_and_message() -> None:
    """The bridge shape of an error has the field path, the code, its values and a message."""
    with pytest.raises(InputError) as caught:
        parse_inputs({"notice_days": 4000})
    (shape,) = caught.value.as_json("en")
    assert shape["field"] == "notice_days" and shape["code"] == "out_of_range"
    assert shape["params"] == {"min": 1, "max": 3650}
    assert "3,650" in shape["message"]


def test_unknown_field_message_names_the_field_itself() -> None:
    """An unknown field has no label, so its message quotes its own name."""
    assert "colour" in message(SCRIPT, FieldError("colour", "unknown_field"), "fr")


def test_huge_numbers_are_out_of_range_and_exponents_are_not_numbers() -> None:
    """Numbers beyond the maximum, however large, are out_of_range; "1e999" is no typed number."""
    assert errors_of({"notice_days": 10**400}) == [("notice_days", "out_of_range")]
    assert errors_of({"relationship_years": 10**400}) == [("relationship_years", "out_of_range")]
    assert errors_of({"relationship_years": "1e999"}) == [("relationship_years", "not_a_number")]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=80, deadline=None, database=None)
@given(st.dictionaries(st.sampled_from([*FIELDS, "other"]), JSON_VALUES, max_size=6))
def test_any_json_gives_inputs_or_field_errors(data: dict[str, Any]) -> None:
    """Whatever JSON the form sends, parsing returns inputs or raises InputError, nothing else."""
    try:
        parse_inputs(data)
    except InputError as error:
        assert error.errors and all(error.messages("en"))
