"""The one entry point of the worker: one response shape, errors as codes worded at the edge."""

from __future__ import annotations

import json
from typing import Any

import pytest

from widgets.bridge import OPS, handle
from widgets.fields.errors import ERROR_CODES
from widgets.i18n import LANGS, t


def answer(op: str, **payload: Any) -> dict[str, Any]:
    """The bridge's response to one request."""
    response: dict[str, Any] = json.loads(handle(json.dumps({"op": op, "payload": payload})))
    return response


def test_an_answer_is_ok_with_its_result() -> None:
    """Success: ok and the result, nothing else."""
    response = answer("version")
    assert set(response) == {"ok", "result"} and response["ok"] is True


@pytest.mark.parametrize(
    ("op", "payload"),
    [
        ("assess", {"answers": {"hours_per_month": "x"}}),
        ("script", {"inputs": {"tone": "harsh"}}),
        ("reminder", {"today": "soon"}),
        ("prefill", {"report": {"verdict": "maybe"}}),
        ("dealbreakers_load", {"data": {"format": "other"}}),
        ("dealbreakers_markdown", {"data": []}),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_every_tool_refuses_input_the_same_way(op: str, payload: dict[str, Any], lang: str) -> None:
    """Errors: ok false and a list of errors, each a path, a code, values and a message."""
    response = answer(op, **payload, lang=lang)
    assert set(response) == {"ok", "errors"} and response["ok"] is False
    for error in response["errors"]:
        assert set(error) == {"field", "code", "params", "message"}
        assert error["code"] in ERROR_CODES
        assert error["message"].startswith(t(lang, "errors.where", where="", problem="")[:1])


def test_messages_are_worded_in_the_payloads_language() -> None:
    """The same error, worded at the edge in each language."""
    french = answer("assess", answers={"hours_per_month": "x"}, lang="fr")["errors"][0]
    english = answer("assess", answers={"hours_per_month": "x"}, lang="en")["errors"][0]
    assert {**french, "message": ""} == {**english, "message": ""}
    assert "Heures par mois" in french["message"] and "Hours per month" in english["message"]


@pytest.mark.parametrize(
    "request_text",
    [
        "not json",
        json.dumps({"payload": {}}),
        json.dumps({"op": "nope"}),
        json.dumps({"op": "version", "payload": {"lang": "de"}}),
        json.dumps({"op": "version", "payload": "x"}),
        json.dumps({"op": "blame_check", "payload": {"text": 3}}),
    ],
)
def test_a_request_that_cannot_run_is_a_bad_request(request_text: str) -> None:
    """Whatever the request, the answer has the one shape, with the bad_request code."""
    response = json.loads(handle(request_text))
    assert response["ok"] is False
    (error,) = response["errors"]
    assert error["code"] == "bad_request" and error["field"] == "" and error["params"]["detail"]
    assert error["message"]


def test_every_operation_is_a_function_of_payload_and_language() -> None:
    """The bridge offers exactly the operations pages call."""
    assert set(OPS) == {
        "version",
        "assess",
        "script",
        "blame_check",
        "prefill",
        "reminder",
        "dealbreakers_load",
        "dealbreakers_markdown",
    }
