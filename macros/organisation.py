"""An internal copy's own settings: ``organisation.yml``, read and checked at build time.

The file is optional: without it the site is the public playbook. With it, the script
generator starts from the organisation's letterhead and defaults, the deal-breakers page and
the assessment offer its policy, the verdict and Part 2 name who to ask, and the theme takes
its name, logo and colours. The file is checked against ``schema()``, which the site
publishes beside its other schemas; any error stops the build with the file, the key and
what is expected.

Checked with jsonschema (already pinned in requirements/dev.lock): this runs at build time in
CPython only, never in the browser.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Neither ships type hints, and their stub packages are not among the pinned dependencies.
import yaml  # type: ignore[import-untyped]
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

from macros.render import page_lang, render
from widgets.i18n import t
from widgets.languages import LANGS

ROOT = Path(__file__).resolve().parents[1]
FILE_NAME = "organisation.yml"
# Where tests and other builds point to another file, e.g. examples/organisation.yml.
PATH_VARIABLE = "PLAYBOOK_ORGANISATION"
SCHEMA_NAME = "organisation.schema.json"
TEXT_MAX_LENGTH = 500
# As the script generator bounds its notice (widgets.script.inputs).
NOTICE_MIN_DAYS = 1
NOTICE_MAX_DAYS = 3_650
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"
# The generator's country choice for each value of ``country``.
COUNTRIES = {"fr": "france", "other": "elsewhere"}


class OrganisationError(Exception):
    """The organisation's file cannot be used: the message says where and what is expected."""


def _text(what: str) -> dict[str, Any]:
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": TEXT_MAX_LENGTH,
        "pattern": r"\S",
        "description": f"{what} (a text of 1 to {TEXT_MAX_LENGTH} characters)",
    }


def _per_language(what: str, item: dict[str, Any]) -> dict[str, Any]:
    codes = ", ".join(f"`{lang}`" for lang in LANGS)
    return {
        "type": "object",
        "additionalProperties": False,
        "minProperties": 1,
        "properties": {lang: item for lang in LANGS},
        "description": f"{what}, per language: a mapping with one or more of {codes}",
    }


def _email(what: str) -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": EMAIL_PATTERN,
        "maxLength": TEXT_MAX_LENGTH,
        "description": f"{what}, such as contact@example.org",
    }


def _colour(what: str) -> dict[str, Any]:
    return {
        "type": "string",
        "pattern": COLOUR_PATTERN,
        "description": f"{what}, written #RRGGBB (such as #0b6e4f)",
    }


