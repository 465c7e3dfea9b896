"""The script generator's field table: what the reader gives it, one row per field.

Each attribute of ``ScriptInputs`` is a field of the form, in the order the parser reads and
reports them, with its type, its blank default, its fieldset and its limits. The form on the
page, the parser, the error messages and the templates' values all come from these rows: a new
field is one row here (and its words in the catalogues, and its use in the templates).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Literal

from widgets.fields.parse import parse
from widgets.fields.table import Form, Group, row
from widgets.i18n import DEFAULT_LANG, LANGS, Lang, t
from widgets.languages import NAMES
from widgets.script.reasons import REASONS

Channel = Literal["phone", "in_person"]
Tone = Literal["formal", "cordial"]
CHANNELS: tuple[Channel, ...] = ("phone", "in_person")
TONES: tuple[Tone, ...] = ("formal", "cordial")
# Where the reader's business is: French law's notes, delivery line and notice warnings, or
# the generic ones.
Country = Literal["france", "elsewhere"]
COUNTRIES: tuple[Country, ...] = ("france", "elsewhere")
# How the contact person is addressed: a title for the salutations, or none (the full name).
Title = Literal["none", "ms", "mr"]
TITLES: tuple[Title, ...] = ("none", "ms", "mr")
# An open-ended contract ends with a notice (Code civil, art. 1211); a fixed-term one runs to
# its term (art. 1212), and the letter then says it will not be renewed.
ContractKind = Literal["open_ended", "fixed_term"]
CONTRACT_KINDS: tuple[ContractKind, ...] = ("open_ended", "fixed_term")

TEXT_MAX_LENGTH = 10_000
LIST_MAX_ITEMS = 100
# Beyond ten years of notice a date computation is meaningless (and could overflow). No notice
# at all is no ordinary exit: it takes the client's serious breach, after a formal notice
# (Code civil, art. 1224 to 1226), which is a lawyer's letter, not this one.
NOTICE_MIN_DAYS = 1
NOTICE_MAX_DAYS = 3_650
RELATIONSHIP_MAX_YEARS = 100
# Two rows cover a main and a fallback provider; the parser drops rows left blank.
REPLACEMENT_ROWS = 2


def _text(group: str = "", lines: int = 1, autocomplete: str = "off") -> Any:
    """A free text, blank by default, kept as typed but for its outer spaces."""
    return row(
        "text",
        "",
        group=group,
        max_length=TEXT_MAX_LENGTH,
        lines=lines,
        autocomplete=autocomplete,
    )


def _box(default: bool = False, group: str = "") -> Any:
    """A box to tick."""
    return row("bool", default, group=group)


@dataclass(frozen=True)
class Replacement:
    """A provider the reader recommends to the client: one row of the list."""

    name: str = _text()
    contact: str = _text()


@dataclass(frozen=True)
class Handover:
    """What the reader commits to hand over before the end date, one box each, worded as the
    law has it: deliverables as the contract says and once paid, rights only by a written
    assignment, personal data returned or deleted at the client's choice."""

    work_in_progress: bool = _box()
    files: bool = _box()
    rights: bool = _box()
    access: bool = _box()
    domains: bool = _box()
    personal_data: bool = _box()
    final_invoice: bool = _box(True)
    refund: bool = _box()

    def chosen(self) -> tuple[str, ...]:
        """The ids of the items ticked, in form order."""
        return tuple(item.name for item in fields(self) if getattr(self, item.name))


@dataclass(frozen=True)
class ScriptInputs:
    """Every input of the generator; each default is a blank form."""

    lang: Lang = row(
        "choice", DEFAULT_LANG, group="conversation", choices=LANGS, choice_names=NAMES, select=True
    )
    channel: Channel = row("choice", "phone", group="conversation", choices=CHANNELS)
    tone: Tone = row("choice", "formal", group="conversation", choices=TONES)
    your_name: str = _text("you", autocomplete="name")
    your_role: str = _text("you", autocomplete="organization-title")
    your_company: str = _text("you", autocomplete="organization")
    your_address: str = _text("you", lines=3, autocomplete="street-address")
    your_email: str = _text("you", autocomplete="email")
    your_website: str = _text("you", autocomplete="url")
    country: Country = row("choice", "france", group="you", choices=COUNTRIES)
    client_name: str = _text("client")
    contact_title: Title = row("choice", "none", group="client", choices=TITLES)
    contact_first_name: str = _text("client")
    contact_last_name: str = _text("client")
    # The client's postal address (the id predates the contact person's fields).
    client_contact: str = _text("client", lines=3)
    client_email: str = _text("client")
    reasons: tuple[str, ...] = row(
        "ids",
        (),
        group="reasons",
        choices=tuple(item.id for item in REASONS),
        choice_keys="script.reasons.{choice}.label",
        max_items=LIST_MAX_ITEMS,
        unique=True,
    )
    own_reasons: tuple[str, ...] = row(
        "text_list",
        (),
        group="reasons",
        max_length=TEXT_MAX_LENGTH,
        max_items=LIST_MAX_ITEMS,
        lines=3,
    )
    # The registered letter stays sober unless the reader asks for the reasons in it too.
    reasons_in_letter: bool = _box(False, "reasons")
    # Off unless the reader ticks it: it is said only when it is true.
    capacity_line: bool = _box(False, "conversation")
    replacements: tuple[Replacement, ...] = row(
        "records",
        (),
        group="replacements",
        model=Replacement,
        max_items=LIST_MAX_ITEMS,
        rows=REPLACEMENT_ROWS,
    )
    contract_kind: ContractKind = row(
        "choice", "open_ended", group="transition", choices=CONTRACT_KINDS
    )
    send_date: date | None = row("date", group="transition")
    notice_days: int | None = row(
        "int", group="transition", minimum=NOTICE_MIN_DAYS, maximum=NOTICE_MAX_DAYS
    )
    relationship_years: float | None = row(
        "number", group="transition", minimum=0, maximum=RELATIONSHIP_MAX_YEARS
    )
    end_date: date | None = row("date", group="transition")
    handover: Handover = row("flags", Handover(), group="transition", model=Handover)
    holds_stake: bool = _box(False, "client")


SCRIPT: Form[ScriptInputs] = Form(
    ScriptInputs,
    "script",
    groups=(
        Group("you"),
        Group("client"),
        Group("reasons"),
        Group("conversation"),
        Group("replacements"),
        Group("transition"),
    ),
)


def parse_inputs(data: object) -> ScriptInputs:
    """Check every field of ``data`` and build the inputs, or raise InputError with all errors."""
    return parse(SCRIPT, data)


def field_label(field_id: str, lang: str) -> str:
    """The form label of one field of the generator."""
    return t(lang, SCRIPT.by_id[field_id].label_key)
