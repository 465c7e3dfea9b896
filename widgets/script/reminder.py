"""A calendar reminder to reassess a client, for the "fix first" verdict (RFC 5545)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

from widgets.fields.errors import FieldError, InputError
from widgets.fields.parse import parse
from widgets.fields.table import Form, Group, row
from widgets.i18n import check_lang, t

MIN_DAYS = 1
MAX_DAYS = 365
DEFAULT_DAYS = 30
CLIENT_MAX_LENGTH = 10_000
LINE_OCTETS = 75
# Text values may not hold control characters, except the tab (RFC 5545, 3.3.11).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class ReminderRequest:
    """What a reminder is made from; the page shows the delay, and sends the rest itself."""

    client_name: str = row("text", "", max_length=CLIENT_MAX_LENGTH)
    days: int = row("int", DEFAULT_DAYS, group="reminder", minimum=MIN_DAYS, maximum=MAX_DAYS)
    today: date | None = row("date", required=True)


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


def reminder_uid(client_name: str, days: int, today: date, lang: str) -> str:
    """A UID that is the same for the same inputs, so re-downloading does not duplicate it."""
    seed = "\x1f".join((client_name, str(days), today.isoformat(), lang)).encode("utf-8")
    return f"{hashlib.sha256(seed).hexdigest()[:32]}@client-exit-playbook"


def reminder_ics(client_name: object, days: object, today: object, lang: str) -> str:
    """An iCalendar file with one all-day event to reassess the client ``days`` after ``today``.

    The values are checked as the reminder's form (InputError when one does not hold).
    """
    request = parse(REMINDER, {"client_name": client_name, "days": days, "today": today})
    return calendar(request, check_lang(lang))


def calendar(request: ReminderRequest, lang: str) -> str:
    """The iCalendar text of a checked reminder."""
    name, delay, start = request.client_name, request.days, request.today
    assert start is not None
    client = " ".join(name.split()) or t(lang, "script.placeholders.client_name")
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
        f"UID:{reminder_uid(name, delay, start, lang)}",
        f"DTSTAMP:{start:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day_after:%Y%m%d}",
        f"SUMMARY:{escape_text(t(lang, 'script.reminder.summary', client=client))}",
        f"DESCRIPTION:{escape_text(t(lang, 'script.reminder.description', days=delay))}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold_line(line) + "\r\n" for line in lines)
