"""The ``script`` sub-command, run in-process through its own parser."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from widgets.script import cli


def run(*argv: str) -> int:
    """Parse ``argv`` with a parser holding only the script sub-command and run it."""
    parser = argparse.ArgumentParser(prog="playbook")
    cli.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["script", *argv])
    code: int = args.handler(args)
    return code


def test_example_prints_the_text_script(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A valid file prints the plain-text script and exits 0."""
    assert run(str(examples_dir / "agency-fr.json")) == 0
    out = capsys.readouterr().out
    assert "Société Dupuis & Fils" in out and "Lettre recommandée avec accusé de réception" in out


@pytest.mark.parametrize("name", ["minimal", "agency-fr", "freelance-en"])
def test_every_example_renders_in_every_format(
    name: str, examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The example files stay valid inputs."""
    for fmt in ("text", "markdown", "email"):
        assert run(str(examples_dir / f"{name}.json"), "--format", fmt) == 0
        assert capsys.readouterr().out.strip()


def test_lang_option_overrides_the_file(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--lang en turns the French minimal file into an English script."""
    assert run(str(examples_dir / "minimal.json"), "--lang", "en") == 0
    assert "[Client name]" in capsys.readouterr().out


def test_email_format_prints_subject_then_body(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format email prints "Subject: ..." and the body only."""
    assert run(str(examples_dir / "freelance-en.json"), "--format", "email") == 0
    out = capsys.readouterr().out
    assert out.startswith("Subject: Confirming the end of our collaboration\n\nHello Jordan,")


def test_invalid_inputs_exit_2_naming_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Invalid inputs print one line per field, by label, on stderr, and exit 2."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"lang": "en", "tone": "harsh", "client_name": 3}), "utf-8")
    assert run(str(path), "--lang", "en") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Tone" in captured.err and "Client name" in captured.err


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is reported on stderr."""
    assert run(str(tmp_path / "missing.json")) == 2
    assert "missing.json" in capsys.readouterr().err


def test_invalid_json_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not JSON is reported on stderr."""
    path = tmp_path / "broken.json"
    path.write_text("{lang: fr", "utf-8")
    assert run(str(path), "--lang", "en") == 2
    assert "not a valid JSON file" in capsys.readouterr().err


def test_json_that_is_not_an_object_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON list is not a set of inputs."""
    path = tmp_path / "list.json"
    path.write_text("[]", "utf-8")
    assert run(str(path)) == 2
    assert capsys.readouterr().err


def test_blaming_own_reasons_are_listed_under_check_before_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reproach typed as an own reason is quoted in "Check before use" with its rewrite."""
    path = tmp_path / "blame.json"
    data = {"lang": "en", "own_reasons": ["You are impossible to work with.", "We are moving."]}
    path.write_text(json.dumps(data), "utf-8")
    assert run(str(path)) == 0
    out = capsys.readouterr().out
    checks = out.split("Check before use", 1)[1].split("Conversation", 1)[0]
    assert "“You are impossible” (Judgement of the person)" in checks
    assert "For example:" in checks


def test_blame_warnings_go_to_stderr_with_the_email_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The email alone stays clean for pasting; the warning goes to standard error."""
    path = tmp_path / "blame.json"
    data = {"lang": "fr", "own_reasons": ["Vous ne payez jamais à temps."]}
    path.write_text(json.dumps(data), "utf-8")
    assert run(str(path), "--format", "email") == 0
    captured = capsys.readouterr()
    assert "«\u00a0Vous ne payez jamais\u00a0»" in captured.err
    assert "Vous ne payez jamais à temps." in captured.out


def test_neutral_own_reasons_add_no_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reasons about the reader's own business pass."""
    path = tmp_path / "neutral.json"
    data = {"lang": "en", "own_reasons": ["Our studio is moving to another city next year."]}
    path.write_text(json.dumps(data), "utf-8")
    assert run(str(path)) == 0
    assert "own reasons" not in capsys.readouterr().out


def test_markers_left_are_listed_under_check_before_use(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A blank form's markers are listed in "Check before use", with "To fill in"."""
    assert run(str(examples_dir / "minimal.json"), "--lang", "en") == 0
    out = capsys.readouterr().out
    checks = out.split("Check before use", 1)[1].split("Conversation", 1)[0]
    assert "To fill in:" in checks
    for marker in ("[Client name]", "[End date]", "[Date of sending]", "[Recommended provider]"):
        assert marker in checks


def test_a_complete_example_leaves_nothing_to_fill_in(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The agency's example is complete: no marker, no "To fill in"."""
    assert run(str(examples_dir / "agency-fr.json")) == 0
    out = capsys.readouterr().out
    assert "À compléter" not in out and "[" not in out


def test_markers_left_in_the_email_go_to_stderr(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The email format keeps its text clean and says on stderr which markers it still holds,
    those of the email only."""
    assert run(str(examples_dir / "minimal.json"), "--format", "email") == 0
    captured = capsys.readouterr()
    assert "[Date de fin]" in captured.out
    assert "! À compléter" in captured.err and "[Date de fin]" in captured.err
    # The letter's own markers are not the email's.
    assert "[Adresse du client]" not in captured.err
    assert run(str(examples_dir / "agency-fr.json"), "--format", "email") == 0
    assert capsys.readouterr().err == ""


def test_the_examples_exercise_the_contact_person_and_the_country(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The French agency (in France) writes to Monsieur Dupuis by registered letter under
    French law; the English freelance (elsewhere) to Ms Lee by Recorded Delivery."""
    assert run(str(examples_dir / "agency-fr.json")) == 0
    agency = capsys.readouterr().out
    assert "Monsieur Dupuis,\n" in agency and "À l'attention de Monsieur Jean Dupuis" in agency
    assert "en droit français" in agency and "L442-1, II du Code de commerce" in agency
    assert "prendra fin le 3 juillet 2025" in agency
    assert run(str(examples_dir / "freelance-en.json")) == 0
    freelance = capsys.readouterr().out
    assert "Hello Jordan,\n" in freelance and "By Recorded Delivery" in freelance
    assert "For the attention of Ms Jordan Lee\n4 Harbour Road" in freelance
    assert freelance.count("Northwind Ltd") == 2  # the title and the address, once each
    assert "Code de commerce" not in freelance and "local law" in freelance
