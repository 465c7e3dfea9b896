"""The example answer files, found from the test folder so Pyodide finds them too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).parents[3] / "examples" / "assessment"


def load_example(name: str) -> dict[str, Any]:
    """The answers of one example file, by verdict name."""
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    return data
