"""The warm-up answered before the build keeps Python's memory (scripts/make_snapshot.mjs)."""

from __future__ import annotations

from widgets.bridge import OPS, WARM_UP, warm_up


def test_every_warm_up_request_is_answered() -> None:
    answers = warm_up()
    assert len(answers) == len(WARM_UP)
    assert [answer["ok"] for answer in answers] == [True] * len(WARM_UP)


def test_warm_up_runs_each_tool_in_both_languages() -> None:
    ops = {request["op"] for request in WARM_UP}
    assert ops <= set(OPS)
    assert {"assess", "assessment_fields", "script", "blame_check", "dealbreakers_catalog"} <= ops
    for op in ops - {"version"}:
        langs = {request["payload"]["lang"] for request in WARM_UP if request["op"] == op}
        assert langs == {"fr", "en"}, op


def test_warm_up_words_an_error_in_both_languages() -> None:
    """The error path loads the catalogues' messages too, so it is warm as well."""
    worded = [
        answer["result"]["errors"]
        for request, answer in zip(WARM_UP, warm_up(), strict=True)
        if request["op"] == "assess" and answer["result"]["errors"]
    ]
    assert len(worded) == 2
    assert all(errors[0]["field"] == "hours_per_month" for errors in worded)


def test_warm_up_holds_no_readers_text() -> None:
    """Nothing in the requests could be someone's data: empty answers, lists and texts."""
    for request in WARM_UP:
        payload = request.get("payload", {})
        for key, value in payload.items():
            if key == "lang":
                assert value in ("fr", "en")
            elif key == "answers":
                assert value in ({}, {"hours_per_month": "x"})
            else:
                assert value in ("", []), (request["op"], key)
