"""``playbook assess FILE``: assess a client from a JSON file of answers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from widgets.assessment.model import assess
from widgets.assessment.parsing import parse_answers
from widgets.assessment.report import report
from widgets.fields.errors import InputError
from widgets.fields.json_text import read_json
from widgets.fields.numbers import format_number
from widgets.i18n import DEFAULT_LANG, LANGS, Lang, t

# Exit code for answers that cannot be assessed, as argparse uses for bad arguments.
EXIT_INVALID = 2


def add_parser(subparsers: Any, lang: Lang = DEFAULT_LANG) -> argparse.ArgumentParser:
    """Add the ``assess`` sub-command to ``subparsers``, its help and report in ``lang``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "assess",
        help=t(lang, "assessment.cli.help"),
        description=t(lang, "assessment.cli.help"),
    )
    parser.add_argument(
        "file", metavar=t(lang, "cli.file"), type=Path, help=t(lang, "assessment.cli.file_help")
    )
    parser.add_argument(
        "--lang", choices=LANGS, default=lang, help=t(lang, "assessment.cli.lang_help")
    )
    parser.add_argument("--json", action="store_true", help=t(lang, "assessment.cli.json_help"))
    parser.set_defaults(handler=run)
    return parser


def _points(lang: str, value: float) -> str:
    """Points written for ``lang``, one decimal at most."""
    return format_number(lang, value, 1)


def render_text(body: dict[str, Any]) -> str:
    """A report as plain text for a terminal."""
    lang = body["lang"]
    lines = [t(lang, "assessment.cli.verdict", title=body["verdict_title"])]
    if body["client_name"]:
        lines.append(t(lang, "assessment.cli.client", name=body["client_name"]))
    lines.append(body["verdict_text"])
    # The second opinion checks a case; with none to check, it would only add noise.
    if body["verdict"] != "keep":
        lines.append(body["second_opinion"]["text"])
    lines += [
        "",
        t(
            lang,
            "assessment.cli.scores",
            case=body["case_score"],
            case_band=body["case_band"]["label"],
            risk=body["risk_score"],
            risk_band=body["risk_band"]["label"],
        ),
    ]
    if body["what_would_change"]:
        lines += ["", t(lang, "assessment.cli.what_would_change")]
        lines += [f"  → {change['text']}" for change in body["what_would_change"]]
    lines += ["", t(lang, "assessment.cli.criteria")]
    for item in body["contributions"]:
        lines.append(
            t(
                lang,
                "assessment.cli.contribution",
                kind=t(lang, f"assessment.scores.{item['kind']}"),
                label=item["label"],
                points=_points(lang, item["points"]),
                max_points=_points(lang, item["max_points"]),
                step=item["step"]["label"],
            )
        )
    lines += ["", t(lang, "assessment.cli.money"), "  " + body["money"]["text"]]
    if body["flags"]:
        lines += ["", t(lang, "assessment.cli.flags")]
        lines += [f"  ! {flag['text']} ({flag['step']['label']})" for flag in body["flags"]]
    lines += ["", t(lang, "assessment.cli.next_steps")]
    lines += [
        f"  {number}. {step['text']} ({step['step']['label']})"
        for number, step in enumerate(body["next_steps"], start=1)
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Read the answers, print the report or the errors, and return the exit code."""
    lang: str = args.lang
    try:
        data = read_json(Path(args.file).read_text("utf-8"))
    except OSError as error:
        print(
            t(lang, "assessment.cli.unreadable", file=args.file, reason=error.strerror),
            file=sys.stderr,
        )
        return EXIT_INVALID
    except ValueError as error:
        print(t(lang, "assessment.cli.not_json", file=args.file, reason=error), file=sys.stderr)
        return EXIT_INVALID
    try:
        answers = parse_answers(data)
    except InputError as error:
        for message in error.messages(lang):
            print(message, file=sys.stderr)
        return EXIT_INVALID
    body = report(assess(answers), answers, lang)
    print(json.dumps(body, ensure_ascii=False, indent=2) if args.json else render_text(body))
    return 0
