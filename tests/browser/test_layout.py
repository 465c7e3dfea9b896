"""The answer beside the question: with a question in view, the verdict or the generated text
is in view too, on a wide screen (the result's column) and on a phone (the bar at the bottom),
in both languages; the bar never covers the field being edited and leads to the result and
back; the path through the form; tabs for the documents; one column without scripts or on
paper."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS
from tests.browser.test_assessment import assessment_url, fields, open_assessment
from tests.browser.test_script import expected, label, script_url
from widgets.assessment.bridge import assess_op
from widgets.assessment.form import form_table
from widgets.i18n import LANGS, Lang, t

VIEWPORTS = {"wide": {"width": 1440, "height": 900}, "phone": {"width": 390, "height": 844}}


def in_view(page: Page, locator: Locator) -> bool:
    """Whether the whole of the element is on screen."""
    box = locator.bounding_box()
    size = page.viewport_size
    assert box is not None and size is not None
    return box["y"] >= 0 and box["y"] + box["height"] <= size["height"] and box["height"] > 0


def summary_lines(lang: str, answers: dict[str, Any]) -> tuple[str, list[str]]:
    """The verdict and the two score lines the summary shows for ``answers``."""
    answer = assess_op({"answers": answers}, Lang(lang))
    report, shown = answer["report"], answer["shown"]

    def line(kind: str) -> str:
        value = t(
            lang,
            "assessment.ui.score_value",
            points=shown[f"{kind}_score"],
            max_points=shown["score_max"],
        )
        return t(
            lang,
            "assessment.ui.summary.score_line",
            label=t(lang, f"assessment.scores.{kind}"),
            value=value,
            band=report[f"{kind}_band"]["label"],
        )

    return report["verdict_title"], [line("case"), line("risk")]


def question(page: Page, lang: str, field_id: str) -> Locator:
    """The group of radio buttons of one "how often" question."""
    field = next(field for field in fields(lang) if field["id"] == field_id)
    return page.locator("#assessment-form").get_by_role("group", name=field["label"], exact=True)


def choice(lang: str, value: str) -> str:
    """The label of one answer to a "how often" question."""
    return t(lang, f"assessment.choices.frequency.{value}")


@pytest.mark.parametrize("size", VIEWPORTS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_verdict_stays_in_view_beside_the_question(
    page: Page, site_url: str, lang: str, size: str
) -> None:
    """With a question in view, its verdict and scores are in view too, and follow a change."""
    page.set_viewport_size(VIEWPORTS[size])
    open_assessment(page, site_url, lang)
    summary = page.locator("[data-result-summary]")
    for answers in ({"late_payments": "often"}, {"late_payments": "always", "disrespect": "often"}):
        for field_id, value in answers.items():
            question(page, lang, field_id).get_by_label(choice(lang, value), exact=True).check()
        verdict, scores = summary_lines(lang, answers)
        expect(summary.locator("[data-summary-verdict]")).to_have_text(
            verdict, timeout=BOOT_TIMEOUT_MS
        )
        expect(summary.locator("[data-summary-scores] span")).to_have_text(scores)
        last = question(page, lang, list(answers)[-1]).get_by_label(
            choice(lang, answers[list(answers)[-1]]), exact=True
        )
        assert in_view(page, last), "the answer given is out of view"
        assert in_view(page, summary), "the verdict is out of view"
        if size == "phone":
            expect(summary).to_have_attribute("data-pinned", "")
            # Pinned at the bottom, below the answer rather than over it.
            answer, bar = last.bounding_box(), summary.bounding_box()
            assert answer is not None and bar is not None
            assert answer["y"] + answer["height"] <= bar["y"]


@pytest.mark.parametrize("size", VIEWPORTS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_script_stays_in_view_beside_the_form(
    page: Page, site_url: str, lang: str, size: str
) -> None:
    """With a field in view, the generated text (wide) or the bar saying it is ready (phone)
    is in view too, and the text follows a change of the field."""
    page.set_viewport_size(VIEWPORTS[size])
    page.goto(script_url(site_url, lang))
    name = page.get_by_label(label(lang, "client_name"), exact=True)
    panel = page.locator('[data-script-panel="conversation"]')
    summary = page.locator("[data-result-summary]")
    # The reader has the field in front of them (the form is longer than a screen).
    name.evaluate("field => field.scrollIntoView({ block: 'center' })")
    for client in ("Studio Kessler", "Atelier Brun"):
        name.fill(client)
        greeting = expected(lang, client_name=client).conversation[0].lines[-1].text
        expect(panel).to_contain_text(greeting, timeout=BOOT_TIMEOUT_MS)
        assert in_view(page, name), "the field typed in is out of view"
        if size == "wide":
            assert in_view(
                page, page.get_by_role("tab", name=t(lang, "script.ui.documents.letter"))
            )
            # The script's first line names the client just typed.
            title = panel.locator(".playbook-script-title")
            expect(title).to_contain_text(client)
            assert in_view(page, title)
        else:
            expect(summary).to_have_attribute("data-pinned", "")
            expect(summary).to_contain_text(t(lang, "script.ui.summary.ready"))
            assert in_view(page, summary)
    if size == "phone":
        summary.get_by_role("link", name=t(lang, "script.ui.summary.jump")).click()
        heading = page.get_by_role("heading", name=t(lang, "script.ui.output_heading"))
        expect(heading).to_be_focused()
        assert in_view(page, heading)
        expect(panel.get_by_text(greeting)).to_be_visible()
        page.get_by_role("link", name=t(lang, "script.ui.summary.back")).click()
        expect(name).to_be_focused()
        assert in_view(page, name)


@pytest.mark.parametrize("lang", LANGS)
def test_the_bar_leads_to_the_result_and_back(page: Page, site_url: str, lang: str) -> None:
    """On a phone, the bar's link moves to the verdict; the link there returns to the question."""
    page.set_viewport_size(VIEWPORTS["phone"])
    open_assessment(page, site_url, lang)
    often = question(page, lang, "unpaid_extras").get_by_label(choice(lang, "often"), exact=True)
    often.check()
    summary = page.locator("[data-result-summary]")
    expect(summary).to_have_attribute("data-pinned", "", timeout=BOOT_TIMEOUT_MS)
    summary.get_by_role("link", name=t(lang, "assessment.ui.summary.details")).click()
    verdict = page.locator("#assessment-verdict")
    expect(verdict).to_be_focused()
    assert in_view(page, verdict)
    # The result is in view: the bar has stepped aside.
    expect(summary).to_be_hidden()
    page.get_by_role("link", name=t(lang, "assessment.ui.summary.back")).click()
    expect(often).to_be_focused()
    assert in_view(page, often)


