"""The localized report that the page, the CLI and the script generator read."""

from __future__ import annotations

import json
from typing import Any

import pytest

from widgets.assessment.answers import Answers
from widgets.assessment.model import assess
from widgets.assessment.report import report

REQUIRED_KEYS = {
    "model_version",
    "lang",
    "verdict",
    "verdict_title",
    "verdict_text",
    "case_score",
    "risk_score",
    "contributions",
    "money",
    "flags",
    "next_steps",
    "case_band",
    "risk_band",
    "second_opinion",
    "what_would_change",
    "client_name",
    "partner_name",
    "holds_stake",
    "deal_breakers_hit",
}
MONEY = Answers(annual_revenue=18_000, hours_per_month=20, standard_rate=100, revenue_share=8.5)


def report_for(answers: Answers, lang: str = "fr") -> dict[str, Any]:
    """The report of these answers in ``lang``."""
    return report(assess(answers), answers, lang)


def test_report_has_every_agreed_key() -> None:
    """Other code relies on these keys."""
    assert set(report_for(Answers())) >= REQUIRED_KEYS


def test_report_is_plain_json() -> None:
    """The report survives a JSON round trip unchanged."""
    body = report_for(MONEY)
    assert json.loads(json.dumps(body)) == body


def test_titles_follow_the_language() -> None:
    """The verdict title is French in French and English in English."""
    assert report_for(Answers(), "fr")["verdict_title"] == "Gardez ce client"
    assert report_for(Answers(), "en")["verdict_title"] == "Keep this client"


def test_unknown_language_is_refused() -> None:
    """Only the catalogue languages are served."""
    with pytest.raises(ValueError):
        report_for(Answers(), "de")


def test_contributions_carry_label_and_step() -> None:
    """Each contribution names its criterion and links to its step."""
    first = report_for(Answers(late_payments="often"), "en")["contributions"][0]
    assert first["id"] == "late_payments"
    assert first["label"] == "Late payments"
    assert first["step"]["page"] == "decide"
    assert first["step"]["anchor"] == "step-1"
    assert first["points"] == 51


def test_points_are_rounded_for_display() -> None:
    """15 % of 70 points shows as 10.5, and 15 % of 85 as 12.8."""
    body = report_for(Answers(unpaid_extras="sometimes", late_payments="sometimes"))
    assert [c["points"] for c in body["contributions"][:2]] == [12.8, 10.5]


@pytest.mark.parametrize(
    ("lang", "case", "risk"),
    [("en", "strong case", "high risk"), ("fr", "dossier solide", "risque élevé")],
)
def test_bands_put_words_beside_the_scores(lang: str, case: str, risk: str) -> None:
    """Each score comes with its band, as an id and as words in the report's language."""
    body = report_for(Answers(late_inputs="always", holds_stake=True), lang)
    assert body["case_band"] == {"id": "strong", "label": case}
    assert body["risk_band"] == {"id": "high", "label": risk}
    assert case in body["verdict_text"]


def test_the_second_opinion_says_when_the_case_is_not_checked() -> None:
    """With nobody consulted, the report says the case is not yet checked."""
    body = report_for(Answers(late_inputs="always", tried_frank_talk=True), "en")
    assert body["second_opinion"]["id"] == "not_checked"
    assert body["second_opinion"]["text"].startswith("Not yet checked")
    assert "not yet checked" in body["verdict_text"]
    assert body["next_steps"][0]["id"] == "ask_second_opinion"


def test_the_second_opinion_quotes_the_count() -> None:
    """A confirmed case gives the share that confirms it and the count of people."""
    answers = Answers(consulted=3, agree_unsalvageable=2)
    assert report_for(answers, "en")["second_opinion"] == {
        "id": "confirmed",
        "text": "Checked with others: at least 50% of the people consulted find the "
        "relationship beyond saving (2 out of 3).",
    }


def test_what_would_change_reads_as_the_playbook_says() -> None:
    """The frank talk, held with nothing changing, turns "fix first" into "end it"."""
    answers = Answers(late_inputs="always", consulted=2, agree_unsalvageable=2)
    body = report_for(answers, "en")
    assert body["verdict"] == "fix_first"
    assert body["what_would_change"][0] == {
        "field": "tried_frank_talk",
        "value": True,
        "verdict": "exit",
        "text": "If you hold the frank talk and nothing changes, the verdict becomes: end it.",
        "answers": {"tried_frank_talk": True},
    }


def test_what_would_change_in_french_follows_french_typography() -> None:
    """A no-break space before the colon and inside the guillemets."""
    answers = Answers(
        late_inputs="always", tried_frank_talk=True, consulted=2, agree_unsalvageable=2
    )
    texts = [change["text"] for change in report_for(answers, "fr")["what_would_change"]]
    assert (
        "Si «\u00a0Éléments fournis en retard, ou pas du tout\u00a0» passe de "
        "«\u00a0toujours\u00a0» à «\u00a0souvent\u00a0», le verdict devient\u00a0: "
        "mettez-y fin, avec précaution."
    ) in texts


def test_what_would_change_names_the_client() -> None:
    """The client's name fills the sentences that speak of the client."""
    answers = Answers(
        late_inputs="always",
        tried_frank_talk=True,
        consulted=1,
        agree_unsalvageable=1,
        client_name="Dupont SA",
    )
    texts = [change["text"] for change in report_for(answers, "en")["what_would_change"]]
    assert (
        "If a partner or associate wants to take Dupont SA over, the verdict becomes: "
        "hand the client over to a partner." in texts
    )


