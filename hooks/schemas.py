"""Publish the site's JSON Schemas in the built site, generated from the code that applies them.

Anyone can then check an answers file (from "Save answers", or written by hand for the
`playbook` command) or a report against the same rules the engine applies, and an internal
copy's ``organisation.yml`` against the rules its build applies (macros/organisation.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from i18n_passes import is_default_language_pass

from widgets.assessment.schema import answers_schema, report_schema

# The macros package sits at the repository's root, which the mkdocs command does not import from.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.organisation import SCHEMA_NAME
from macros.organisation import schema as organisation_schema

SCHEMAS = {
    "assessment-answers.schema.json": answers_schema,
    "assessment-report.schema.json": report_schema,
    SCHEMA_NAME: organisation_schema,
}


# Written once, on the default-language pass of the i18n plugin, at the site's root.
def on_post_build(config: Any) -> None:
    if not is_default_language_pass(config):
        return
    folder = Path(config.site_dir) / "schemas"
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in SCHEMAS.items():
        text = json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"
        (folder / name).write_text(text, "utf-8")
