"""The ``assess`` command, run in-process through its own parser."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from widgets.assessment.cli import add_parser

from .example_files import EXAMPLES


def run(argv: list[str]) -> int:
    """Parse ``argv`` with a parser holding only ``assess`` and run its handler."""
    parser = argparse.ArgumentParser(prog="playbook")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


def test_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    """The text report gives the verdict, scores, criteria, money and next steps."""
    assert run(["assess", str(EXAMPLES / "exit.json"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Verdict: End the relationship\nClient: Studio Kessler\n")
    for heading in ("Criteria", "Money", "Next steps", "Late payments: 85 out of 85"):
        assert heading in out
    assert "Case: 100 out of 100, strong case · Risk: 11 out of 100, low risk" in out
    assert "Checked with others" in out


def test_text_report_shows_what_would_change(capsys: pytest.CaptureFixture[str]) -> None:
    """The text report lists the changes that would move the verdict under their heading."""
    assert run(["assess", str(EXAMPLES / "fix_first.json"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    heading = out.index("What would change the verdict\n")
    assert (
        out.index(
            "  → If you hold the frank talk and nothing changes, the verdict becomes: end it.\n"
        )
        > heading
    )


def test_text_report_defaults_to_french(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --lang the report is in French."""
    assert run(["assess", str(EXAMPLES / "exit_with_care.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Verdict\u00a0: Mettez fin à la relation, avec précaution")
    assert "Points d'attention" in out


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the report dict."""
    assert run(["assess", str(EXAMPLES / "keep.json"), "--json", "--lang", "en"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert (body["verdict"], body["lang"]) == ("keep", "en")


def test_invalid_answers_exit_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each error names its field on stderr, and the exit code is 2."""
    answers = tmp_path / "bad.json"
    answers.write_text(json.dumps({"hours_per_month": 800, "revenue_share": "abc"}), "utf-8")
    assert run(["assess", str(answers), "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "“Hours per month”" in captured.err
    assert "“Share of your revenue”" in captured.err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read is reported, exit code 2."""
    assert run(["assess", str(tmp_path / "none.json"), "--lang", "en"]) == 2
    assert "Cannot read" in capsys.readouterr().err


def test_malformed_json_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not JSON is reported, exit code 2."""
    answers = tmp_path / "broken.json"
    answers.write_text("{", "utf-8")
    assert run(["assess", str(answers)]) == 2
    assert "n'est pas un fichier JSON valide" in capsys.readouterr().err


def test_text_report_gives_the_second_opinion_of_a_case(capsys: pytest.CaptureFixture[str]) -> None:
    """A case to decide says what the people consulted think; a client to keep does not."""
    assert run(["assess", str(EXAMPLES / "hand_over.json"), "--lang", "en"]) == 0
    assert "Checked with others: at least 50% of the people consulted" in capsys.readouterr().out
    assert run(["assess", str(EXAMPLES / "keep.json"), "--lang", "en"]) == 0
    assert "people consulted" not in capsys.readouterr().out
