"""The reader's deal-breakers: client behaviours that end a relationship, written down once.

- ``behaviours``: the catalogue of common behaviours, each tied to an assessment criterion;
- ``document``: the list as a versioned JSON document (its table) and as Markdown;
- ``bridge``: the operations the pages call.
"""

from widgets.dealbreakers.behaviours import BEHAVIOURS, Behaviour, behaviour, catalog_items
from widgets.dealbreakers.document import (
    DOCUMENT,
    FORMAT,
    MAX_ITEMS,
    STORAGE_KEY,
    TEXT_MAX_LENGTH,
    VERSION,
    DealBreaker,
    DealBreakerList,
    from_json,
    to_json,
    to_markdown,
)

__all__ = [
    "BEHAVIOURS",
    "DOCUMENT",
    "FORMAT",
    "MAX_ITEMS",
    "STORAGE_KEY",
    "TEXT_MAX_LENGTH",
    "VERSION",
    "Behaviour",
    "DealBreaker",
    "DealBreakerList",
    "behaviour",
    "catalog_items",
    "from_json",
    "to_json",
    "to_markdown",
]
