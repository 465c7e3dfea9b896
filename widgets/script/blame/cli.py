"""``playbook check-blame``: the blame check on a text read from standard input.

One line per flagged sentence on standard output, ``LINE<TAB>WORDS<TAB>SUGGESTION``, so a
reader can check the email they are about to send, or a script can test the exit status.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from widgets.i18n import DEFAULT_LANG, LANGS, Lang, t
from widgets.script.blame.check import flag_sentences

EXIT_FLAGGED = 1
EXIT_INVALID = 2


def add_parser(subparsers: Any, lang: Lang = DEFAULT_LANG) -> argparse.ArgumentParser:
    """Add the ``check-blame`` sub-command to ``subparsers``, its help in ``lang``.

    The text is checked, and the messages written, in the command's language unless
    ``--lang`` names another.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "check-blame",
        help=t(lang, "script.blame.cli.help"),
        description=t(lang, "script.blame.cli.help"),
    )
    parser.add_argument(
        "--lang", choices=LANGS, default=lang, help=t(lang, "script.blame.cli.lang")
    )
    parser.set_defaults(handler=run)
    return parser


def report(text: str, lang: str) -> list[str]:
    """The output lines for ``text``: ``LINE<TAB>WORDS<TAB>SUGGESTION`` per flagged sentence."""
    return [
        f"{sentence.line}\t{sentence.words}\t{sentence.suggestion}"
        for sentence in flag_sentences(text, lang)
    ]


def run(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    """Check standard input; exit 1 when a sentence is flagged, 0 when none, 2 on bad input."""
    lang: str = args.lang
    source = stdin or sys.stdin
    try:
        text = source.read()
    except UnicodeDecodeError as error:
        print(t(lang, "script.blame.cli.not_utf8", detail=error.reason), file=sys.stderr)
        return EXIT_INVALID
    lines = report(text, lang)
    for line in lines:
        print(line)
    if lines:
        print(t(lang, "script.blame.cli.flagged", count=len(lines)), file=sys.stderr)
        return EXIT_FLAGGED
    print(t(lang, "script.blame.cli.clean"), file=sys.stderr)
    return 0
