"""Numbers in the assessment: the one parser and writer of ``widgets.fields.numbers``."""

from widgets.fields.numbers import format_number, format_percent, parse_number_text

__all__ = ["format_number", "format_percent", "parse_number_text"]
