"""Who the letters speak to: the company, and the contact person with their title.

A company is never greeted as a person: with no contact person, the letters open with the
language's formula for an unknown reader ("Madame, Monsieur," / "Dear Sir or Madam,"). The
words are in the catalogues (``script.titles``, ``script.salutations``); the rules are here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from widgets.i18n import t
from widgets.script.inputs import ScriptInputs
from widgets.script.wording import oneline

# How the contact person is known: title and last name, a title alone, a name without a
# title, or nobody named at all.
Form = Literal["titled", "title_only", "named", "nobody"]
# What may follow a name at the start of an address line: "ACME, 1 rue..." or "ACME - ...".
_SEPARATOR = re.compile(r"\s*[,;:\-\u2013\u2014/]\s*")


@dataclass(frozen=True)
class Addressee:
    """The contact person as the letters address them."""

    title: str
    first_name: str
    last_name: str

    @property
    def form(self) -> Form:
        """Which salutation rule applies."""
        if self.title != "none" and self.last_name:
            return "titled"
        if self.title != "none":
            return "title_only"
        if self.first_name or self.last_name:
            return "named"
        return "nobody"

    @property
    def full_name(self) -> str:
        """First and last names, as given."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def addressee(inputs: ScriptInputs) -> Addressee:
    """The contact person of these inputs."""
    return Addressee(
        inputs.contact_title,
        oneline(inputs.contact_first_name),
        oneline(inputs.contact_last_name),
    )


def _title(lang: str, person: Addressee) -> str:
    """The title as a salutation writes it before a name ("Ms", "Madame")."""
    return t(lang, f"script.titles.{person.title}")


def salutation(lang: str, tone: str, person: Addressee) -> str:
    """The line that opens the email and the letter."""
    form = person.form
    if tone == "cordial" and form != "nobody":
        return t(lang, "script.salutations.hello", name=spoken_name(lang, tone, person))
    if tone == "cordial":
        return t(lang, "script.salutations.hello_nobody")
    if form == "titled":
        return t(
            lang,
            "script.salutations.titled",
            title=_title(lang, person),
            last_name=person.last_name,
        )
    if form == "title_only":
        return t(lang, f"script.salutations.alone_{person.title}")
    if form == "named":
        return t(lang, "script.salutations.named", name=person.full_name)
    return t(lang, "script.salutations.nobody")


def spoken_name(lang: str, tone: str, person: Addressee) -> str:
    """How the conversation addresses the person ("Ms Lee", "Madame Dupuis", "Jordan"), or ""."""
    form = person.form
    if tone == "cordial" and person.first_name:
        return person.first_name
    if form == "titled":
        return f"{_title(lang, person)} {person.last_name}"
    if form == "named":
        return person.full_name
    return ""


def closing_address(lang: str, person: Addressee) -> str:
    """How a formal French closing repeats the salutation ("Madame", "Madame, Monsieur"), or
    "" when the salutation named the person without a title."""
    form = person.form
    if form in ("titled", "title_only"):
        return t(lang, f"script.salutations.alone_{person.title}").rstrip(",")
    if form == "named":
        return ""
    return t(lang, "script.salutations.nobody").rstrip(",")


def attention_line(lang: str, person: Addressee) -> str:
    """The address block's line for the contact person ("For the attention of Ms Jordan
    Lee"), or "" when there is none."""
    if not person.full_name:
        return ""
    return t(lang, "script.address.attention", name=named_with_title(lang, person))


def named_with_title(lang: str, person: Addressee) -> str:
    """The person's full name after their title, as an address writes it."""
    if person.title == "none":
        return person.full_name
    return f"{_title(lang, person)} {person.full_name}".strip()


def _key(text: str) -> str:
    """A text compared without case, spaces or punctuation around it."""
    return re.sub(r"\W+", " ", text.casefold()).strip()


def address_lines(lines: list[str], company: str, person: Addressee) -> list[str]:
    """The client's address lines without what the block already gives: a line that is the
    company's name, the company's name at the start of a line, a line naming the contact
    person ("M. Jean Dupuis", "Attn: Jean Dupuis")."""
    company_key, person_key = _key(company), _key(person.full_name)
    kept: list[str] = []
    for line in lines:
        key = _key(line)
        if company_key and key == company_key:
            continue
        # A name of two words or more inside a line is the person; one word alone may be a
        # street's or a building's.
        if person_key and (
            key == person_key or (" " in person_key and f" {person_key} " in f" {key} ")
        ):
            continue
        if company_key and line.casefold().startswith(company.casefold()):
            rest = line[len(company) :]
            separator = _SEPARATOR.match(rest)
            if separator:
                line = rest[separator.end() :]
        if line.strip():
            kept.append(line.strip())
    return kept
