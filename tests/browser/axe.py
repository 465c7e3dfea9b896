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


# The states a control's colours change in; the theme's buttons take the accent when hovered,
# focused or pressed.
STATES = ("hover", "focus", "active")


def contrast_in_state(page: Page, selector: str, state: str) -> list[dict[str, Any]]:
    """axe's colour-contrast violations among the elements matching `selector`, with `state`
    forced on all of them through the DevTools protocol and their transitions run to the end,
    so the colours measured are those the state settles on."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    assert nodes, f"nothing matches {selector}"
    for node in nodes:
        cdp.send("CSS.forcePseudoState", {"nodeId": node, "forcedPseudoClasses": [state]})
    page.evaluate("document.getAnimations().forEach((animation) => animation.finish())")
    page.evaluate(axe_source())
    found: list[dict[str, Any]] = page.evaluate(
        """async (selector) => {
            const result = await axe.run(
                { include: [...document.querySelectorAll(selector)].map((node) => [node]) },
                { runOnly: { type: "rule", values: ["color-contrast"] } },
            );
            return result.violations.flatMap(v => v.nodes.map(n => ({
                target: n.target.join(" "), summary: n.failureSummary,
            })));
        }""",
        selector,
    )
    # Turning the protocol's CSS off lifts every state it forced.
    cdp.send("CSS.disable")
    cdp.detach()
    return found