def test_money_figures_and_sentence() -> None:
    """The money block gives the effective rate, the ratio and a sentence."""
    money = report_for(MONEY, "en")["money"]
    assert (money["effective_rate"], money["rate_ratio"], money["annual_hours"]) == (75, 0.75, 240)
    assert money["text"] == (
        "This client brings you 18,000 a year for 240 hours of work, which is 75 an hour: "
        "75% of your standard rate (100). They bring in 8.5% of your revenue."
    )


def test_money_sentence_in_french() -> None:
    """French money sentences use French number formatting."""
    text = report_for(MONEY, "fr")["money"]["text"]
    assert "18\u202f000 par an" in text
    assert "75\u00a0% de votre taux habituel" in text


def test_money_without_amounts_asks_for_them() -> None:
    """Unknown money leaves null figures and a sentence asking for them."""
    money = report_for(Answers(), "en")["money"]
    assert money["effective_rate"] is None
    assert money["text"].startswith("Enter the annual revenue")


def test_money_without_standard_rate_gives_the_rate_only() -> None:
    """With no standard rate, the effective rate is still given."""
    text = report_for(Answers(annual_revenue=1200, hours_per_month=10), "en")["money"]["text"]
    assert "10 an hour" in text
    assert "Enter your standard rate" in text


def test_money_with_no_hours_says_so() -> None:
    """Zero hours give no hourly rate, and the sentence says why."""
    text = report_for(Answers(annual_revenue=1200, hours_per_month=0), "en")["money"]["text"]
    assert text.startswith("No hours of work")


def test_flags_carry_text_and_step() -> None:
    """A raised flag is explained and linked to its step."""
    (flag,) = report_for(Answers(holds_stake=True), "en")["flags"]
    assert flag["id"] == "professional_advice"
    assert "professional advice" in flag["text"]
    assert flag["step"] == {
        "page": "do-it",
        "anchor": "step-1",
        "label": "Part 2, step 1: Prepare a solid explanation",
    }


def test_chain_reaction_text_quotes_the_answers() -> None:
    """The chain-reaction warning gives the number of connections and the visibility."""
    (flag,) = report_for(Answers(connections=7, visibility="high"), "fr")["flags"]
    assert "7 de vos clients" in flag["text"]
    assert "«\u00a0forte\u00a0»" in flag["text"]


def test_names_fill_the_next_steps() -> None:
    """The client's and partner's names appear in the steps that mention them."""
    answers = Answers(
        late_payments="always",
        tried_reset_expectations=True,
        tried_frank_talk=True,
        partner_wants_client=True,
        partner_name="Claire",
        client_name="Dupont SA",
    )
    steps = {step["id"]: step["text"] for step in report_for(answers, "fr")["next_steps"]}
    assert "Claire" in steps["introduce_partner"]
    assert "Dupont SA" in steps["introduce_partner"]


def test_missing_names_read_naturally() -> None:
    """Without names, the sentences speak of "this client" and "your partner"."""
    answers = Answers(late_payments="always", tried_reset_expectations=True)
    steps = {step["id"]: step["text"] for step in report_for(answers, "en")["next_steps"]}
    assert "with this client" in steps["frank_talk"]


def test_overrides_are_echoed() -> None:
    """The stake and the number of deal-breakers hit are reported."""
    body = report_for(Answers(holds_stake=True, deal_breakers_hit=("a", "b"), client_name="X"))
    assert (body["holds_stake"], body["deal_breakers_hit"], body["client_name"]) == (True, 2, "X")


def test_verdict_text_gives_the_scores() -> None:
    """The verdict explanation quotes the case score."""
    body = report_for(Answers(late_payments="always"), "en")
    assert f"case: {body['case_score']} out of 100" in body["verdict_text"]


@pytest.mark.parametrize(
    ("answers", "phrase"),
    [
        (Answers(late_inputs="always"), "asks you to try a frank talk:"),
        (Answers(unpaid_extras="often"), "asks you to try resetting expectations:"),
        (
            Answers(unpaid_extras="often", late_inputs="often"),
            "asks you to try resetting expectations and a frank talk:",
        ),
    ],
)
def test_fix_first_names_the_remedies_due(answers: Answers, phrase: str) -> None:
    """The "fix first" explanation names the remedies still to try, in the playbook's order."""
    assert phrase in report_for(answers, "en")["verdict_text"]


def test_fix_first_names_the_remedies_in_french() -> None:
    """French names them too, with the elision the sentence needs."""
    text = report_for(Answers(late_inputs="always"), "fr")["verdict_text"]
    assert "le guide demande d'essayer une conversation franche\u00a0:" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_verdict_names_the_warning_that_decided_it(lang: str) -> None:
    """A verdict reached by a warning names that warning, not a risk score it did not come
    from; one reached by the risk score quotes the score."""
    decided = {
        "late_inputs": "always",
        "tried_reset_expectations": True,
        "tried_frank_talk": True,
        "consulted": 2,
        "agree_unsalvageable": 2,
    }
    warned = report_for(Answers(**decided, revenue_share=45), lang)
    assert warned["rule"] == "warning_raised"
    share = {"fr": "45\u00a0%", "en": "45%"}[lang]
    assert share in warned["verdict_text"]
    assert {"fr": "risque\u00a0:", "en": "risk:"}[lang] not in warned["verdict_text"]
    both = report_for(Answers(**decided, revenue_share=45, holds_stake=True), lang)
    assert {"fr": "participation", "en": "stake"}[lang] in both["verdict_text"]
    assert share in both["verdict_text"]
    risky = report_for(
        Answers(**decided, connections=4, visibility="medium", revenue_share=20), lang
    )
    assert risky["rule"] == "high_risk"
    assert str(risky["risk_score"]) in risky["verdict_text"]
