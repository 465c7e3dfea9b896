"""The Jinja2 templates of the script, one set per language with the same file names.

Each template is a set of macros (one per conversation section, or subject/body/title), so
the engine can take each part apart without parsing the rendered text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from widgets.script.wording import french_of

TEMPLATE_NAMES = ("conversation", "email", "letter")
_BLANK_RUNS = re.compile(r"\n{3,}")


@cache
def environment() -> Environment:
    """The one environment: plain text out, so nothing is HTML-escaped."""
    env = Environment(
        loader=PackageLoader("widgets.script", "templates"),
        # Outputs are plain text or Markdown shown with textContent: escaping would corrupt them.
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Compiled once per process and never checked against their files again: the browser
        # restores this environment from a memory snapshot that holds no template file.
        auto_reload=False,
    )
    # French templates write "{{ your_company|de }}" for "de Patel" or "d'Atelier Martin".
    env.filters["de"] = french_of
    return env


def render_part(lang: str, name: str, part: str, context: Mapping[str, Any]) -> str:
    """The output of macro ``part`` of template ``<lang>/<name>.j2``, tidied."""
    module = environment().get_template(f"{lang}/{name}.j2").make_module(dict(context))
    return tidy(str(getattr(module, part)()))


def tidy(text: str) -> str:
    """``text`` without trailing spaces, outer blank lines or runs of blank lines."""
    lines = "\n".join(line.rstrip() for line in text.strip("\n").splitlines())
    return _BLANK_RUNS.sub("\n\n", lines).strip("\n")
