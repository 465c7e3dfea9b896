"""The print page's assembly: headings, anchors and links of the playbook on one page."""

from __future__ import annotations

import re

import pytest

from macros.printing import (
    PLAYBOOK_PAGES,
    contents,
    demote_headings,
    playbook_markdown,
    print_section,
    read_pages,
    rewrite_anchors,
    rewrite_link,
    rewrite_links,
    strip_front_matter,
)

ANCHOR = re.compile(r"\{\s*#([\w-]+)[^}]*\}|\sid=\"([^\"]+)\"")


def anchors(markdown: str) -> list[str]:
    """Every id the Markdown declares, in attr_list blocks or in raw HTML."""
    return [a or b for a, b in ANCHOR.findall(markdown)]


def test_front_matter_is_dropped() -> None:
    """Only the body of a page is kept, not its metadata."""
    assert strip_front_matter("---\ndescription: x\n---\n\n# Title\n") == "\n# Title\n"


def test_text_without_front_matter_is_kept() -> None:
    """A page without front matter, or with a rule further down, stays whole."""
    text = "# Title\n\n---\n\nafter: a rule\n---\n"
    assert strip_front_matter(text) == text


def test_every_heading_goes_one_level_down() -> None:
    """H1 becomes H2, H2 becomes H3, and so on."""
    text = "# One\n\n## Two { #two }\n\n### Three\n"
    assert demote_headings(text) == "## One\n\n### Two { #two }\n\n#### Three\n"


def test_h6_stays_h6() -> None:
    """Markdown has no H7: the deepest level stays where it is."""
    assert demote_headings("###### Six") == "###### Six"


def test_headings_in_code_blocks_and_hashtags_are_left_alone() -> None:
    """Lines in fenced code and words such as #tag are not headings."""
    text = "```\n# comment\n```\n#tag"
    assert demote_headings(text) == text


def test_anchors_take_the_page_stem() -> None:
    """Section anchors are prefixed with the page, so step-1 of two pages stay apart."""
    assert rewrite_anchors("## 1. Step { #step-1 }", "decide") == "## 1. Step { #decide-step-1 }"


def test_page_title_is_anchored_by_the_page_stem() -> None:
    """A page's H1 gets the stem as anchor, whether it had one or not."""
    assert rewrite_anchors("# Part 1: decide", "decide") == "# Part 1: decide { #decide }"
    assert rewrite_anchors("# Legal { #disclaimer }", "disclaimer") == "# Legal { #disclaimer }"


def test_headings_without_anchor_below_the_title_are_left_alone() -> None:
    """Only explicit anchors are rewritten; the toc extension names the others."""
    assert rewrite_anchors("## Plain", "tips") == "## Plain"


def test_other_attributes_of_a_heading_survive() -> None:
    """A class next to the anchor is kept."""
    assert rewrite_anchors("## A { #a .wide }", "tips") == "## A { #tips-a .wide }"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("decide.md#step-1", "#decide-step-1"),
        ("do-it.md", "#do-it"),
        ("index.md", "#index"),
        ("#money", "#tips-money"),
        ("assessment.md", "assessment.md"),
        ("scoring.md#rules", "scoring.md#rules"),
        ("https://pyodide.org", "https://pyodide.org"),
        ("/absolute/", "/absolute/"),
        ("../assets/file.pdf", "../assets/file.pdf"),
    ],
)
def test_link_targets(target: str, expected: str) -> None:
    """Playbook pages become in-page anchors; other pages and URLs are left to MkDocs."""
    assert rewrite_link(target, "tips") == expected


def test_links_are_rewritten_in_running_text() -> None:
    """Every inline link of a line is rewritten, and only its target."""
    text = "See [step 1](decide.md#step-1) and the [tool](assessment.md)."
    assert rewrite_links(text, "tips") == (
        "See [step 1](#decide-step-1) and the [tool](assessment.md)."
    )


def test_section_is_wrapped_for_print_css() -> None:
    """Each page is one section that md_in_html still parses as Markdown."""
    section = print_section("---\na: b\n---\n# Tips\n\n## A { #a }\n", "tips")
    assert section.startswith('<div class="playbook-print-section" markdown>\n\n## Tips { #tips }')
    assert "### A { #tips-a }" in section
    assert section.rstrip().endswith("</div>")


def test_pages_come_in_reading_order() -> None:
    """The print page follows the playbook: home, part 1, part 2, tips, disclaimer."""
    assert PLAYBOOK_PAGES == ("index", "decide", "do-it", "tips", "disclaimer")
    assert list(read_pages("en")) == list(PLAYBOOK_PAGES)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_parts_appear_in_reading_order(lang: str) -> None:
    """The assembled page holds the pages' titles in reading order."""
    markdown = playbook_markdown(lang, "Site")
    positions = [markdown.index(f"{{ #{stem} }}") for stem in PLAYBOOK_PAGES]
    assert positions == sorted(positions)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contents_list_the_parts_and_their_steps(lang: str) -> None:
    """Both parts, with their 5 and 4 steps, under their new anchors."""
    sections = {stem: print_section(text, stem) for stem, text in read_pages(lang).items()}
    entries = {entry.anchor: entry for entry in contents(sections)}
    assert list(entries) == list(PLAYBOOK_PAGES)
    assert [s.anchor for s in entries["decide"].steps] == [f"decide-step-{n}" for n in range(1, 6)]
    assert [s.anchor for s in entries["do-it"].steps] == [f"do-it-step-{n}" for n in range(1, 5)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_anchor_is_declared_twice(lang: str) -> None:
    """Once all pages share one page, every id is still unique."""
    found = anchors(playbook_markdown(lang, "Site"))
    assert len(found) > 20
    assert len(found) == len(set(found)), sorted({a for a in found if found.count(a) > 1})


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_in_page_link_has_a_target(lang: str) -> None:
    """Links between the playbook's pages land on an anchor of the print page."""
    markdown = playbook_markdown(lang, "Site")
    targets = set(re.findall(r"\]\(#([\w-]+)\)|href=\"#([\w-]+)\"", markdown))
    declared = set(anchors(markdown))
    assert {a or b for a, b in targets} <= declared
