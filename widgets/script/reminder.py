"""A calendar reminder about a client (RFC 5545), worded for the path the reader is on.

The assessment's verdict sets the path: "keep" and "fix first" call for taking the assessment
again; an exit, or a script written without an assessment, calls for following up on the end
of the relationship (part 2). The event carries an alarm on its morning.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

from widgets.assessment.verdicts import VERDICTS, Verdict
from widgets.fields.errors import FieldError, InputError
from widgets.fields.parse import parse
from widgets.fields.table import Form, Group, row
from widgets.i18n import check_lang, t

MIN_DAYS = 1
MAX_DAYS = 365
DEFAULT_DAYS = 30
CLIENT_MAX_LENGTH = 10_000
LINE_OCTETS = 75
# The alarm rings on the morning of the day: 9 hours after the all-day event starts.
ALARM_TRIGGER = "PT9H"
# What the reminder asks the reader to do, by the verdict of their assessment: take it again,
# or follow up on an exit. Without an assessment, the script is for an exit.
PATHS: dict[Verdict | None, str] = {
    "keep": "keep",
    "fix_first": "fix_first",
    "hand_over": "exit",
    "exit_with_care": "exit",
    "exit": "exit",
    None: "exit",
}
# Text values may not hold control characters, except the tab (RFC 5545, 3.3.11).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class ReminderRequest:
    """What a reminder is made from; the page shows the delay, and sends the rest itself (the
    verdict of the assessment the script comes from, if any)."""

    client_name: str = row("text", "", max_length=CLIENT_MAX_LENGTH)
    days: int = row("int", DEFAULT_DAYS, group="reminder", minimum=MIN_DAYS, maximum=MAX_DAYS)
    today: date | None = row("date", required=True)
    verdict: Verdict | None = row(
        "choice", None, choices=VERDICTS, choice_keys="assessment.verdicts.{choice}.title"
    )


REMINDER: Form[ReminderRequest] = Form(
    ReminderRequest, "reminder", keys="script.reminder", groups=(Group("reminder"),)
)


def escape_text(value: str) -> str:
    """A TEXT value with backslashes, semicolons, commas and line breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _CONTROLS.sub("", value)


def fold_line(line: str) -> str:
    """One content line folded at 75 octets, never inside a UTF-8 character."""
    parts: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            # A continuation line starts with a space, which counts in its 75 octets.
            current, size, limit = char, width, LINE_OCTETS - 1
        else:
            current, size = current + char, size + width
    parts.append(current)
    return "\r\n ".join(parts)


def reminder_uid(client_name: str, days: int, today: date, lang: str, path: str = "") -> str:
    """A UID that is the same for the same inputs, so re-downloading does not duplicate it."""
    seed = "\x1f".join((client_name, str(days), today.isoformat(), lang, path)).encode("utf-8")
    return f"{hashlib.sha256(seed).hexdigest()[:32]}@client-exit-playbook"


def reminder_ics(
    client_name: object, days: object, today: object, lang: str, verdict: object = None
) -> str:
    """An iCalendar file with one all-day event ``days`` after ``today``, about the client.

    The values are checked as the reminder's form (InputError when one does not hold).
    """
    values = {"client_name": client_name, "days": days, "today": today, "verdict": verdict}
    return calendar(parse(REMINDER, values), check_lang(lang))


def reminder_texts(request: ReminderRequest, lang: str) -> tuple[str, str]:
    """The event's summary and description: what to do on the reader's path, and with whom,
    or plainly that no client was named."""
    keys = f"script.reminder.paths.{PATHS[request.verdict]}"
    client = " ".join(request.client_name.split())
    if client:
        summary = t(lang, f"{keys}.summary", client=client)
    else:
        summary = t(lang, f"{keys}.summary_unnamed")
    return summary, t(lang, f"{keys}.description", days=request.days)


def calendar(request: ReminderRequest, lang: str) -> str:
    """The iCalendar text of a checked reminder."""
    name, delay, start = request.client_name, request.days, request.today
    assert start is not None
    summary, description = reminder_texts(request, lang)
    try:
        day = start + timedelta(days=delay)
        day_after = day + timedelta(days=1)
    except OverflowError:
        error = FieldError("today", "not_a_date", {"value": start.isoformat()})
        raise InputError(REMINDER, (error,)) from None
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Client Exit Playbook//Reminder//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{reminder_uid(name, delay, start, lang, PATHS[request.verdict])}",
        f"DTSTAMP:{start:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day_after:%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER;RELATED=START:{ALARM_TRIGGER}",
        f"DESCRIPTION:{escape_text(summary)}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold_line(line) + "\r\n" for line in lines)
