"""The field layer every tool's input goes through: tables, one parser, one set of errors.

- ``table``: a form's table (a dataclass whose attributes are rows) and its fieldsets;
- ``parse``: the one parser, which reads any form by its table;
- ``errors``: the one set of error codes, worded in the reader's language at the edge;
- ``numbers``: the one number parser, and the one writer per language;
- ``form``: a table as JSON, for the pages that render the form.
"""

from widgets.fields.errors import ERROR_CODES, FieldError, InputError, message, shown
from widgets.fields.parse import parse, read
from widgets.fields.table import Field, Form, Group, row

__all__ = [
    "ERROR_CODES",
    "Field",
    "FieldError",
    "Form",
    "Group",
    "InputError",
    "message",
    "parse",
    "read",
    "row",
    "shown",
]
