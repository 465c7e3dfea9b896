"""organisation.yml: the worked example holds, a broken file names its file, key and what is
expected, the schema is a valid one, and the macros put the organisation where it belongs and
nowhere without it."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from macros import assessment, script
from macros.organisation import (
    PATH_VARIABLE,
    Organisation,
    OrganisationError,
    configured_path,
    contact_text,
    parse,
    schema,
)
from widgets.i18n import LANGS, t
from widgets.script.generate import generate
from widgets.script.inputs import SCRIPT, parse_inputs

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "organisation.yml"
ROLES = {"fr": "Directrice associée", "en": "Managing partner"}


@pytest.fixture
def example() -> Organisation:
    return parse(EXAMPLE)


def shell_messages(html: str) -> dict[str, Any]:
    """The words a widget's shell hands its browser module."""
    found = re.search(r"data-messages='([^']*)'", html)
    assert found is not None
    messages: dict[str, Any] = json.loads(unescape(found.group(1)))
    return messages


def write(folder: Path, text: str) -> Path:
    path = folder / "organisation.yml"
    path.write_text(text, "utf-8")
    return path


def test_the_schema_is_a_valid_json_schema_and_the_example_meets_it() -> None:
    """The published schema is itself valid, and the worked example passes it."""
    Draft202012Validator.check_schema(schema())
    data = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    assert list(Draft202012Validator(schema()).iter_errors(data)) == []


def test_the_schema_takes_a_policy_and_a_site_name_in_every_language() -> None:
    """Languages are declared once: the schema's per-language keys follow them."""
    properties = schema()["properties"]
    assert list(properties["deal_breakers"]["properties"]) == list(LANGS)
    assert list(properties["site_name"]["properties"]) == list(LANGS)


def test_the_example_fills_every_key(example: Organisation) -> None:
    """The worked example shows every key the file takes."""
    data = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    assert set(data) == set(schema()["properties"])
    assert example.logo is not None and example.logo.is_file()
    for lang in LANGS:
        assert example.policy(lang) and example.site_name[lang]


def test_the_example_prefills_existing_fields_of_the_generator(example: Organisation) -> None:
    """Every default the file gives is a field of the generator, with a value it accepts."""
    defaults = example.script_defaults("en")
    assert set(defaults) <= set(SCRIPT.by_id)
    inputs = parse_inputs({"lang": "en", **defaults})
    assert inputs.your_company == "Atelier Horizon"
    assert inputs.country == "france" and inputs.notice_days == 60


@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_is_signed_by_the_organisation(example: Organisation, lang: str) -> None:
    """With the organisation's defaults, the letter's sender block and signature are its own."""
    letter = generate(parse_inputs({"lang": lang, **example.script_defaults(lang)})).letter.text
    lines = letter.splitlines()
    role = ROLES[lang]
    assert lines[:6] == [
        "Camille Durand",
        "Atelier Horizon",
        "12 rue des Tanneurs",
        "69002 Lyon",
        "France",
        "bonjour@atelier-horizon.example",
    ]
    signature = lines.index(role)
    assert lines[signature - 1 : signature + 2] == ["Camille Durand", role, "Atelier Horizon"]


