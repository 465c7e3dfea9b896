"""The ``playbook`` command speaks one language at a time: --lang, else the locale, else French."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence

import pytest

from widgets.cli import cli_language, main
from widgets.i18n import t

EXAMPLE = "examples/assessment/keep.json"
# Words only argparse's English, or our French, would print.
ENGLISH = ("usage:", "show this help", "positional arguments", "required:", "invalid choice")
FRENCH = ("utilisation", "afficher", "arguments positionnels", "obligatoires", "choix invalide")


def run(
    capsys: pytest.CaptureFixture[str], argv: Sequence[str], environ: Mapping[str, str]
) -> tuple[int, str]:
    """The exit code and everything printed, for one command line."""
    try:
        code = main(argv, environ)
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(
    ("argv", "environ", "lang"),
    [
        (["--lang", "en", "assess", "f"], {"LANG": "fr_FR.UTF-8"}, "en"),
        (["assess", "f", "--lang=en"], {}, "en"),
        (["assess", "f", "--la", "en"], {}, "en"),
        (["assess", "f"], {"LANG": "en_GB.UTF-8"}, "en"),
        (["assess", "f"], {"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        (["assess", "f"], {"LC_MESSAGES": "en_US", "LANG": "fr_FR"}, "en"),
        (["assess", "f"], {"LANG": "C.UTF-8"}, "fr"),
        (["assess", "f"], {"LANG": "de_DE.UTF-8"}, "fr"),
        (["assess", "f", "--lang", "de"], {"LANG": "en_US"}, "en"),
        (["assess", "f"], {}, "fr"),
    ],
)
def test_the_language_comes_from_lang_then_the_locale_then_french(
    argv: list[str], environ: dict[str, str], lang: str
) -> None:
    """--lang wins; then the first locale variable set; an unknown language means French."""
    assert cli_language(argv, environ) == lang


@pytest.mark.parametrize(
    ("argv", "environ", "own", "other"),
    [
        (["--help"], {}, FRENCH, ENGLISH),
        (["--help"], {"LANG": "en_US.UTF-8"}, ENGLISH, FRENCH),
        (["assess", "--help"], {}, FRENCH, ENGLISH),
        (["--lang", "en", "script", "--help"], {}, ENGLISH, FRENCH),
        (["check-blame", "--help"], {}, FRENCH, ENGLISH),
        (["check-blame", "--help"], {"LANG": "en_US.UTF-8"}, ENGLISH, FRENCH),
        (["check-blame", "--lang", "xx"], {"LANG": "en_US.UTF-8"}, ENGLISH, FRENCH),
        (["assess"], {}, FRENCH, ENGLISH),
        (["assess"], {"LANG": "en_US.UTF-8"}, ENGLISH, FRENCH),
        (["assess", EXAMPLE, "--lang", "de"], {}, FRENCH, ENGLISH),
        (["script", "--format", "pdf", "x.json", "--lang", "en"], {}, ENGLISH, FRENCH),
    ],
)
def test_help_and_errors_are_in_one_language(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    environ: dict[str, str],
    own: tuple[str, ...],
    other: tuple[str, ...],
) -> None:
    """argparse's own words follow the command's language; nothing of the other shows."""
    _, printed = run(capsys, argv, environ)
    assert any(word in printed for word in own), printed
    assert [word for word in other if word in printed] == []


@pytest.mark.parametrize("environ", [{}, {"LANG": "en_US.UTF-8"}])
def test_help_holds_no_markup(capsys: pytest.CaptureFixture[str], environ: dict[str, str]) -> None:
    """The description is the catalogue's words, not a docstring's reStructuredText."""
    code, printed = run(capsys, ["--help"], environ)
    assert code == 0
    assert "``" not in printed
    lang = "en" if environ else "fr"
    assert t(lang, "cli.description").split()[0] in printed


def test_french_headings_keep_their_colon_on_the_line(capsys: pytest.CaptureFixture[str]) -> None:
    """French help writes "options :" with a no-break space, as French typography wants."""
    _, printed = run(capsys, ["--help"], {})
    assert f"{t('fr', 'cli.argparse.options')}\u00a0:" in printed


def test_the_report_follows_the_locale_without_lang(capsys: pytest.CaptureFixture[str]) -> None:
    """A terminal in English gets an English report; --lang still decides when given."""
    assert run(capsys, ["assess", EXAMPLE], {"LANG": "en_US.UTF-8"}) == (
        0,
        run(capsys, ["assess", EXAMPLE, "--lang", "en"], {"LANG": "fr_FR.UTF-8"})[1],
    )
    code, printed = run(capsys, ["assess", EXAMPLE], {})
    assert code == 0 and printed.startswith(t("fr", "assessment.cli.verdict", title="")[:7])


def test_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    """Other parsers in the same process keep argparse's own English."""
    run(capsys, ["--help"], {})
    assert "show this help" in argparse.ArgumentParser(prog="other").format_help()
