"""Form or JSON answers to checked ``Answers``, with every error at once."""

from __future__ import annotations

from widgets.assessment.answers import Answers
from widgets.assessment.fields import ASSESSMENT
from widgets.fields.parse import parse


def parse_answers(data: object) -> Answers:
    """Check every answer in ``data`` and return them; raise InputError listing all faults."""
    return parse(ASSESSMENT, data)