def test_the_bar_never_covers_the_field_being_edited(page: Page, site_url: str) -> None:
    """Moving through the whole form with the Tab key, each field reached is above the bar."""
    page.set_viewport_size(VIEWPORTS["phone"])
    open_assessment(page, site_url, "en")
    question(page, "en", "late_payments").get_by_label("often", exact=True).check()
    summary = page.locator("[data-result-summary]")
    expect(summary).to_have_attribute("data-pinned", "", timeout=BOOT_TIMEOUT_MS)
    page.locator("#assessment-client_name").focus()
    checked = 0
    covered = []
    while page.evaluate("document.activeElement.closest('#assessment-form') !== null"):
        if summary.get_attribute("data-pinned") is not None:
            overlap = page.evaluate(
                """() => {
                    const field = document.activeElement.getBoundingClientRect();
                    const bar = document.querySelector("[data-result-summary]");
                    const top = bar.getBoundingClientRect().top;
                    return field.bottom > top ? document.activeElement.id : null;
                }"""
            )
            if overlap:
                covered.append(overlap)
            checked += 1
        page.keyboard.press("Tab")
    assert checked > 20
    assert covered == []


def test_the_path_through_the_form_follows_the_tables_steps(page: Page, site_url: str) -> None:
    """One link per fieldset, named by its legend and its playbook step; a link takes the
    keyboard to its fieldset; a fieldset answered in is marked."""
    page.set_viewport_size(VIEWPORTS["wide"])
    open_assessment(page, site_url, "en")
    nav = page.get_by_role("navigation", name=t("en", "assessment.ui.path.label"))
    links = nav.get_by_role("link")
    groups = form_table("en")["groups"]
    expect(links).to_have_count(len(groups))
    for link, group in zip(links.all(), groups, strict=True):
        expect(link).to_contain_text(group["legend"])
        if group["step"]:
            part = t("en", f"assessment.steps.pages.{group['step']['page']}")
            number = group["step"]["anchor"].removeprefix("step-")
            expect(link).to_contain_text(
                t("en", "assessment.ui.path.tag", part=part, number=number)
            )
    money = links.nth([group["id"] for group in groups].index("money"))
    expect(money).not_to_have_attribute("data-answered", "")
    money.focus()
    page.keyboard.press("Enter")
    revenue = page.get_by_label("Annual revenue", exact=True)
    expect(revenue).to_be_focused()
    page.keyboard.type("12000")
    expect(money).to_have_attribute("data-answered", "")
    expect(money).to_contain_text(f"({t('en', 'assessment.ui.path.answered')})")
    expect(money).to_have_attribute("aria-current", "step")