def schema() -> dict[str, Any]:
    """The JSON Schema of ``organisation.yml``; each ``description`` is what an error quotes."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_NAME,
        "title": FILE_NAME,
        "description": "An internal copy of the Client Exit Playbook made an organisation's "
        "own. Every key is optional; an unknown key stops the build.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "name": _text("the organisation's name, as its letters give it"),
            "address": {
                "type": "array",
                "minItems": 1,
                "maxItems": 10,
                "items": _text("one line of the postal address"),
                "description": "the postal address: a list of 1 to 10 lines",
            },
            "signature": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {
                    "name": _text("the signatory's name"),
                    "role": {
                        "anyOf": [
                            _text("the signatory's role"),
                            _per_language("the signatory's role", _text("the signatory's role")),
                        ],
                        "description": "the signatory's role, under the name: a text, or a "
                        "mapping with one text per language",
                    },
                },
                "description": "who signs the letters: a mapping with `name` and, "
                "optionally, `role`",
            },
            "website": {
                "type": "string",
                "pattern": r"^https?://\S+$",
                "maxLength": TEXT_MAX_LENGTH,
                "description": "the website's address, starting with https:// or http://",
            },
            "email": _email("the organisation's email address"),
            "country": {
                "enum": list(COUNTRIES),
                "description": "where the organisation is: `fr` (France: French law's notes "
                "and notice warnings) or `other`",
            },
            "notice_days": {
                "type": "integer",
                "minimum": NOTICE_MIN_DAYS,
                "maximum": NOTICE_MAX_DAYS,
                "description": "the notice the letters give by default, in days: a whole "
                f"number from {NOTICE_MIN_DAYS} to {NOTICE_MAX_DAYS}",
            },
            "deal_breakers": _per_language(
                "the organisation's deal-breakers policy",
                {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 100,
                    "items": _text("one deal-breaker"),
                    "description": "a list of 1 to 100 deal-breakers, one text each",
                },
            ),
            "contact": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "email"],
                "properties": {
                    "name": _text("the contact's name"),
                    "email": _email("the contact's email address"),
                },
                "description": "who to ask inside the organisation before ending a client "
                "relationship: a mapping with `name` and `email`",
            },
            "logo": {
                "type": "string",
                "pattern": r"(?i)^\S.*\.(svg|png)$",
                "maxLength": TEXT_MAX_LENGTH,
                "description": "an SVG or PNG file, its path relative to organisation.yml",
            },
            "palette": {
                "type": "object",
                "additionalProperties": False,
                "minProperties": 1,
                "properties": {
                    "primary": _colour("the header's colour"),
                    "accent": _colour("the colour of links and controls under the pointer"),
                },
                "description": "the site's colours: a mapping with `primary` and/or `accent`",
            },
            "site_name": _per_language("the site's name", _text("the site's name")),
        },
    }


@dataclass(frozen=True)
class Contact:
    """Who to ask inside the organisation before ending a client relationship."""

    name: str
    email: str


@dataclass(frozen=True)
class Organisation:
    """The settings of ``organisation.yml``; a key left out is blank or ``None``."""

    source: Path
    name: str = ""
    address: tuple[str, ...] = ()
    signatory: str = ""
    # The role per language: a role given as one text is the same in every language.
    role: dict[str, str] = field(default_factory=dict)
    website: str = ""
    email: str = ""
    country: str | None = None
    notice_days: int | None = None
    deal_breakers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    contact: Contact | None = None
    logo: Path | None = None
    primary: str | None = None
    accent: str | None = None
    site_name: dict[str, str] = field(default_factory=dict)

    def policy(self, lang: str) -> tuple[str, ...]:
        """The deal-breakers policy in ``lang`` (empty when the file has none in it)."""
        return self.deal_breakers.get(lang, ())

    def script_defaults(self, lang: str) -> dict[str, Any]:
        """The script generator's fields this file fills, by field id, for the page in ``lang``;
        readers can change each."""
        values: dict[str, Any] = {
            "your_name": self.signatory,
            "your_role": self.role.get(lang, ""),
            "your_company": self.name,
            "your_address": "\n".join(self.address),
            "your_email": self.email,
            "your_website": self.website,
            "country": COUNTRIES[self.country] if self.country else None,
            # As the reader would type it: the form shows texts (macros/templates/fields.html).
            "notice_days": str(self.notice_days) if self.notice_days else None,
        }
        return {key: value for key, value in values.items() if value}


def _key(error: ValidationError) -> str:
    """Where the error is, as a YAML reader would name it: ``palette.primary``, ``address[2]``."""
    key = ""
    for part in error.absolute_path:
        key += f"[{part + 1}]" if isinstance(part, int) else f".{part}" if key else str(part)
    return key or "top level"


def _message(path: Path, error: ValidationError) -> str:
    """One error as the person editing the file needs it: file, key, what is expected."""
    where = f"{path}: {_key(error)}"
    if error.validator == "additionalProperties":
        known = ", ".join(error.schema.get("properties", {}))
        unknown = ", ".join(
            repr(name) for name in error.instance if name not in error.schema.get("properties", {})
        )
        return f"{where}: unknown key {unknown}; the keys this file takes are: {known}"
    if error.validator == "required":
        return f"{where}: {error.message.replace(' property', ' key')}: expected " + str(
            error.schema.get("description", "")
        )
    if not error.absolute_path and error.validator == "type":
        found = error.instance
        return f"{where}: expected a mapping of keys (such as `name: ...`); found {found!r}"
    expected = error.schema.get("description", error.message)
    return f"{where}: expected {expected}; found {error.instance!r}"


def _read(path: Path) -> Any:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise OrganisationError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}, line {mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise OrganisationError(f"{where}: this is not valid YAML ({problem})") from exc


def _per_language_text(value: str | dict[str, str] | None) -> dict[str, str]:
    """A text given once for every language, or per language, as a mapping by language."""
    if value is None:
        return {}
    if isinstance(value, str):
        return dict.fromkeys(LANGS, value.strip())
    return {lang: text.strip() for lang, text in value.items()}


def parse(path: Path) -> Organisation:
    """The organisation in ``path``, or OrganisationError naming every problem in it."""
    data = _read(path)
    if data is None:
        data = {}
    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        # A blank line breaks both the length and the pattern of a text: one message is enough.
        messages = dict.fromkeys(_message(path, error) for error in errors)
        raise OrganisationError("\n".join(messages))
    logo = (path.parent / data["logo"]).resolve() if "logo" in data else None
    if logo is not None and not logo.is_file():
        raise OrganisationError(f"{path}: logo: expected an SVG or PNG file; {logo} is missing")
    signature = data.get("signature", {})
    contact = data.get("contact")
    palette = data.get("palette", {})
    return Organisation(
        source=path,
        name=data.get("name", "").strip(),
        address=tuple(line.strip() for line in data.get("address", ())),
        signatory=signature.get("name", "").strip(),
        role=_per_language_text(signature.get("role")),
        website=data.get("website", ""),
        email=data.get("email", ""),
        country=data.get("country"),
        notice_days=data.get("notice_days"),
        deal_breakers={
            lang: tuple(item.strip() for item in items)
            for lang, items in data.get("deal_breakers", {}).items()
        },
        contact=Contact(contact["name"].strip(), contact["email"]) if contact else None,
        logo=logo,
        primary=palette.get("primary"),
        accent=palette.get("accent"),
        site_name={lang: name.strip() for lang, name in data.get("site_name", {}).items()},
    )


def configured_path(root: Path = ROOT) -> Path | None:
    """The file to read: ``$PLAYBOOK_ORGANISATION`` if set (it must exist), else
    ``organisation.yml`` at the repository's root if there is one, else none."""
    named = os.environ.get(PATH_VARIABLE, "").strip()
    if named:
        path = Path(named)
        path = path if path.is_absolute() else root / path
        if not path.is_file():
            raise OrganisationError(f"{PATH_VARIABLE}={named}: no such file ({path})")
        return path
    default = root / FILE_NAME
    return default if default.is_file() else None


