"""The deal-breakers list: catalogue, JSON round trip, strict loading by its table, Markdown."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.assessment.criteria import CRITERIA_BY_ID
from widgets.dealbreakers import (
    BEHAVIOURS,
    DOCUMENT,
    FORMAT,
    MAX_ITEMS,
    TEXT_MAX_LENGTH,
    DealBreaker,
    DealBreakerList,
    catalog_items,
    from_json,
    to_json,
    to_markdown,
)
from widgets.fields.errors import FieldError, InputError, message
from widgets.i18n import LANGS, t

SAMPLE = DealBreakerList(
    (DealBreaker(id="late-payments"), DealBreaker(text="Calls after 9 pm <b>x</b>"))
)


def document(items: Any) -> dict[str, Any]:
    """A well-formed document around ``items``."""
    return {"format": FORMAT, "version": 1, "items": items}


def error_of(data: Any) -> FieldError:
    """The first error that loading ``data`` raises."""
    with pytest.raises(InputError) as caught:
        from_json(data)
    return caught.value.errors[0]


def message_of(data: Any, lang: str) -> str:
    """The first error of loading ``data``, in words."""
    return message(DOCUMENT, error_of(data), lang)


def test_catalogue_has_about_ten_kebab_case_behaviours() -> None:
    """Around ten behaviours, with unique kebab-case ids."""
    ids = [item.id for item in BEHAVIOURS]
    assert 8 <= len(ids) <= 12 and len(set(ids)) == len(ids)
    assert all(item.replace("-", "").isalpha() and item == item.lower() for item in ids)


def test_each_behaviour_feeds_an_assessment_criterion() -> None:
    """Every behaviour is tied to a known criterion."""
    assert all(CRITERIA_BY_ID[item.criterion].kind == "case" for item in BEHAVIOURS)


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_texts_exist_in_both_languages(lang: str) -> None:
    """The form lists each behaviour with its text."""
    items = catalog_items(lang)
    assert [item["id"] for item in items] == [item.id for item in BEHAVIOURS]
    assert all(item["text"] == t(lang, f"dealbreakers.items.{item['id']}") for item in items)
    assert all(set(item) == {"id", "text"} for item in items)


def test_json_round_trip() -> None:
    """A list saved then loaded is the same list."""
    assert from_json(to_json(SAMPLE)) == SAMPLE


def test_json_document_shape() -> None:
    """The document names its format and version, and lists ids and texts."""
    assert to_json(SAMPLE) == {
        "format": "client-exit-playbook/deal-breakers",
        "version": 1,
        "items": [{"id": "late-payments"}, {"text": "Calls after 9 pm <b>x</b>"}],
    }


def test_empty_list_round_trips() -> None:
    """An empty list is a valid document."""
    assert from_json(to_json(DealBreakerList())) == DealBreakerList()


def test_limits_are_accepted() -> None:
    """A hundred items and texts of 10,000 characters load."""
    items = [{"text": "a" * TEXT_MAX_LENGTH}] * MAX_ITEMS
    assert len(from_json(document(items)).items) == MAX_ITEMS


@pytest.mark.parametrize(
    ("data", "path", "code"),
    [
        ([], "", "not_an_object"),
        ({"format": "other/list", "version": 1, "items": []}, "format", "unsupported"),
        ({"version": 1, "items": []}, "format", "unsupported"),
        ({"format": FORMAT, "version": 2, "items": []}, "version", "unsupported"),
        ({"format": FORMAT, "version": "1", "items": []}, "version", "unsupported"),
        ({"format": FORMAT, "version": True, "items": []}, "version", "unsupported"),
        ({"format": FORMAT, "version": 1, "items": [], "extra": 1}, "extra", "unknown_field"),
        ({"format": FORMAT, "version": 1, "items": {}}, "items", "not_a_list"),
        (document([{"text": "a"}] * (MAX_ITEMS + 1)), "items", "too_many_items"),
        (document(["late-payments"]), "items[0]", "not_an_object"),
        (document([{"id": "late-payments", "text": "both"}]), "items[0]", "one_part"),
        (document([{}]), "items[0]", "one_part"),
        (document([{"name": "x"}]), "items[0].name", "unknown_field"),
        (document([{"id": "no-such-thing"}]), "items[0].id", "unknown_id"),
        (document([{"id": 3}]), "items[0].id", "unknown_id"),
        (document([{"text": "   "}]), "items[0].text", "required"),
        (document([{"text": "a" * (TEXT_MAX_LENGTH + 1)}]), "items[0].text", "too_long"),
    ],
)
def test_each_validation_error(data: Any, path: str, code: str) -> None:
    """Each kind of bad document gives its code, on the part of the document at fault."""
    error = error_of(data)
    assert (error.field, error.code) == (path, code)


def test_an_item_with_a_foreign_name_is_also_not_one_part() -> None:
    """An item that holds neither an id nor a text says both what is unknown and what is missing."""
    with pytest.raises(InputError) as caught:
        from_json(document([{"name": "x"}]))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("items[0].name", "unknown_field"),
        ("items[0]", "one_part"),
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_errors_say_what_is_wrong_in_each_language(lang: str) -> None:
    """Messages name the offending value or position, in the reader's language."""
    assert "no-such-thing" in message_of(document([{"id": "no-such-thing"}]), lang)
    assert "2" in message_of(document([{"id": "late-payments"}, {"text": ""}]), lang)
    assert FORMAT in message_of({"format": "x", "version": 1, "items": []}, lang)
    too_long = message_of(document([{"text": "a" * (TEXT_MAX_LENGTH + 1)}]), lang)
    assert {"fr": "10\u202f000", "en": "10,000"}[lang] in too_long


def test_error_json_for_the_bridge() -> None:
    """The bridge gets the path, the code, its values and the message."""
    with pytest.raises(InputError) as caught:
        from_json([])
    assert caught.value.as_json("en") == [
        {
            "field": "",
            "code": "not_an_object",
            "params": {},
            "message": t(
                "en",
                "errors.where",
                where=t("en", "dealbreakers.whole"),
                problem=t("en", "errors.codes.not_an_object"),
            ),
        }
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_is_a_titled_list(lang: str) -> None:
    """The Markdown starts with the title and lists every item, own text as typed."""
    markdown = to_markdown(SAMPLE, lang)
    assert markdown.startswith(f"# {t(lang, 'dealbreakers.title')}\n")
    assert f"- {t(lang, 'dealbreakers.items.late-payments')}\n" in markdown
    assert "- Calls after 9 pm <b>x</b>\n" in markdown


def test_markdown_keeps_multi_line_items_in_one_item() -> None:
    """Continuation lines are indented under their item."""
    markdown = to_markdown(DealBreakerList((DealBreaker(text="one\ntwo"),)), "en")
    assert "- one\n  two\n" in markdown


def test_markdown_of_an_empty_list_says_so() -> None:
    """An empty list prints a sentence instead of nothing."""
    assert t("fr", "dealbreakers.empty") in to_markdown(DealBreakerList(), "fr")


def test_item_is_either_an_id_or_a_text() -> None:
    """An item with both, or neither, is refused."""
    with pytest.raises(ValueError):
        DealBreaker()
    with pytest.raises(ValueError):
        DealBreaker(id="late-payments", text="x")
