"""Properties the model guarantees for any answers."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from widgets.assessment.answers import FREQUENCIES, VISIBILITIES, Answers
from widgets.assessment.changes import MAX_CHANGES, SENTENCES
from widgets.assessment.model import assess
from widgets.assessment.parsing import parse_answers
from widgets.assessment.thresholds import THRESHOLDS
from widgets.assessment.verdicts import EXIT_FAMILY

# The same tests run inside Pyodide, where Hypothesis may be missing.
hypothesis = pytest.importorskip("hypothesis")
st = pytest.importorskip("hypothesis.strategies")
given, settings = hypothesis.given, hypothesis.settings

FAST = settings(max_examples=80, deadline=None)
FREQUENCY_FIELDS = (
    "late_payments",
    "unpaid_extras",
    "unrealistic_expectations",
    "not_worth_fee",
    "late_inputs",
    "disrespect",
)
# Amounts and hours as the form keeps them: to the cent, to the hundredth of an hour.
amounts = st.none() | st.floats(min_value=0, max_value=1e7, allow_nan=False).map(
    lambda value: round(value, 2)
)


@st.composite
def any_answers(draw: Any) -> Answers:
    """Any valid answers."""
    consulted = draw(st.integers(0, 1000))
    return Answers(
        **{name: draw(st.sampled_from(FREQUENCIES)) for name in FREQUENCY_FIELDS},
        only_demanding=draw(st.booleans()),
        tried_reset_expectations=draw(st.booleans()),
        tried_frank_talk=draw(st.booleans()),
        consulted=consulted,
        agree_unsalvageable=draw(st.integers(0, consulted)),
        partner_wants_client=draw(st.booleans()),
        partner_name=draw(st.none() | st.text(min_size=1, max_size=20).map(str.strip).filter(bool)),
        annual_revenue=draw(amounts),
        hours_per_month=draw(
            st.none() | st.floats(min_value=0, max_value=744).map(lambda value: round(value, 2))
        ),
        standard_rate=draw(amounts),
        revenue_share=draw(st.none() | st.floats(min_value=0, max_value=100)),
        connections=draw(st.integers(0, 10_000)),
        visibility=draw(st.sampled_from(VISIBILITIES)),
        holds_stake=draw(st.booleans()),
        deal_breakers_hit=tuple(draw(st.lists(st.sampled_from(["a", "b", "c"]), unique=True))),
        client_name=draw(st.none() | st.just("Dupont SA")),
    )


@FAST
@given(any_answers())
def test_scores_stay_between_0_and_100(answers: Answers) -> None:
    """Both scores are whole numbers from 0 to 100."""
    result = assess(answers)
    assert 0 <= result.case_score <= 100
    assert 0 <= result.risk_score <= 100


@FAST
@given(any_answers())
def test_assessment_is_deterministic(answers: Answers) -> None:
    """The same answers always give the same assessment."""
    assert assess(answers) == assess(answers)


@FAST
@given(any_answers())
def test_contributions_stay_within_their_maximum(answers: Answers) -> None:
    """No criterion gives negative points or more than its weight."""
    for contribution in assess(answers).contributions:
        assert 0 <= contribution.points <= contribution.max_points


@FAST
@given(any_answers(), st.sampled_from(FREQUENCY_FIELDS), st.sampled_from(FREQUENCIES))
def test_a_more_frequent_problem_never_lowers_the_case(
    answers: Answers, name: str, frequency: str
) -> None:
    """Raising any frequency never lowers the case score."""
    before = getattr(answers, name)
    if FREQUENCIES.index(frequency) < FREQUENCIES.index(before):
        return
    worse = dataclasses.replace(answers, **{name: frequency})
    assert assess(worse).case_score >= assess(answers).case_score


@FAST
@given(any_answers(), st.floats(min_value=0, max_value=1))
def test_less_revenue_never_lowers_the_case(answers: Answers, factor: float) -> None:
    """Earning less for the same hours never lowers the case score."""
    if answers.annual_revenue is None:
        return
    worse = dataclasses.replace(answers, annual_revenue=answers.annual_revenue * factor)
    assert assess(worse).case_score >= assess(answers).case_score


@FAST
@given(any_answers())
def test_a_deal_breaker_never_lowers_the_case(answers: Answers) -> None:
    """Adding a deal-breaker never lowers the case score."""
    worse = dataclasses.replace(answers, deal_breakers_hit=(*answers.deal_breakers_hit, "new"))
    assert assess(worse).case_score >= assess(answers).case_score


@FAST
@given(any_answers(), st.integers(0, 10_000))
def test_more_connections_never_lower_the_risk(answers: Answers, more: int) -> None:
    """More shared connections never lower the risk score."""
    riskier = dataclasses.replace(answers, connections=min(10_000, answers.connections + more))
    assert assess(riskier).risk_score >= assess(answers).risk_score


@FAST
@given(any_answers(), st.sampled_from(VISIBILITIES))
def test_more_visibility_never_lowers_the_risk(answers: Answers, visibility: str) -> None:
    """A higher profile never lowers the risk score."""
    if VISIBILITIES.index(visibility) < VISIBILITIES.index(answers.visibility):
        return
    riskier = dataclasses.replace(answers, visibility=visibility)
    assert assess(riskier).risk_score >= assess(answers).risk_score


@FAST
@given(any_answers(), st.floats(min_value=0, max_value=100))
def test_a_larger_revenue_share_never_lowers_the_risk(answers: Answers, share: float) -> None:
    """Depending more on the client never lowers the risk score."""
    if answers.revenue_share is not None and share < answers.revenue_share:
        return
    riskier = dataclasses.replace(answers, revenue_share=share)
    assert assess(riskier).risk_score >= assess(answers).risk_score


@FAST
@given(any_answers())
def test_a_stake_never_lowers_the_risk(answers: Answers) -> None:
    """A client holding a stake is never less risky."""
    riskier = dataclasses.replace(answers, holds_stake=True)
    assert assess(riskier).risk_score >= assess(answers).risk_score


@FAST
@given(any_answers())
def test_a_deal_breaker_is_never_kept_nor_fixed(answers: Answers) -> None:
    """With a deal-breaker hit, the verdict is a transfer or an exit."""
    hit = dataclasses.replace(answers, deal_breakers_hit=("x",))
    assert assess(hit).verdict in EXIT_FAMILY


@FAST
@given(any_answers())
def test_hand_over_needs_a_partner(answers: Answers) -> None:
    """Only a partner who wants the client leads to a transfer."""
    if assess(answers).verdict == "hand_over":
        assert answers.partner_wants_client


@FAST
@given(any_answers())
def test_answers_survive_a_json_round_trip(answers: Answers) -> None:
    """Answers written as JSON parse back to the same answers."""
    assert parse_answers(as_json(answers)) == answers


REMEDY_FIELDS = ("tried_reset_expectations", "tried_frank_talk")


@FAST
@given(any_answers())
def test_adding_a_deal_breaker_never_gives_keep(answers: Answers) -> None:
    """Whatever else is answered, a deal-breaker hit is never kept."""
    hit = dataclasses.replace(answers, deal_breakers_hit=(*answers.deal_breakers_hit, "new"))
    assert assess(hit).verdict != "keep"


@FAST
@given(any_answers(), st.sampled_from(REMEDY_FIELDS))
def test_trying_a_remedy_never_turns_an_exit_into_keep(answers: Answers, remedy: str) -> None:
    """A remedy tried (problems unchanged) leaves an exit verdict as it was, never "keep"."""
    before = assess(answers).verdict
    after = assess(dataclasses.replace(answers, **{remedy: True})).verdict
    if before in EXIT_FAMILY:
        assert after == before
    assert not (before in EXIT_FAMILY and after == "keep")


@FAST
@given(any_answers())
def test_nobody_consulted_is_never_a_plain_exit(answers: Answers) -> None:
    """Without a second opinion, the case is not checked: never a plain exit."""
    unchecked = dataclasses.replace(answers, consulted=0, agree_unsalvageable=0)
    assert assess(unchecked).verdict != "exit"


@FAST
@given(any_answers())
def test_a_stake_is_flagged_and_never_a_plain_exit(answers: Answers) -> None:
    """A client holding a stake raises the professional-advice flag and is never simply left."""
    result = assess(dataclasses.replace(answers, holds_stake=True))
    assert "professional_advice" in result.flags
    assert result.verdict != "exit"


@FAST
@given(any_answers())
def test_keep_means_a_weak_case(answers: Answers) -> None:
    """The client is kept exactly when the problems do not make a real case."""
    result = assess(answers)
    assert (result.verdict == "keep") == (result.case_score < THRESHOLDS.case_real)


@FAST
@given(any_answers())
def test_the_worst_problem_counts_in_full(answers: Answers) -> None:
    """The case score is never below the points of the worst problem on its own."""
    result = assess(answers)
    worst = max(c.points for c in result.contributions if c.kind == "case")
    assert result.case_score >= math.floor(worst + 0.5)


@FAST
@given(any_answers(), st.sampled_from(FREQUENCY_FIELDS))
def test_one_problem_always_is_a_strong_case(answers: Answers, name: str) -> None:
    """Any problem at "always" makes the case strong, whatever the others are."""
    result = assess(dataclasses.replace(answers, **{name: "always"}))
    assert result.case_band == "strong"


@FAST
@given(any_answers())
def test_each_change_gives_the_verdict_it_announces(answers: Answers) -> None:
    """Applied to the answers, every "what would change" gives its verdict, another one."""
    result = assess(answers)
    assert len(result.what_would_change) <= MAX_CHANGES
    for change in result.what_would_change:
        assert change.sentence in SENTENCES
        assert dict(change.answers)[change.field] == change.value
        changed = parse_answers({**as_json(answers), **dict(change.answers)})
        assert assess(changed).verdict == change.verdict != result.verdict


def as_json(answers: Answers) -> dict[str, Any]:
    """Answers as a saved file holds them."""
    data = dataclasses.asdict(answers)
    data["deal_breakers_hit"] = list(answers.deal_breakers_hit)
    return data