def load(root: Path = ROOT) -> Organisation | None:
    """The organisation this build is for, or None for the public playbook."""
    path = configured_path(root)
    return None if path is None else parse(path)


def of(env: Any) -> Organisation | None:
    """The organisation of the build being made (hooks/organisation.py loads it)."""
    found = env.conf["extra"].get("organisation")
    return found if isinstance(found, Organisation) else None


def named(organisation: Organisation, lang: str) -> str:
    """The organisation's name, or the catalogue's words for it when the file gives none."""
    return organisation.name or t(lang, "organisation.unnamed")


def contact_text(organisation: Organisation | None, lang: str) -> str | None:
    """The next step that names who to ask, or None when the file names nobody."""
    if organisation is None or organisation.contact is None:
        return None
    contact = organisation.contact
    return t(
        lang,
        "organisation.contact",
        contact=contact.name,
        address=contact.email,
        name=named(organisation, lang),
    )


def policy_offer(organisation: Organisation | None, lang: str) -> dict[str, Any] | None:
    """The policy as the assessment offers it beside the reader's own list, or None."""
    if organisation is None or not organisation.policy(lang):
        return None
    return {
        "label": t(lang, "organisation.offer", name=named(organisation, lang)),
        "items": list(organisation.policy(lang)),
    }


def register(env: Any) -> None:
    """Add this module's macros to the page environment."""

    @env.macro  # type: ignore[untyped-decorator]
    def organisation_policy() -> str:
        """The organisation's deal-breakers policy ("our policy"), or nothing."""
        organisation, lang = of(env), page_lang(env)
        if organisation is None or not organisation.policy(lang):
            return ""
        return render(
            "organisation_policy.html",
            lang=lang,
            name=named(organisation, lang),
            items=organisation.policy(lang),
        )

    @env.macro  # type: ignore[untyped-decorator]
    def organisation_contact() -> str:
        """Who to ask inside the organisation before announcing anything, or nothing."""
        organisation, lang = of(env), page_lang(env)
        if organisation is None or organisation.contact is None:
            return ""
        return render(
            "organisation_contact.html",
            lang=lang,
            name=named(organisation, lang),
            contact=organisation.contact,
        )
