"""The mkdocs-macros module: a thin face on the engine.

Each macro asks the engine for data and renders a Jinja partial from ``macros/templates``.
Pages call macros; no page path is special-cased here.
"""

from __future__ import annotations

from typing import Any

from macros import assessment, organisation, printing, script, site


def define_env(env: Any) -> None:
    """Register every macro of the site with mkdocs-macros."""
    for module in (site, assessment, script, printing, organisation):
        module.register(env)
