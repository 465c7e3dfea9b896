"""The ``script`` sub-command: a script from a JSON file of inputs, printed to stdout."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from widgets.fields.errors import InputError
from widgets.fields.json_text import read_json
from widgets.i18n import DEFAULT_LANG, LANGS, Lang, t
from widgets.script.blame.warnings import blame_warnings
from widgets.script.caveats import placeholder_warning, placeholders_in
from widgets.script.generate import generate
from widgets.script.inputs import parse_inputs
from widgets.script.render import FORMATS, render

EXIT_INVALID = 2


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Lang = DEFAULT_LANG
) -> None:
    """Add the ``script`` sub-command to the ``playbook`` command, its help in ``lang``."""
    parser = subparsers.add_parser("script", help=t(lang, "script.cli.help"))
    parser.description = t(lang, "script.cli.help")
    parser.add_argument("file", metavar=t(lang, "cli.file"), help=t(lang, "script.cli.file"))
    parser.add_argument("--lang", choices=LANGS, help=t(lang, "script.cli.lang"))
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help=t(lang, "script.cli.format")
    )
    # Messages are in the command's language; the script in --lang, else the file's.
    parser.set_defaults(handler=run, messages_lang=lang)


def _load(path: str) -> Any:
    """The JSON value in the file at ``path``."""
    with open(path, encoding="utf-8") as handle:
        return read_json(handle.read())


def run(args: argparse.Namespace) -> int:
    """Print the script of ``args.file``; exit code 2 when the inputs are invalid."""
    lang: str = args.lang or getattr(args, "messages_lang", DEFAULT_LANG)
    try:
        data = _load(args.file)
    except OSError as error:
        detail = error.strerror or str(error)
        print(t(lang, "script.cli.unreadable", path=args.file, detail=detail), file=sys.stderr)
        return EXIT_INVALID
    except ValueError as error:  # invalid JSON or invalid UTF-8
        print(t(lang, "script.cli.bad_json", path=args.file, detail=error), file=sys.stderr)
        return EXIT_INVALID
    if isinstance(data, dict) and args.lang:
        data = {**data, "lang": args.lang}
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
        # The email alone is for pasting: what it still lacks goes to stderr, with the blame.
        email = (script.email.subject, script.email.body)
        markers = placeholder_warning(inputs.lang, placeholders_in(email))
        for warning in (*blame, *([markers] if markers else [])):
            print(f"! {warning.text}", file=sys.stderr)
    sys.stdout.write(render(script, args.format))
    return 0
