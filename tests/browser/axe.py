"""axe-core (pinned in package.json) run inside a page, for the accessibility tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe_source() -> str:
    """The axe-core script, read once."""
    return AXE.read_text("utf-8")


def violations(page: Page) -> list[dict[str, Any]]:
    """axe's WCAG 2.2 AA violations on the page as it is now, each with its nodes' targets."""
    # Evaluated through the DevTools protocol, so the page's CSP does not have to allow it.
    page.evaluate(axe_source())
    found: list[dict[str, Any]] = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(" ")).slice(0, 5),
            }));
        }""",
        TAGS,
    )
    return found
