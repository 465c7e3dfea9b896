"""The ``playbook`` command: the engine from a terminal, in one language at a time.

The language is the one ``--lang`` names, else the terminal's locale (``LC_ALL``,
``LC_MESSAGES`` or ``LANG``), else French. Help, errors and reports all use it, argparse's own
words included: they are read from the message catalogue while the command line is parsed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from widgets import __version__
from widgets.assessment import cli as assessment_cli
from widgets.fields.errors import failure, sentence
from widgets.i18n import DEFAULT_LANG, LANGS, Lang, check_lang, t
from widgets.script import cli as script_cli
from widgets.script.blame import cli as blame_cli

# The variables of the terminal's locale, the first one set deciding, as POSIX has it.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

# As for input the commands refuse (and argparse for bad arguments).
EXIT_FAILED = 2

# argparse's own words, by the text it asks gettext for, and the catalogue key of each.
ARGPARSE_MESSAGES = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "show this help message and exit": "cli.argparse.help",
    "show program's version number and exit": "cli.argparse.version",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
    "the following arguments are required: %s": "cli.argparse.required",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "expected one argument": "cli.argparse.expected_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
}


def cli_language(argv: Sequence[str], environ: Mapping[str, str]) -> Lang:
    """The language of the command: ``--lang``, else the terminal's locale, else French."""
    for index, arg in enumerate(argv):
        name, _, value = arg.partition("=")
        # argparse accepts any unambiguous start of an option's name, such as --la.
        if len(name) < 3 or not "--lang".startswith(name):
            continue
        if not value and index + 1 < len(argv):
            value = argv[index + 1]
        if value in LANGS:
            return check_lang(value)
    for variable in LOCALE_VARIABLES:
        locale = environ.get(variable, "")
        if locale:
            code = locale.split(".")[0].split("_")[0].lower()
            return check_lang(code) if code in LANGS else DEFAULT_LANG
    return DEFAULT_LANG


@contextmanager
def argparse_speaks(lang: Lang) -> Iterator[None]:
    """argparse's own words in ``lang`` while parsers are built and the command line read."""

    def translate(message: str) -> str:
        key = ARGPARSE_MESSAGES.get(message)
        return t(lang, key) if key else message

    # argparse asks gettext through its module-wide ``_``, looked up at each call.
    module = vars(argparse)
    saved = module["_"]
    module["_"] = translate
    try:
        yield
    finally:
        module["_"] = saved


def parser_class(lang: Lang) -> type[argparse.ArgumentParser]:
    """An argument parser whose help writes section headings the way ``lang`` does."""

    class Formatter(argparse.HelpFormatter):
        # argparse puts a colon after a heading; French wants a no-break space before it.
        def start_section(self, heading: str | None) -> None:
            super().start_section(t(lang, "cli.section", heading=heading) if heading else heading)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", Formatter)
            super().__init__(*args, **kwargs)

    return Parser


def build_parser(lang: Lang = DEFAULT_LANG) -> argparse.ArgumentParser:
    """The argument parser with one sub-command per tool, all of it in ``lang``."""
    with argparse_speaks(lang):
        parser_type = parser_class(lang)
        parser = parser_type(prog="playbook", description=t(lang, "cli.description"))
        parser.add_argument(
            "--version",
            action="version",
            version=f"%(prog)s {__version__}",
            help=t(lang, "cli.argparse.version"),
        )
        # Read before parsing (see cli_language); accepted here so it may come first.
        parser.add_argument("--lang", choices=LANGS, dest="command_lang", help=t(lang, "cli.lang"))
        commands = parser.add_subparsers(
            dest="command", required=True, title=t(lang, "cli.commands"), parser_class=parser_type
        )
        assessment_cli.add_parser(commands, lang)
        script_cli.add_parser(commands, lang)
        blame_cli.add_parser(commands, lang)
        # Named by its choices in errors too, as recent Pythons do by themselves.
        commands.metavar = "{" + ",".join(commands.choices or ()) + "}"
    return parser


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run one sub-command; its handler returns the exit code.

    Whatever the input, the command ends on words, never on a traceback: anything a handler
    did not foresee (a file nested too deep for Python, a figure too large to compute) is one
    line on standard error, in the command's language, and the exit code of invalid input.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = cli_language(arguments, os.environ if environ is None else environ)
    with argparse_speaks(lang):
        args = build_parser(lang).parse_args(arguments)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        # The output's reader went away (`| head`): nothing is left to say, or to flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as error:  # one line of words, never a traceback
        words = getattr(args, "lang", None) or lang
        print(" ".join(sentence(failure(error), words).split()), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
