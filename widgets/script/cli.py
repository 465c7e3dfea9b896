"""The ``script`` sub-command: a script from a JSON file of inputs, printed to stdout."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from widgets.fields.errors import InputError
from widgets.fields.json_text import read_json
from widgets.i18n import DEFAULT_LANG, LANGS, t
from widgets.script.blame.warnings import blame_warnings
from widgets.script.generate import generate
from widgets.script.inputs import parse_inputs
from widgets.script.render import FORMATS, render

EXIT_INVALID = 2


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``script`` sub-command to the ``playbook`` command."""
    # Help is shown before any file is read, so it uses the site's first language.
    lang = DEFAULT_LANG
    parser = subparsers.add_parser("script", help=t(lang, "script.cli.help"))
    parser.description = t(lang, "script.cli.help")
    parser.add_argument("file", metavar="FILE", help=t(lang, "script.cli.file"))
    parser.add_argument("--lang", choices=LANGS, help=t(lang, "script.cli.lang"))
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help=t(lang, "script.cli.format")
    )
    parser.set_defaults(handler=run)


def _load(path: str) -> Any:
    """The JSON value in the file at ``path``."""
    with open(path, encoding="utf-8") as handle:
        return read_json(handle.read())


def run(args: argparse.Namespace) -> int:
    """Print the script of ``args.file``; exit code 2 when the inputs are invalid."""
    lang: str = args.lang or DEFAULT_LANG
    try:
        data = _load(args.file)
    except OSError as error:
        detail = error.strerror or str(error)
        print(t(lang, "script.cli.unreadable", path=args.file, detail=detail), file=sys.stderr)
        return EXIT_INVALID
    except ValueError as error:  # invalid JSON or invalid UTF-8
        print(t(lang, "script.cli.bad_json", path=args.file, detail=error), file=sys.stderr)
        return EXIT_INVALID
    if isinstance(data, dict):
        if args.lang:
            data = {**data, "lang": args.lang}
        elif data.get("lang") in LANGS:
            lang = data["lang"]
    try:
        inputs = parse_inputs(data)
    except InputError as error:
        print(t(lang, "script.cli.invalid", path=args.file), file=sys.stderr)
        for message in error.messages(lang):
            print(f"  {message}", file=sys.stderr)
        return EXIT_INVALID
    script = generate(inputs)
    # The widget shows blame beside the own-reasons field; a terminal has only this list,
    # and the email format, meant for pasting, gets it on stderr.
    blame = blame_warnings(inputs)
    script = replace(script, warnings=(*script.warnings, *blame))
    if args.format == "email":
        for warning in blame:
            print(f"! {warning.text}", file=sys.stderr)
    sys.stdout.write(render(script, args.format))
    return 0
