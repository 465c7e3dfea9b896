"""``playbook check-blame``: one line per flagged sentence, and an exit status to test."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Mapping

import pytest

from widgets.cli import main
from widgets.i18n import t
from widgets.script.blame import flag_sentences

EMAIL_EN = (
    "Hello Dana,\n"
    "\n"
    "Your payments are late every single month. We will send you the files.\n"
    "I am tired of your constant demands.\n"
)


def run(
    monkeypatch: pytest.MonkeyPatch, text: str, *argv: str, environ: Mapping[str, str] = {}
) -> int:
    """Run the command with ``text`` on standard input, in a terminal of ``environ``."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    return main(["check-blame", *argv], environ)


def test_flagged_sentences_print_line_words_and_suggestion(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """LINE<TAB>WORDS<TAB>SUGGESTION per flagged sentence; exit status 1."""
    assert run(monkeypatch, EMAIL_EN, "--lang", "en") == 1
    out = capsys.readouterr()
    rows = [line.split("\t") for line in out.out.splitlines()]
    expected = flag_sentences(EMAIL_EN, "en")
    assert rows == [[str(item.line), item.words, item.suggestion] for item in expected]
    assert [row[:2] for row in rows] == [
        ["3", "Your payments are late \u2026 every single month"],
        ["4", "tired of \u2026 your constant demands"],
    ]
    assert t("en", "script.blame.cli.flagged", count=2) in out.err


def test_neutral_text_prints_nothing_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A polite letter passes: nothing on standard output, a word on standard error."""
    text = (
        "Bonjour,\n"
        "Nous vous remettrons les fichiers vendredi.\n"
        "Un autre studio saura mieux vous accompagner.\n"
    )
    assert run(monkeypatch, text, "--lang", "fr") == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert t("fr", "script.blame.cli.clean") in out.err


def test_french_text_gets_french_suggestions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The suggestion is in the language of the text."""
    assert run(monkeypatch, "Vous ne payez jamais à temps.", "--lang", "fr") == 1
    line, words, suggestion = capsys.readouterr().out.rstrip("\n").split("\t")
    assert (line, words) == ("1", "Vous ne payez jamais")
    assert suggestion.startswith(t("fr", "script.blame.advice.second_person"))
    assert t("fr", "script.blame.examples.payment") in suggestion


def test_language_defaults_to_french(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --lang nor a locale the text is read as French, the site's first language."""
    assert run(monkeypatch, "Vos demandes sont déraisonnables.") == 1
    assert run(monkeypatch, "Your requests are unreasonable.") == 0
    assert t("fr", "script.blame.cli.flagged", count=1) in capsys.readouterr().err


def test_language_follows_the_terminal_without_lang(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --lang the text and the messages are in the terminal's language."""
    english = {"LANG": "en_GB.UTF-8"}
    assert run(monkeypatch, "Your requests are unreasonable.", environ=english) == 1
    assert t("en", "script.blame.cli.flagged", count=1) in capsys.readouterr().err
    assert run(monkeypatch, "Vos demandes sont déraisonnables.", environ=english) == 0
    assert run(monkeypatch, "Your requests are unreasonable.", "--lang", "fr", environ=english) == 0


def test_empty_input_passes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No text, nothing to flag."""
    assert run(monkeypatch, "", "--lang", "en") == 0
    assert capsys.readouterr().out == ""


def test_input_that_is_not_utf8_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes that are not UTF-8 are refused with a message in the chosen language."""
    stdin = io.TextIOWrapper(io.BytesIO(b"You never pay \xff\xfe"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["check-blame", "--lang", "en"], {}) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "UTF-8" in out.err


@pytest.mark.skipif(sys.platform == "emscripten", reason="no processes in the browser")
def test_command_reads_a_pipe() -> None:
    """The installed entry point, as a reader runs it with a pipe."""
    done = subprocess.run(
        [sys.executable, "-m", "widgets.cli", "check-blame", "--lang", "en"],
        input=EMAIL_EN.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.decode("utf-8").splitlines()[0].startswith("3\tYour payments are late")
