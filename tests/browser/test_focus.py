"""Focus is always visible, in both palettes: moving through a page with the Tab key, every
element reached shows a ring (its own, or its label's when the control itself is visually
hidden, as the file inputs are) that contrasts with the page at least 3:1."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import BrowserContext, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, Traffic, page_url
from tests.browser.test_assessment import example, expect_verdict, fill

# WCAG 2.2, 1.4.11: a focus indicator contrasts 3:1 with what is next to it.
CONTRAST = 3.0
MOST_STOPS = 400

# For the focused element, the element that shows its focus, and what that looks like.
RING = """() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    const box = focused.getBoundingClientRect();
    const hidden = box.width <= 1 || box.height <= 1;
    // A hidden control shows its focus on its label: the one naming it, or the one after it.
    const labels = [focused.id && document.querySelector(`label[for="${focused.id}"]`),
        focused.nextElementSibling?.tagName === "LABEL" && focused.nextElementSibling];
    const shown = hidden
        ? labels.find(label => label && label.getBoundingClientRect().width > 1)
        : focused;
    if (!shown) return { name: focused.outerHTML.slice(0, 80), ring: null };
    const style = getComputedStyle(shown);
    // The colour the ring is drawn on, around the element: its parent's, or the first
    // ancestor's with an opaque background.
    let back = "rgb(255, 255, 255)";
    for (let node = shown.parentElement; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour && !colour.startsWith("rgba(0, 0, 0, 0)") && !/, 0\\)$/.test(colour)) {
            back = colour;
            break;
        }
    }
    const name = focused.getAttribute("aria-label") || focused.textContent || focused.id;
    return {
        name: (name || focused.tagName).trim().slice(0, 60),
        visible: box.width > 0 || hidden,
        outline: [style.outlineStyle, parseFloat(style.outlineWidth), style.outlineColor],
        shadow: style.boxShadow,
        back,
    };
}"""


# No transition of colour still running on the page.
SETTLED = """() => document.getAnimations()
    .every(a => !(a instanceof CSSTransition) || a.playState === "finished")"""


def rgb(colour: str) -> tuple[float, float, float]:
    """The red, green and blue of a computed colour."""
    parts = colour[colour.index("(") + 1 : colour.index(")")].replace("/", ",").split(",")
    red, green, blue = (float(part) for part in parts[:3])
    return red, green, blue


def luminance(colour: str) -> float:
    """Relative luminance, as WCAG defines it."""

    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    """The contrast ratio of two colours."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def problem(ring: dict[str, Any]) -> str | None:
    """What is wrong with a focus ring, if anything."""
    if ring.get("ring", True) is None:
        return "nothing shows its focus"
    style, width, colour = ring["outline"]
    if style != "none" and width >= 2:
        ratio = contrast(colour, ring["back"])
        return None if ratio >= CONTRAST else f"ring contrast {ratio:.2f}"
    if ring["shadow"] not in ("none", ""):
        return None
    return "no ring"


def walk(context: BrowserContext, url: str, scheme: str, prepare: Any = None) -> dict[str, str]:
    """Tab through the page at ``url``; every element reached whose focus does not show."""
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    page.goto(url)
    if prepare:
        prepare(page)
    # The Tab key goes on from the last field filled: start again from the page's first stop,
    # the link that skips to the content.
    page.keyboard.press("Tab")
    page.locator("a.md-skip").focus()
    found: dict[str, str] = {}
    seen = 0
    for stop in range(MOST_STOPS):
        if stop:
            page.keyboard.press("Tab")
        # Colours are read once the focus's transitions (the search field's, say) have ended.
        page.wait_for_function(SETTLED)
        ring = page.evaluate(RING)
        if ring is None:
            break
        seen += 1
        if ring.get("visible", True) and (fault := problem(ring)):
            found[ring["name"]] = fault
    page.close()
    assert seen > 10, "the Tab key reached almost nothing"
    return found


def with_result(page: Any) -> None:
    """Answer the assessment, so that its result, summary and tools are there too."""
    fill(page, "en", example("exit"))
    expect_verdict(page, "en", example("exit"))


def with_script(page: Any) -> None:
    """Give the generator a name, so that its documents, tabs and exports are there too."""
    page.get_by_label("Client name", exact=True).fill("Studio Kessler")
    expect(page.locator('[data-section="decision"]')).to_be_visible(timeout=BOOT_TIMEOUT_MS)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    ("name", "prepare"),
    [
        ("index", None),
        ("assessment", with_result),
        ("script", with_script),
        ("deal-breakers", None),
    ],
)
def test_focus_is_visible_on_every_stop(
    context: BrowserContext, traffic: Traffic, site_url: str, name: str, prepare: Any, scheme: str
) -> None:
    """No element the Tab key reaches hides its focus, in the light or the dark palette."""
    assert walk(context, page_url(site_url, "en", name), scheme, prepare) == {}
