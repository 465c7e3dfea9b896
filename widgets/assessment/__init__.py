"""Whether to end a client relationship: answers in, verdict, scores and next steps out.

The model follows part 1 of the playbook (five steps to decide) and the overrides of part 2;
every weight, threshold and rule is data in ``criteria``, ``thresholds`` and ``verdicts``,
and ``changes`` finds what would change the verdict.
"""

from widgets.assessment.answers import Answers
from widgets.assessment.explain import scoring_rules
from widgets.assessment.model import MODEL_VERSION, Assessment, Contribution, assess
from widgets.assessment.parsing import parse_answers
from widgets.assessment.report import report
from widgets.assessment.schema import answers_schema, report_schema

__all__ = [
    "MODEL_VERSION",
    "Answers",
    "Assessment",
    "Contribution",
    "answers_schema",
    "assess",
    "parse_answers",
    "report",
    "report_schema",
    "scoring_rules",
]
