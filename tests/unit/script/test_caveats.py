"""Warnings: professional advice, the contract and the notice, consistency of the reasons, three
reasons, and every marker left to fill in."""

from __future__ import annotations

from typing import Any

import pytest

from widgets.i18n import LANGS, t
from widgets.script.caveats import PLACEHOLDER, placeholders_in, warnings_for
from widgets.script.generate import generate
from widgets.script.inputs import COUNTRIES, parse_inputs
from widgets.script.model import Script
from widgets.script.reasons import reason

NAMES = {"client_name": "Dana", "your_name": "Sam", "your_company": "Patel Design"}
# Every text field filled and every value known: no marker is left.
COMPLETE = {
    **NAMES,
    "your_address": "1 Mill Lane",
    "client_contact": "2 Harbour Road",
    "reasons": ["quality_commitment", "working_principles", "written_criteria"],
    "replacements": [{"name": "Studio", "contact": "s@x.example"}],
    "send_date": "2025-03-03",
    "notice_days": 60,
}


def warning_ids(**data: Any) -> list[str]:
    """The ids of the warnings for these inputs, the markers' included."""
    return [warning.id for warning in generate(parse_inputs(data)).warnings]


def warning(warning_id: str, **data: Any) -> str:
    """The text of one warning for these inputs."""
    found = [item.text for item in generate(parse_inputs(data)).warnings if item.id == warning_id]
    assert len(found) == 1, warning_ids(**data)
    return found[0]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("reasons", "own"),
    [([], []), (["quality_commitment"], []), (["quality_commitment"], ["Mine"]), ([], ["a", "b"])],
)
def test_fewer_than_three_reasons_warns(lang: str, reasons: list[str], own: list[str]) -> None:
    """Under three reasons in all, the playbook's advice is cited."""
    found = warnings_for(parse_inputs({"lang": lang, "reasons": reasons, "own_reasons": own}))
    texts = [item.text for item in found if item.id == "three_reasons"]
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


# The markers left to fill in.


def test_a_complete_form_leaves_no_marker() -> None:
    """With every text and date given, no marker is left and no "To fill in" warning shows."""
    for lang in LANGS:
        script = generate(parse_inputs({"lang": lang, **COMPLETE}))
        assert script.placeholders == ()
        assert "to_fill_in" not in [item.id for item in script.warnings]


@pytest.mark.parametrize("lang", LANGS)
def test_every_marker_left_in_any_output_is_listed(lang: str) -> None:
    """A blank form's markers, found in the conversation, the email and the letter alike, are
    each listed once, in the "To fill in" warning and in the script's placeholders."""
    script = generate(parse_inputs({"lang": lang}))
    texts = [
        *(line.text for section in script.conversation for line in section.lines),
        script.email.body,
        script.letter.text,
    ]
    left = {match for text in texts for match in PLACEHOLDER.findall(text)}
    expected = {
        t(lang, f"script.placeholders.{key}")
        for key in (
            "your_name",
            "your_company",
            "your_address",
            "client_name",
            "client_contact",
            "replacement_name",
            "replacement_contact",
            "end_date",
            "notice",
            "reason",
            "letter_date",
        )
    }
    assert left == expected
    assert set(script.placeholders) == expected and len(script.placeholders) == len(expected)
    text = warning("to_fill_in", lang=lang)
    assert all(marker in text for marker in expected)
    assert script.warnings[-1].id == "to_fill_in"


@pytest.mark.parametrize("lang", LANGS)
def test_one_missing_value_is_the_one_listed(lang: str) -> None:
    """Only what is missing is listed: here, the recommended provider and the end date."""
    data = {**COMPLETE, "lang": lang, "replacements": [], "send_date": ""}
    script = generate(parse_inputs(data))
    # In reading order: the conversation names the provider before the end date.
    assert script.placeholders == (
        t(lang, "script.placeholders.replacement_name"),
        t(lang, "script.placeholders.replacement_contact"),
        t(lang, "script.placeholders.end_date"),
        t(lang, "script.placeholders.letter_date"),
    )


def test_brackets_the_reader_typed_are_listed_too() -> None:
    """A marker typed in the reader's own reason is something to fill in as well."""
    script = generate(parse_inputs({**COMPLETE, "lang": "en", "own_reasons": ["Since [month]."]}))
    assert script.placeholders == ("[month]",)


def test_placeholders_are_found_in_order_once_each() -> None:
    """The same marker twice is listed once; a bracket across lines is no marker."""
    assert placeholders_in(["[B] and [A]", "[A] then [C", "]"]) == ("[B]", "[A]")


# The contract, the end date and the notice.


@pytest.mark.parametrize("lang", LANGS)
def test_a_typed_end_date_before_the_notice_ends_warns(lang: str) -> None:
    """Thirty days from 31 January end on 2 March: an end date of 20 February is too early,
    and the warning gives the date the notice ends."""
    data = {"lang": lang, "send_date": "2025-01-31", "notice_days": 30}
    text = warning("end_before_notice", **data, end_date="2025-02-20")
    assert {"fr": "2 mars 2025", "en": "2 March 2025"}[lang] in text
    assert "end_before_notice" not in warning_ids(**data, end_date="2025-03-02")
    assert "end_before_notice" not in warning_ids(**data, end_date="2025-04-01")


def test_a_typed_end_date_is_checked_against_a_notice_in_months() -> None:
    """Three years give three months: from 30 November, the notice ends on 28 February."""
    data = {"lang": "en", "send_date": "2025-11-30", "relationship_years": 3}
    text = warning("end_before_notice", **data, end_date="2026-02-27")
    assert "28 February 2026" in text
    assert "end_before_notice" not in warning_ids(**data, end_date="2026-02-28")


