"""axe-core (pinned in package.json) run inside a page, for the accessibility tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# The axe rules that Lighthouse's accessibility score weighs (Lighthouse 13.5, which runs the
# same axe-core, 4.14): some are axe "best practices" the WCAG tags leave out, such as a name
# for every dialog, one main landmark, headings in order. No violation of any of them is a
# score of 100.
LIGHTHOUSE_RULES = [
    "accesskeys", "aria-allowed-attr", "aria-command-name", "aria-conditional-attr",
    "aria-deprecated-role", "aria-dialog-name", "aria-hidden-body", "aria-hidden-focus",
    "aria-input-field-name", "aria-meter-name", "aria-progressbar-name", "aria-prohibited-attr",
    "aria-required-attr", "aria-required-children", "aria-required-parent", "aria-roles",
    "aria-text", "aria-toggle-field-name", "aria-tooltip-name", "aria-treeitem-name",
    "aria-valid-attr-value", "aria-valid-attr", "button-name", "bypass", "color-contrast",
    "definition-list", "dlitem", "document-title", "duplicate-id-aria",
    "form-field-multiple-labels", "frame-title", "heading-order", "html-has-lang",
    "html-lang-valid", "html-xml-lang-mismatch", "image-alt", "input-button-name",
    "input-image-alt", "label", "link-in-text-block", "link-name", "list", "listitem",
    "meta-refresh", "meta-viewport", "object-alt", "select-name", "skip-link", "tabindex",
    "target-size", "td-headers-attr", "th-has-data-cells", "valid-lang", "video-caption",
    "landmark-one-main", "autocomplete-valid", "presentation-role-conflict", "svg-img-alt",
]  # fmt: skip


@cache
def axe_source() -> str:
    """The axe-core script, read once."""
    return AXE.read_text("utf-8")


def violations(page: Page) -> list[dict[str, Any]]:
    """axe's WCAG 2.2 AA violations on the page as it is now, and those of the rules that
    Lighthouse's accessibility score weighs, each with its nodes' targets."""
    # Evaluated through the DevTools protocol, so the page's CSP does not have to allow it.
    page.evaluate(axe_source())
    found: list[dict[str, Any]] = page.evaluate(
        """async ([tags, rules]) => {
            const seen = new Set();
            const found = [];
            const runs = [{ type: "tag", values: tags }, { type: "rule", values: rules }];
            for (const runOnly of runs) {
                const result = await axe.run(document, { runOnly });
                for (const v of result.violations) {
                    if (seen.has(v.id)) continue;
                    seen.add(v.id);
                    found.push({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(" ")).slice(0, 5),
                    });
                }
            }
            return found;
        }""",
        [TAGS, LIGHTHOUSE_RULES],
    )
    return found


def contrast_violations(locator: Locator) -> list[str]:
    """The colour-contrast violations of one element as it is drawn now (hovered or focused,
    say), once its transitions have ended."""
    locator.page.evaluate(axe_source())
    locator.page.wait_for_function(
        "element => element.getAnimations().every(a => a.playState === 'finished')",
        arg=locator.element_handle(),
    )
    found: list[str] = locator.evaluate(
        """async (element) => {
            const options = { runOnly: { type: "rule", values: ["color-contrast"] } };
            const result = await axe.run(element, options);
            return result.violations.flatMap(v => v.nodes.map(n => n.failureSummary));
        }"""
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
