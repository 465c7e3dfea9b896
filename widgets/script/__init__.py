"""The script generator: what to say, write and send to end a client relationship well.

Part 2 of the article: a prepared, depersonalized explanation (step 1) that blames no one
(step 2), said by phone or in person then confirmed in writing (step 3).
"""

from widgets.script.blame import BlameHit, BlameRule, check_blame
from widgets.script.generate import generate
from widgets.script.inputs import SCRIPT, ScriptInputs, parse_inputs
from widgets.script.model import Script
from widgets.script.prefill import prefill_from_report
from widgets.script.reminder import reminder_ics
from widgets.script.render import render

__all__ = [
    "SCRIPT",
    "BlameHit",
    "BlameRule",
    "Script",
    "ScriptInputs",
    "check_blame",
    "generate",
    "parse_inputs",
    "prefill_from_report",
    "reminder_ics",
    "render",
]
