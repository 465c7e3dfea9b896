"""The ``playbook`` command: the engine from a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from widgets import __version__
from widgets.assessment import cli as assessment_cli
from widgets.script import cli as script_cli
from widgets.script.blame import cli as blame_cli


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
    """Run one sub-command; its handler returns the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
