"""The ``playbook`` command: the engine from a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from widgets import __version__
from widgets.assessment import cli as assessment_cli
from widgets.fields.errors import failure, sentence
from widgets.i18n import DEFAULT_LANG
from widgets.script import cli as script_cli
from widgets.script.blame import cli as blame_cli

# As for input the commands refuse (and argparse for bad arguments).
EXIT_FAILED = 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per tool."""
    parser = argparse.ArgumentParser(prog="playbook", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    assessment_cli.add_parser(commands)
    script_cli.add_parser(commands)
    blame_cli.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command; its handler returns the exit code.

    Whatever the input, the command ends on words, never on a traceback: anything a handler
    did not foresee (a file nested too deep for Python, a figure too large to compute) is one
    line on standard error, in the command's language, and the exit code of invalid input.
    """
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except BrokenPipeError:
        # The output's reader went away (`| head`): nothing is left to say, or to flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as error:  # one line of words, never a traceback
        lang = getattr(args, "lang", None) or DEFAULT_LANG
        print(" ".join(sentence(failure(error), lang).split()), file=sys.stderr)
        return EXIT_FAILED
    return code


if __name__ == "__main__":
    sys.exit(main())
