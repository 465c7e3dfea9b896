"""The playbook's steps, under the name the scoring model imports (``widgets.steps``)."""

from widgets.steps import (
    ALL_STEPS,
    DECIDE_1,
    DECIDE_2,
    DECIDE_3,
    DECIDE_4,
    DECIDE_5,
    DO_IT_1,
    DO_IT_2,
    DO_IT_3,
    DO_IT_4,
    PAGES,
    STEP_COUNTS,
    Page,
    Step,
)

__all__ = [
    "ALL_STEPS",
    "DECIDE_1",
    "DECIDE_2",
    "DECIDE_3",
    "DECIDE_4",
    "DECIDE_5",
    "DO_IT_1",
    "DO_IT_2",
    "DO_IT_3",
    "DO_IT_4",
    "PAGES",
    "STEP_COUNTS",
    "Page",
    "Step",
]
