"""A calendar reminder to reassess a client, for the "fix first" verdict (RFC 5545)."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

from widgets.i18n import check_lang, t
from widgets.script.errors import LocalizedError

MIN_DAYS = 1
MAX_DAYS = 365
CLIENT_MAX_LENGTH = 10_000
LINE_OCTETS = 75
# Text values may not hold control characters, except the tab (RFC 5545, 3.3.11).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class ReminderError(LocalizedError):
    """The reminder cannot be made from these values."""

    prefix = "script.reminder"


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


def reminder_ics(client_name: str, days: int, today: date, lang: str) -> str:
    """An iCalendar file with one all-day event to reassess the client ``days`` after ``today``."""
    lang = check_lang(lang)
    if isinstance(days, bool) or not isinstance(days, int) or not MIN_DAYS <= days <= MAX_DAYS:
        raise ReminderError("days_error", min=MIN_DAYS, max=MAX_DAYS)
    if not isinstance(client_name, str) or len(client_name) > CLIENT_MAX_LENGTH:
        raise ReminderError("client_error", max=CLIENT_MAX_LENGTH)
    client = " ".join(client_name.split()) or t(lang, "script.placeholders.client_name")
    try:
        day = today + timedelta(days=days)
        day_after = day + timedelta(days=1)
    except OverflowError:
        raise ReminderError("today_error", value=today.isoformat()) from None
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Client Exit Playbook//Reminder//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{reminder_uid(client_name, days, today, lang)}",
        f"DTSTAMP:{today:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day_after:%Y%m%d}",
        f"SUMMARY:{escape_text(t(lang, 'script.reminder.summary', client=client))}",
        f"DESCRIPTION:{escape_text(t(lang, 'script.reminder.description', days=days))}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold_line(line) + "\r\n" for line in lines)
