"""The engine always answers: any request to the bridge gets the one response shape, and any
file given to the command line ends on words and an exit code, never on a traceback.

Numbers of any size or smallness, values nested deeper than Python reads, and every JSON type
where another is expected.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from widgets import bridge, cli
from widgets.assessment.fields import ASSESSMENT
from widgets.fields.errors import ERROR_CODES
from widgets.fields.json_text import MAX_DEPTH
from widgets.fields.table import NUMERIC_KINDS, Form
from widgets.i18n import LANGS
from widgets.script.inputs import SCRIPT
from widgets.script.reminder import REMINDER

# The same tests run inside Pyodide, where Hypothesis may be missing.
hypothesis = pytest.importorskip("hypothesis")
st = pytest.importorskip("hypothesis.strategies")
given, settings = hypothesis.given, hypothesis.settings

FAST = settings(max_examples=60, deadline=None)
# Beyond what Python's parser nests (its recursion limit, or Pyodide's stack), and well
# within a 1 MB file.
DEEPEST = 200_000
# Errors that mean the engine itself failed on input it should have refused or answered.
FAILED = {"unanswerable"}


def numbers_of(form: Form[Any]) -> list[str]:
    """The numeric fields of a form."""
    return [spec.id for spec in form.fields if spec.kind in NUMERIC_KINDS]


# Numbers as JSON carries them, of any size and smallness, and as people type them.
whole_numbers = st.integers() | st.integers(min_value=-(10**600), max_value=10**600)
real_numbers = st.floats() | st.floats(min_value=-1e-300, max_value=1e-300)
typed_numbers = st.from_regex(r"\A-?[0-9]{1,400}([.,][0-9]{1,400})?\Z") | st.sampled_from(
    ["9" * 308, "0,0001", "0." + "0" * 320 + "1", "1e400", "-0", "1 000 000 000 000,01"]
)
# The edges: the largest and smallest floats, and digits beyond them.
edge_numbers = st.sampled_from(
    [1e308, -1e308, 5e-324, 1e-300, 10**400, -(10**400), "9" * 308, "0,0001", "1" + "0" * 400]
)
any_number = edge_numbers | whole_numbers | real_numbers | typed_numbers
# Any JSON value, scalars of every type, nested a few levels.
json_values = st.recursive(
    st.none() | st.booleans() | any_number | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def numbers_for(form: Form[Any]) -> Any:
    """Some numeric fields of ``form``, each any number."""
    return st.fixed_dictionaries({}, optional={name: any_number for name in numbers_of(form)})


def requests() -> Any:
    """A request of each operation, its numbers drawn without bounds."""
    lang = st.sampled_from(LANGS)
    report = st.builds(
        lambda points, lang: {
            "report": {
                "verdict": "exit",
                "contributions": [{"id": "late_payments", "kind": "case", "points": points}],
            },
            "lang": lang,
        },
        any_number,
        lang,
    )
    return st.one_of(
        st.builds(
            lambda a, lang: ("assess", {"answers": a, "lang": lang}), numbers_for(ASSESSMENT), lang
        ),
        st.builds(
            lambda i, lang: ("script", {"inputs": i, "lang": lang}), numbers_for(SCRIPT), lang
        ),
        st.builds(
            lambda r, lang: ("reminder", {**r, "today": "2026-01-31", "lang": lang}),
            numbers_for(REMINDER),
            lang,
        ),
        report.map(lambda payload: ("prefill", payload)),
    )


def strict_json(text: str) -> Any:
    """``text`` as JavaScript's JSON.parse reads it: no NaN, no Infinity."""

    def refuse(constant: str) -> None:
        raise AssertionError(f"not JSON for a browser: {constant}")

    return json.loads(text, parse_constant=refuse)


def answered(text: str) -> dict[str, Any]:
    """The bridge's response, checked against its one shape."""
    response: dict[str, Any] = strict_json(text)
    if response["ok"] is True:
        assert set(response) == {"ok", "result"}
        return response
    assert set(response) == {"ok", "errors"} and response["ok"] is False and response["errors"]
    for error in response["errors"]:
        assert set(error) == {"field", "code", "params", "message"}
        assert isinstance(error["field"], str) and error["code"] in ERROR_CODES
        assert isinstance(error["params"], dict)
        assert isinstance(error["message"], str) and error["message"].strip()
    return response


def codes(response: dict[str, Any]) -> set[str]:
    """The error codes of a response (none for an answer)."""
    return {error["code"] for error in response.get("errors", [])}


# --- The bridge ------------------------------------------------------------------------------