def test_a_role_given_once_is_the_same_in_every_language(tmp_path: Path) -> None:
    """`role` takes one text for every language, or one per language."""
    organisation = parse(write(tmp_path, "signature: {name: Jo, role: CEO}\n"))
    assert {organisation.script_defaults(lang)["your_role"] for lang in LANGS} == {"CEO"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("palette:\n  primary: blue\n", "palette.primary: expected the header's colour, written "),
        ("notice_days: 0\n", "notice_days: expected the notice the letters give by default"),
        ("colour: red\n", "top level: unknown key 'colour'; the keys this file takes are: name,"),
        ("contact:\n  name: Jo\n", "contact: 'email' is a required key: expected who to ask"),
        ("deal_breakers:\n  de: [x]\n", "deal_breakers: unknown key 'de'"),
        ("address: [a, '']\n", "address[2]: expected one line of the postal address"),
        ("country: france\n", "country: expected where the organisation is: `fr`"),
        ("signature: {name: Jo, role: [a]}\n", "signature.role: expected the signatory's role"),
        ("email: nobody\n", "email: expected the organisation's email address, such as"),
        ("- name\n", "top level: expected a mapping of keys"),
        ("name: [unclosed\n", ", line 2: this is not valid YAML"),
        ("logo: missing.svg\n", "logo: expected an SVG or PNG file;"),
    ],
)
def test_a_broken_file_names_the_file_the_key_and_what_is_expected(
    tmp_path: Path, text: str, expected: str
) -> None:
    """Each mistake gives the message the person editing the file needs."""
    path = write(tmp_path, text)
    with pytest.raises(OrganisationError) as raised:
        parse(path)
    message = str(raised.value)
    assert message.startswith(str(path))
    assert expected in message


def test_every_error_of_a_file_is_given_once(tmp_path: Path) -> None:
    """All the problems at once, so that one build shows them all; none twice."""
    path = write(tmp_path, "notice_days: 0\naddress: ['']\npalette: {accent: red}\n")
    with pytest.raises(OrganisationError) as raised:
        parse(path)
    lines = str(raised.value).splitlines()
    assert len(lines) == 3 == len(set(lines))


def test_an_empty_file_is_the_public_playbook_with_no_change(tmp_path: Path) -> None:
    """A file with nothing in it sets nothing."""
    organisation = parse(write(tmp_path, "# nothing yet\n"))
    assert organisation.script_defaults("fr") == {}
    assert contact_text(organisation, "en") is None


def test_the_file_is_found_at_the_root_or_where_the_variable_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No file: the public playbook; a named file must exist."""
    monkeypatch.delenv(PATH_VARIABLE, raising=False)
    assert configured_path(tmp_path) is None
    write(tmp_path, "name: Acme\n")
    assert configured_path(tmp_path) == tmp_path / "organisation.yml"
    monkeypatch.setenv(PATH_VARIABLE, "elsewhere.yml")
    with pytest.raises(OrganisationError, match=r"PLAYBOOK_ORGANISATION=elsewhere\.yml: no such"):
        configured_path(tmp_path)


@pytest.mark.parametrize("lang", LANGS)
def test_the_generator_form_starts_from_the_organisation(example: Organisation, lang: str) -> None:
    """The prefilled values sit in the form as its defaults, which the reader can change."""
    html = script.form_html(lang, example)
    assert 'value="Camille Durand"' in html
    assert 'value="bonjour@atelier-horizon.example"' in html
    assert ">12 rue des Tanneurs\n69002 Lyon\nFrance</textarea>" in html
    assert 'value="60"' in html
    assert 'value="france" checked' in html or 'value="france" selected' in html


@pytest.mark.parametrize("lang", LANGS)
def test_the_assessment_offers_the_policy_and_names_the_contact(
    example: Organisation, lang: str
) -> None:
    """The policy's items are boxes beside the reader's list; the contact is a next step."""
    html = assessment.form_html(lang, example)
    for item in example.policy(lang):
        assert f'value="{item}"'.replace("'", "&#39;") in html, item
    contact = contact_text(example, lang)
    assert contact is not None and "Malik Benali" in contact
    assert shell_messages(html)["organisation_contact"] == contact


@pytest.mark.parametrize("lang", LANGS)
def test_without_an_organisation_the_forms_are_the_public_ones(lang: str) -> None:
    """No prefilled value, no policy, no contact: the public playbook's forms."""
    html = assessment.form_html(lang)
    for form in (script.form_html(lang), html):
        boxes = re.findall(r'<input type="text"[^>]*>', form)
        assert boxes and not [box for box in boxes if " value=" in box]
        assert re.findall(r"<textarea[^>]*>([^<]*)</textarea>", form) == [""] * form.count(
            "<textarea"
        )
    assert "assessment-policy-" not in html
    assert "organisation_contact" not in shell_messages(html)
    assert t(lang, "organisation.policy_title") not in html
