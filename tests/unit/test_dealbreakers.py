"""The deal-breakers list: catalogue, JSON round trip, strict loading, Markdown."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.dealbreakers import (
    BEHAVIOURS,
    FORMAT,
    MAX_ITEMS,
    TEXT_MAX_LENGTH,
    DealBreaker,
    DealBreakerList,
    DealBreakersError,
    catalog_items,
    criteria,
    from_json,
    to_json,
    to_markdown,
)
from widgets.i18n import LANGS, t
from widgets.script.reasons import CRITERIA

SAMPLE = DealBreakerList(
    (DealBreaker(id="late-payments"), DealBreaker(text="Calls after 9 pm <b>x</b>"))
)


def document(items: Any) -> dict[str, Any]:
    """A well-formed document around ``items``."""
    return {"format": FORMAT, "version": 1, "items": items}


def error_of(data: Any) -> DealBreakersError:
    """The error that loading ``data`` raises."""
    with pytest.raises(DealBreakersError) as caught:
        from_json(data)
    return caught.value


def test_catalogue_has_about_ten_kebab_case_behaviours() -> None:
    """Around ten behaviours, with unique kebab-case ids."""
    ids = [item.id for item in BEHAVIOURS]
    assert 8 <= len(ids) <= 12 and len(set(ids)) == len(ids)
    assert all(item.replace("-", "").isalpha() and item == item.lower() for item in ids)


def test_each_behaviour_feeds_an_assessment_criterion() -> None:
    """Every behaviour is tied to a known criterion."""
    assert all(item.criterion in CRITERIA for item in BEHAVIOURS)


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_texts_exist_in_both_languages(lang: str) -> None:
    """The form lists each behaviour with its text."""
    items = catalog_items(lang)
    assert [item["id"] for item in items] == [item.id for item in BEHAVIOURS]
    assert all(item["text"] == t(lang, f"dealbreakers.items.{item['id']}") for item in items)


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
    ("data", "code"),
    [
        ([], "not_object"),
        ({"format": "other/list", "version": 1, "items": []}, "wrong_format"),
        ({"format": FORMAT, "version": 2, "items": []}, "wrong_version"),
        ({"format": FORMAT, "version": "1", "items": []}, "wrong_version"),
        ({"format": FORMAT, "version": True, "items": []}, "wrong_version"),
        ({"format": FORMAT, "version": 1, "items": [], "extra": 1}, "unknown_key"),
        ({"format": FORMAT, "version": 1, "items": {}}, "items_not_list"),
        (document([{"text": "a"}] * (MAX_ITEMS + 1)), "too_many"),
        (document(["late-payments"]), "bad_item"),
        (document([{"id": "late-payments", "text": "both"}]), "bad_item"),
        (document([{"name": "x"}]), "bad_item"),
        (document([{"id": "no-such-thing"}]), "unknown_id"),
        (document([{"id": 3}]), "unknown_id"),
        (document([{"text": "   "}]), "empty_text"),
        (document([{"text": "a" * (TEXT_MAX_LENGTH + 1)}]), "too_long"),
    ],
)
def test_each_validation_error(data: Any, code: str) -> None:
    """Each kind of bad document gives its own error code."""
    assert error_of(data).code == code


@pytest.mark.parametrize("lang", LANGS)
def test_errors_say_what_is_wrong_in_each_language(lang: str) -> None:
    """Messages name the offending value or position, in the reader's language."""
    assert "no-such-thing" in error_of(document([{"id": "no-such-thing"}])).message(lang)
    assert "2" in error_of(document([{"id": "late-payments"}, {"text": ""}])).message(lang)
    assert FORMAT in error_of({"format": "x", "version": 1, "items": []}).message(lang)
    too_long = error_of(document([{"text": "a" * (TEXT_MAX_LENGTH + 1)}])).message(lang)
    assert {"fr": "10\u202f000", "en": "10,000"}[lang] in too_long


def test_error_dict_for_the_bridge() -> None:
    """as_dict gives a code and a message."""
    assert error_of([]).as_dict("en") == {
        "code": "not_object",
        "message": t("en", "dealbreakers.errors.not_object"),
    }


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


def test_criteria_of_a_list() -> None:
    """The criteria fed by the list's catalogue items, once each."""
    lst = DealBreakerList(
        (DealBreaker(id="disrespect"), DealBreaker(id="pressure-on-team"), DealBreaker(text="x"))
    )
    assert criteria(lst) == ("disrespect",)