@FAST
@given(
    st.fixed_dictionaries(
        {name: any_number for name in ("annual_revenue", "hours_per_month", "standard_rate")}
    ),
    st.sampled_from(LANGS),
)
@hypothesis.example(
    {"annual_revenue": "9" * 308, "hours_per_month": 1e-4, "standard_rate": 1}, "fr"
)
@hypothesis.example(
    {"annual_revenue": 1e12, "hours_per_month": 5e-324, "standard_rate": 5e-324}, "en"
)
def test_money_of_any_size_is_assessed_or_refused_by_its_bounds(
    money: dict[str, Any], lang: str
) -> None:
    """Revenue over hours over the standard rate: a figure or a refusal, never an overflow."""
    request = {"op": "assess", "payload": {"answers": money, "lang": lang}}
    response = answered(bridge.handle(json.dumps(request)))
    assert not codes(response) & FAILED, response


@FAST
@given(requests())
def test_numbers_of_any_size_are_answered_or_refused_by_their_bounds(
    call: tuple[str, dict[str, Any]],
) -> None:
    """Every number a page or a file can send is computed, or refused by its field: never a
    failure of the engine."""
    op, payload = call
    response = answered(bridge.handle(json.dumps({"op": op, "payload": payload})))
    assert not codes(response) & FAILED, response


@FAST
@given(
    st.sampled_from(sorted(bridge.OPS)),
    st.dictionaries(
        st.sampled_from(
            ["answers", "inputs", "report", "data", "text", "lang", "today", "days", "client_name"]
        ),
        json_values,
    ),
)
def test_any_json_type_where_another_is_expected_is_an_error(
    op: str, payload: dict[str, Any]
) -> None:
    """Lists for objects, numbers for texts, objects for numbers: errors, never a crash."""
    response = answered(bridge.handle(json.dumps({"op": op, "payload": payload})))
    assert not codes(response) & FAILED, response


@FAST
@given(st.sampled_from(sorted(bridge.OPS)), json_values)
def test_any_json_value_as_the_payload_or_the_request_is_answered(op: str, value: Any) -> None:
    """A payload or a whole request that is a list, a number, a text or null is answered."""
    answered(bridge.handle(json.dumps({"op": op, "payload": value})))
    answered(bridge.handle(json.dumps(value)))
    answered(bridge.handle(json.dumps({"op": value})))


def nested(depth: int, opening: str) -> str:
    """A JSON value nested ``depth`` levels deep: lists, or objects of one name."""
    if opening == "[":
        return "[" * depth + "]" * depth
    return '{"a": ' * depth + "{}" + "}" * depth


@FAST
@given(
    st.integers(min_value=1, max_value=DEEPEST),
    st.sampled_from(["[", "{"]),
    st.sampled_from(
        [
            "{}",
            '{"op": "assess", "payload": {}}',
            '{"op": "assess", "payload": {"answers": {"client_name": {}}}}',
            '{"op": "script", "payload": {"inputs": {}}}',
            '{"op": "prefill", "payload": {"report": {"contributions": [{}]}}}',
            '{"op": "dealbreakers_load", "payload": {"data": {"items": [{}]}}}',
        ]
    ),
)
def test_nesting_of_any_depth_is_answered(depth: int, opening: str, template: str) -> None:
    """A value nested deeper than Python reads, wherever it sits, is an error about the depth."""
    # The innermost object of the request is where the nesting goes.
    head, _, tail = template.rpartition("{}")
    text = head + nested(depth, opening) + tail
    response = answered(bridge.handle(text))
    assert not codes(response) & FAILED, response
    if depth > MAX_DEPTH:
        assert codes(response) == {"too_deep"}


def test_the_three_crashes_of_the_review_are_answered() -> None:
    """308 nines over 0.0001 hours, 100,000 levels of nesting and a list as the payload."""
    absurd = {"annual_revenue": "9" * 308, "hours_per_month": "0,0001"}
    response = answered(
        bridge.handle(json.dumps({"op": "assess", "payload": {"answers": absurd, "lang": "en"}}))
    )
    assert [(error["field"], error["code"]) for error in response["errors"]] == [
        ("annual_revenue", "out_of_range")
    ]
    deep = '{"op": "assess", "payload": ' + nested(100_000, "[") + "}"
    assert codes(answered(bridge.handle(deep))) == {"too_deep"}
    listed = {"op": "assess", "payload": [{"answers": {}}]}
    assert codes(answered(bridge.handle(json.dumps(listed)))) == {"bad_request"}


