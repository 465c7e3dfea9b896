"""A form's table as JSON for the page: groups in order, fields with their words."""

from __future__ import annotations

import json

from widgets.fields.form import form_table
from widgets.i18n import t
from widgets.languages import NAMES
from widgets.script.inputs import REPLACEMENT_ROWS, SCRIPT
from widgets.script.reminder import REMINDER


def test_fields_sit_in_their_groups_in_table_order() -> None:
    """Every grouped field once, in its fieldset, fieldsets in the form's order."""
    table = form_table(SCRIPT, "en")
    assert [group["id"] for group in table["groups"]] == [group.id for group in SCRIPT.groups]
    ids = [field["id"] for group in table["groups"] for field in group["fields"]]
    assert ids == [
        spec.id for group in SCRIPT.groups for spec in SCRIPT.fields if spec.group == group.id
    ]
    assert sorted(ids) == sorted(spec.id for spec in SCRIPT.fields)


def test_fields_out_of_every_group_are_not_shown() -> None:
    """The reminder's form shows its delay only; the page sends the rest itself."""
    (group,) = form_table(REMINDER, "fr")["groups"]
    assert [field["id"] for field in group["fields"]] == ["days"]
    assert group["fields"][0]["default"] == 30


def test_a_page_can_give_a_field_its_own_default() -> None:
    """The script's language is the page's."""
    table = form_table(SCRIPT, "en", defaults={"lang": "en"})
    lang = next(f for g in table["groups"] for f in g["fields"] if f["id"] == "lang")
    assert lang["default"] == "en" and lang["select"] is True
    assert [choice["label"] for choice in lang["choices"]] == list(NAMES.values())


def test_lists_of_records_and_boxes_carry_their_parts() -> None:
    """Rows of a list of records are numbered; boxes carry their defaults by part."""
    fields = {f["id"]: f for g in form_table(SCRIPT, "fr")["groups"] for f in g["fields"]}
    rows = fields["replacements"]
    assert rows["row_labels"] == [
        t("fr", "script.fields.replacements.row", number=n) for n in range(1, REPLACEMENT_ROWS + 1)
    ]
    assert [part["id"] for part in rows["parts"]] == ["name", "contact"]
    assert fields["handover"]["default"] == {
        **dict.fromkeys(
            ("work_in_progress", "files", "rights", "access", "domains", "personal_data", "refund"),
            False,
        ),
        "final_invoice": True,
    }


def test_table_is_plain_json() -> None:
    """The table survives a JSON round trip."""
    table = form_table(SCRIPT, "en")
    assert json.loads(json.dumps(table)) == table