def test_an_end_date_on_or_before_sending_warns_instead() -> None:
    """An end date that is not after the sending date gets its own warning, not both."""
    data = {"lang": "en", "send_date": "2025-03-03", "notice_days": 30}
    ids = warning_ids(**data, end_date="2025-03-03")
    assert "end_before_sending" in ids and "end_before_notice" not in ids
    assert "end_before_sending" not in warning_ids(**data, end_date="2025-04-03")


def test_without_a_sending_date_a_typed_end_date_is_not_judged() -> None:
    """No sending date, no notice end to compare with: nothing is claimed."""
    ids = warning_ids(lang="en", notice_days=30, end_date="2025-01-01")
    assert "end_before_notice" not in ids and "end_before_sending" not in ids


def test_short_notice_warns_against_the_relationship() -> None:
    """Less than about a month per year of relationship brings a warning."""
    assert "short_notice" in warning_ids(notice_days=30, relationship_years=3)
    assert "short_notice" not in warning_ids(notice_days=90, relationship_years=3)
    assert "short_notice" not in warning_ids(notice_days=30)


@pytest.mark.parametrize("lang", LANGS)
def test_short_notice_follows_the_country(lang: str) -> None:
    """In France the warning names French law's article and says the yardstick is no rule;
    elsewhere it sends the reader to their contract and local law, without French law."""
    data = {"lang": lang, "notice_days": 30, "relationship_years": 3}
    france = warning("short_notice", **data, country="france")
    assert "L442-1, II" in france
    assert {"fr": "pas une règle", "en": "not a rule"}[lang] in france
    assert {"fr": "droit français", "en": "French law"}[lang] in france
    elsewhere = warning("short_notice", **data, country="elsewhere")
    assert "L442-1" not in elsewhere
    assert {"fr": "loi locale", "en": "local law"}[lang] in elsewhere


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("country", COUNTRIES)
def test_a_fixed_term_contract_warns_and_follows_the_country(lang: str, country: str) -> None:
    """A fixed term runs to its term: French law's article 1212 in France, the generic rule
    elsewhere."""
    text = warning("fixed_term", lang=lang, country=country, contract_kind="fixed_term")
    assert ("1212" in text) == (country == "france")
    assert "fixed_term" not in warning_ids(lang=lang, country=country)


def test_a_fixed_term_not_renewed_is_short_notice_when_the_term_is_near() -> None:
    """Not renewing an established relationship is ending it: a term thirty days after the
    letter, after three years, is short notice."""
    data = {"contract_kind": "fixed_term", "send_date": "2025-03-03", "relationship_years": 3}
    assert "short_notice" in warning_ids(**data, end_date="2025-04-02")
    assert "short_notice" not in warning_ids(**data, end_date="2025-07-01")
    # The term is the term: no "end before notice" for a fixed-term contract.
    assert "end_before_notice" not in warning_ids(**data, notice_days=90, end_date="2025-04-02")


# Reasons that contradict each other or a reply.


@pytest.mark.parametrize("lang", LANGS)
def test_terms_and_fit_reasons_contradict(lang: str) -> None:
    """ "New pricing" (terms the client could meet) next to "New direction" (the work no
    longer fits) is flagged, naming both by their labels."""
    reasons = ["pricing_model", "strategic_focus", "quality_commitment"]
    text = warning("reasons_conflict", lang=lang, reasons=reasons)
    assert reason("pricing_model").label(lang) in text
    assert reason("strategic_focus").label(lang) in text
    assert reason("quality_commitment").label(lang) not in text


def test_reasons_that_agree_raise_no_conflict() -> None:
    """Terms alone, or fit alone, pull one way."""
    assert "reasons_conflict" not in warning_ids(reasons=["pricing_model", "payment_terms"])
    assert "reasons_conflict" not in warning_ids(reasons=["narrower_services", "strategic_focus"])


@pytest.mark.parametrize("lang", LANGS)
def test_terms_reasons_change_the_bargaining_reply_and_warn(lang: str) -> None:
    """A reason about terms flags the bargaining reply, which then no longer claims the
    decision does not depend on the terms."""
    plain = generate(parse_inputs({"lang": lang, "reasons": ["quality_commitment"]}))
    terms = generate(parse_inputs({"lang": lang, "reasons": ["pricing_model"]}))

    def reply(script: Script) -> str:
        """The reply to bargaining."""
        return next(item.reply for item in script.objections if item.id == "bargaining")

    assert reply(plain) == t(lang, "script.objections.bargaining.reply")
    assert reply(terms) == t(lang, "script.objections.bargaining.reply_terms")
    assert reply(terms) != reply(plain)
    assert "terms_vs_bargaining" in [item.id for item in terms.warnings]
    assert "terms_vs_bargaining" not in [item.id for item in plain.warnings]
    assert reason("pricing_model").label(lang) in warning(
        "terms_vs_bargaining", lang=lang, reasons=["pricing_model"]
    )


@pytest.mark.parametrize("lang", LANGS)
def test_no_reply_concedes_a_right_to_disparage(lang: str) -> None:
    """Disparagement is actionable (Code civil, art. 1240): no reply calls it a right."""
    script = generate(parse_inputs({"lang": lang}))
    for item in script.objections:
        assert {"fr": "votre droit", "en": "your right"}[lang] not in item.reply.casefold()