@pytest.fixture
def failing_op(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """An operation that fails as the caller says: raises, or answers with a non-finite figure."""
    behaviour: dict[str, Any] = {}

    def op(payload: Any, lang: str) -> Any:
        if "raise" in behaviour:
            raise behaviour["raise"]
        return {"rate": behaviour["return"]}

    monkeypatch.setitem(bridge.OPS, "broken", op)
    yield behaviour


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        ({"raise": OverflowError("cannot convert float infinity to integer")}, "unanswerable"),
        ({"raise": RecursionError("maximum recursion depth exceeded")}, "too_deep"),
        ({"raise": AttributeError("'list' object has no attribute 'get'")}, "unanswerable"),
        ({"raise": ZeroDivisionError("division by zero")}, "unanswerable"),
        ({"return": math.inf}, "unanswerable"),
        ({"return": math.nan}, "unanswerable"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_any_exception_is_an_error_worded_in_the_payloads_language(
    failing_op: dict[str, Any], failure: dict[str, Any], code: str, lang: str
) -> None:
    """Whatever an operation raises, or a figure JSON cannot hold, the page gets words."""
    failing_op.update(failure)
    response = answered(bridge.handle(json.dumps({"op": "broken", "payload": {"lang": lang}})))
    (error,) = response["errors"]
    assert (error["field"], error["code"]) == ("", code)
    other = "en" if lang == "fr" else "fr"
    in_other = answered(bridge.handle(json.dumps({"op": "broken", "payload": {"lang": other}})))
    assert in_other["errors"][0]["message"] != error["message"]


# --- The command line ------------------------------------------------------------------------


def run_cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    """``playbook ARGV`` in this process: its exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(list(argv))
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def ran_cleanly(code: int, err: str) -> None:
    """An exit code of success or of invalid input, and words rather than a traceback."""
    assert code in (0, 2)
    assert "Traceback" not in err
    if code:
        lines = err.splitlines()
        assert lines and all(line.strip() for line in lines)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    """A folder for the files the command reads."""
    with tempfile.TemporaryDirectory(prefix="playbook-cli-") as name:
        yield Path(name)


@FAST
@given(
    st.one_of(
        numbers_for(ASSESSMENT).map(lambda answers: ("assess", answers)),
        numbers_for(SCRIPT).map(lambda inputs: ("script", inputs)),
        json_values.map(lambda value: ("assess", value)),
        json_values.map(lambda value: ("script", value)),
    ),
    st.sampled_from(LANGS),
)
def test_any_json_file_ends_on_words_and_an_exit_code(
    folder: Path, command: tuple[str, Any], lang: str
) -> None:
    """Numbers of any size, and any JSON type, in the file the command reads."""
    name, value = command
    path = folder / "input.json"
    path.write_text(json.dumps(value), "utf-8")
    code, _, err = run_cli(name, str(path), "--lang", lang)
    ran_cleanly(code, err)


@FAST
@given(
    st.integers(min_value=1, max_value=DEEPEST),
    st.sampled_from(["[", "{"]),
    st.sampled_from(["assess", "script"]),
)
def test_a_file_nested_to_any_depth_ends_on_one_line(
    folder: Path, depth: int, opening: str, name: str
) -> None:
    """A file nested deeper than Python reads gets one line about the depth, and exit code 2."""
    path = folder / "deep.json"
    path.write_text(nested(depth, opening), "utf-8")
    code, _, err = run_cli(name, str(path), "--lang", "en")
    ran_cleanly(code, err)
    if depth > MAX_DEPTH:
        assert code == 2 and err == "The data is nested too deeply to be read.\n"


def test_a_failure_no_command_foresaw_is_one_line_in_the_commands_language(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception a handler lets through is one line of words and exit code 2."""
    from widgets.assessment import cli as assessment_cli

    def overflow(*_: Any) -> Any:
        raise OverflowError("cannot convert float infinity to integer")

    monkeypatch.setattr(assessment_cli, "assess", overflow)
    path = folder / "answers.json"
    path.write_text("{}", "utf-8")
    for lang, start in (("fr", "Ces valeurs"), ("en", "These values")):
        code, out, err = run_cli("assess", str(path), "--lang", lang)
        assert (code, out) == (2, "")
        assert err.startswith(start) and "OverflowError" in err and err.count("\n") == 1


@FAST
@given(st.text(max_size=200))
def test_any_text_checked_for_blame_ends_on_an_exit_code(text: str) -> None:
    """The blame check reads any text from standard input."""
    code, _, err = run_cli("check-blame", "--lang", "fr", stdin=text)
    assert code in (0, 1) and "Traceback" not in err