@pytest.mark.parametrize("lang", LANGS)
def test_the_documents_are_tabs(page: Page, site_url: str, lang: str) -> None:
    """The arrow keys move between the conversation sheet, the email and the letter; the
    print button prints the one chosen."""
    page.goto(script_url(site_url, lang))
    page.get_by_label(label(lang, "client_name"), exact=True).fill("Studio Kessler")
    tabs = page.get_by_role("tablist", name=t(lang, "script.ui.documents.label"))
    expect(tabs).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    names = ["conversation", "email", "letter"]
    tab = {
        name: tabs.get_by_role("tab", name=t(lang, f"script.ui.documents.{name}")) for name in names
    }
    printing = page.locator("[data-script-print]")
    tab["conversation"].click()
    moves = [("ArrowRight", "email"), ("ArrowRight", "letter"), ("Home", "conversation")]
    for pressed, shown in [*moves, ("ArrowLeft", "letter")]:
        page.keyboard.press(pressed)
        expect(tab[shown]).to_be_focused()
        expect(tab[shown]).to_have_attribute("aria-selected", "true")
        for name in names:
            panel = page.locator(f"#script-panel-{name}")
            (expect(panel).to_be_visible if name == shown else expect(panel).to_be_hidden)()
        expect(printing).to_have_text(t(lang, f"script.ui.documents.print_{shown}"))
    letter = expected(lang, client_name="Studio Kessler").letter.text
    expect(page.get_by_role("tabpanel")).to_contain_text(max(letter.splitlines(), key=len))


@pytest.mark.parametrize("tool", ["assessment", "script"])
def test_one_column_without_scripts(page: Page, site_url: str, tool: str) -> None:
    """Without scripts a wide screen shows one column: no result column, no bar."""
    page.set_viewport_size(VIEWPORTS["wide"])
    page.route("**/*.mjs", lambda route: route.abort())
    page.goto(
        assessment_url(site_url, "en") if tool == "assessment" else script_url(site_url, "en")
    )
    columns = page.locator("[data-playbook-columns]")
    expect(columns).not_to_have_attribute("data-active", "")
    assert columns.evaluate("node => getComputedStyle(node).display") == "block"
    expect(page.locator("[data-result-summary]")).to_be_hidden()
    if tool == "assessment":
        # The path is plain links to the fieldsets, above the form.
        link = page.get_by_role("link", name="The money")
        expect(link).to_have_attribute("href", "#assessment-group-money")


def test_one_column_on_paper(page: Page, site_url: str) -> None:
    """Printed, the tool is one column, with no summary and no path."""
    page.set_viewport_size(VIEWPORTS["wide"])
    open_assessment(page, site_url, "en")
    question(page, "en", "late_payments").get_by_label("often", exact=True).check()
    expect(page.locator("#assessment-verdict")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("[data-playbook-columns]")).to_have_attribute("data-active", "")
    page.emulate_media(media="print")
    columns = page.locator("[data-playbook-columns]")
    assert columns.evaluate("node => getComputedStyle(node).display") == "block"
    expect(page.locator("[data-result-summary]")).to_be_hidden()
    expect(page.locator("[data-form-steps]")).to_be_hidden()
    expect(page.locator("#assessment-verdict")).to_be_visible()
