"""Every form of the engine, for the tests that check them all the same way."""

from __future__ import annotations

from typing import Any

from widgets.assessment.fields import ASSESSMENT
from widgets.dealbreakers.document import DOCUMENT
from widgets.fields.table import Form
from widgets.script.inputs import SCRIPT
from widgets.script.prefill import REPORT
from widgets.script.reminder import REMINDER

FORMS: tuple[Form[Any], ...] = (ASSESSMENT, SCRIPT, REMINDER, REPORT, DOCUMENT)
