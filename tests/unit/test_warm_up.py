"""The warm-up answered before the build keeps Python's memory (scripts/make_snapshot.mjs)."""

from __future__ import annotations

from widgets.bridge import OPS, WARM_UP, warm_up
from widgets.i18n import LANGS


def test_every_warm_up_request_answers_as_it_should() -> None:
    answers = warm_up()
    assert len(answers) == len(WARM_UP)
    assert [answer["ok"] for answer in answers] == [True] * len(WARM_UP)
    assert [answer["response"]["ok"] for answer in answers] == [ok for _, ok in WARM_UP]


def test_warm_up_runs_every_operation_in_every_language() -> None:
    """Every operation a page calls is warm, whatever the page's language."""
    ops = {request["op"] for request, _ in WARM_UP}
    assert ops == set(OPS)
    for op in ops - {"version"}:
        langs = {request["payload"]["lang"] for request, _ in WARM_UP if request["op"] == op}
        assert langs == set(LANGS), op


def test_warm_up_words_an_error_in_every_language() -> None:
    """The error path loads the catalogues' messages too, so it is warm as well."""
    worded = [
        answer["response"]["errors"]
        for (request, ok), answer in zip(WARM_UP, warm_up(), strict=True)
        if not ok
    ]
    assert len(worded) == len(LANGS)
    assert all(
        errors[0]["field"] == "hours_per_month" and errors[0]["message"] for errors in worded
    )


def test_warm_up_holds_no_readers_text() -> None:
    """Nothing in the requests could be someone's data: empty answers, lists and texts."""
    for request, _ in WARM_UP:
        payload = request.get("payload", {})
        for key, value in payload.items():
            if key == "lang":
                assert value in LANGS
            elif key == "answers":
                assert value in ({}, {"hours_per_month": "x"})
            elif key == "data":
                assert value["items"] == []
            elif key == "report":
                assert value == {"verdict": "keep"}
            elif key == "today":
                assert value == "2000-01-01"
            else:
                assert value in ("", []), (request["op"], key)
