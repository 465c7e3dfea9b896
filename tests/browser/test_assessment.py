"""The assessment page in a browser: the form, Python's verdict and errors, saving, sharing."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import BOOT_TIMEOUT_MS, page_url
from widgets.assessment.bridge import assess_op
from widgets.assessment.explain import scoring_rules
from widgets.assessment.form import form_table
from widgets.bridge import handle
from widgets.fields.table import NUMERIC_KINDS
from widgets.i18n import LANGS, Lang, t

EXAMPLES = Path(__file__).parents[2] / "examples" / "assessment"


def assessment_url(site_url: str, lang: str) -> str:
    """The address of the assessment page in one language."""
    return page_url(site_url, lang, "assessment")


def engine_errors(answers: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """The errors the engine answers the page with for ``answers``."""
    response = json.loads(
        handle(json.dumps({"op": "assess", "payload": {"answers": answers, "lang": lang}}))
    )
    assert response["ok"] is False
    errors: list[dict[str, Any]] = response["errors"]
    return errors


def example(name: str) -> dict[str, Any]:
    """One of the example answer files, as the form would send it (numbers as typed text)."""
    answers: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    return {
        key: str(value) if field_kind(key) in NUMERIC_KINDS else value
        for key, value in answers.items()
    }


def fields(lang: str) -> list[dict[str, Any]]:
    """Every field of the form, with its texts in ``lang``."""
    return [field for group in form_table(lang)["groups"] for field in group["fields"]]


def field_kind(field_id: str) -> str:
    """The kind of one field."""
    return next(field["kind"] for field in fields("fr") if field["id"] == field_id)


def expect_verdict(page: Page, lang: str, answers: dict[str, Any]) -> dict[str, Any]:
    """Wait for the page to show the verdict the engine computes for ``answers``; its report."""
    report: dict[str, Any] = assess_op({"answers": answers}, Lang(lang))["report"]
    expect(page.locator("[data-assessment-result]").get_by_role("heading", level=2)).to_have_text(
        report["verdict_title"], timeout=BOOT_TIMEOUT_MS
    )
    return report


def fill(page: Page, lang: str, answers: dict[str, Any]) -> None:
    """Answer every question the way a reader does, by its label."""
    # Inside the form: the result's meters carry the same names as the questions.
    form = page.locator("#assessment-form")
    for field in fields(lang):
        if field["id"] not in answers:
            continue
        value = answers[field["id"]]
        if field["kind"] == "choice":
            choice = next(c["label"] for c in field["choices"] if c["value"] == value)
            form.get_by_role("group", name=field["label"], exact=True).get_by_label(
                choice, exact=True
            ).check()
        elif field["kind"] == "bool":
            form.get_by_label(field["label"], exact=True).set_checked(value)
        elif field["kind"] == "text_list":
            form.get_by_label(field["label"], exact=True).fill("\n".join(value))
        else:
            form.get_by_label(field["label"], exact=True).fill(str(value))


def expect_answers(page: Page, lang: str, answers: dict[str, Any]) -> None:
    """Every field of the form shows ``answers`` (and its default where an answer is absent)."""
    form = page.locator("#assessment-form")
    for field in fields(lang):
        value = answers.get(field["id"], field["default"])
        if field["kind"] == "choice":
            group = form.get_by_role("group", name=field["label"], exact=True)
            for choice in field["choices"]:
                radio = group.get_by_label(choice["label"], exact=True)
                (
                    expect(radio).to_be_checked
                    if choice["value"] == value
                    else expect(radio).not_to_be_checked
                )()
        elif field["kind"] == "bool":
            box = form.get_by_label(field["label"], exact=True)
            (expect(box).to_be_checked if value else expect(box).not_to_be_checked)()
        elif field["kind"] == "text_list":
            expect(form.get_by_label(field["label"], exact=True)).to_have_value("\n".join(value))
        else:
            shown = "" if value is None or field["id"] not in answers else str(value)
            expect(form.get_by_label(field["label"], exact=True)).to_have_value(shown)


def open_assessment(page: Page, site_url: str, lang: str, fragment: str = "") -> None:
    """Open the assessment page and wait for its script to bind the form."""
    page.goto(assessment_url(site_url, lang) + fragment)
    expect(page.get_by_role("button", name=t(lang, "assessment.ui.save"))).to_be_visible()


def test_form_is_readable_before_any_script(page: Page, site_url: str) -> None:
    """Without JavaScript the page still holds every question, labelled, in a real form."""
    page.route("**/*.mjs", lambda route: route.abort())
    page.goto(assessment_url(site_url, "en"))
    for field in fields("en"):
        role = "group" if field["kind"] == "choice" else None
        locator = (
            page.get_by_role(role, name=field["label"], exact=True)
            if role
            else page.get_by_label(field["label"], exact=True)
        )
        expect(locator).to_be_visible()
    expect(page.locator("[data-assessment-result]")).to_be_empty()


@pytest.mark.parametrize(
    ("lang", "name"), [("fr", "exit_with_care"), ("en", "hand_over"), ("en", "keep")]
)
def test_filled_form_shows_the_engines_verdict(
    page: Page, site_url: str, lang: str, name: str
) -> None:
    """Filling the form by its labels shows the verdict, scores and steps Python computes."""
    answers = example(name)
    open_assessment(page, site_url, lang)
    fill(page, lang, answers)
    report = expect_verdict(page, lang, answers)
    result = page.locator("[data-assessment-result]")
    expect(result).to_contain_text(report["verdict_text"])
    expect(page.locator("#assessment-score-case")).to_have_attribute(
        "value", str(report["case_score"])
    )
    expect(page.locator("#assessment-score-risk")).to_have_attribute(
        "value", str(report["risk_score"])
    )
    first = report["contributions"][0]
    expect(result.get_by_role("link", name=first["step"]["label"]).first).to_have_attribute(
        "href", f"../{first['step']['page']}/#{first['step']['anchor']}"
    )
    expect(result).to_contain_text(report["money"]["text"])
    # Parts without items (no warning, say) are left out, not written as an empty value.
    parts = 7 + bool(report["what_would_change"]) + bool(report["flags"])
    parts += bool(report["next_steps"])
    expect(result.locator(":scope > *")).to_have_count(parts)
    expect(result).not_to_contain_text("null")
    # Python answered: the status line says so, and offers no retry.
    expect(page.get_by_role("button", name=t(lang, "site.status.retry"))).to_be_hidden()
    prepare = result.get_by_role("link", name=t(lang, "assessment.ui.prepare"))
    expect(prepare).to_have_attribute("href", re.compile(r"^\.\./script/#assessment=[\w-]+$"))


@pytest.mark.parametrize("lang", LANGS)
def test_invalid_answers_are_explained_beside_their_field_and_kept(
    page: Page, site_url: str, lang: str
) -> None:
    """Bad numbers get Python's message next to the field, in the page's language, as typed."""
    typed = {
        "annual_revenue": "abc",
        "standard_rate": "-5",
        "hours_per_month": "800",
        "revenue_share": "150",
    }
    errors = engine_errors(typed, lang)
    assert {error["field"] for error in errors} == set(typed)
    open_assessment(page, site_url, lang)
    fill(page, lang, typed)
    for error in errors:
        expect(page.locator(f"#assessment-{error['field']}-error")).to_have_text(
            error["message"], timeout=BOOT_TIMEOUT_MS
        )
    labels = {field["id"]: field["label"] for field in fields(lang)}
    for field_id, value in typed.items():
        control = page.get_by_label(labels[field_id], exact=True)
        expect(control).to_have_value(value)
        expect(control).to_have_attribute("aria-invalid", "true")
    expect(page.locator("[data-assessment-result]")).to_be_empty()


def test_saved_answers_load_back_into_every_field(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    """Save answers to a file, reload the page, load the file: every field comes back."""
    answers = example("exit")
    open_assessment(page, site_url, "fr")
    fill(page, "fr", answers)
    with page.expect_download() as download:
        page.get_by_role("button", name=t("fr", "assessment.ui.save")).click()
    saved = tmp_path / "answers.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text("utf-8")) == answers
    open_assessment(page, site_url, "fr")
    page.get_by_label(t("fr", "assessment.ui.load")).set_input_files(saved)
    expect_answers(page, "fr", answers)
    expect(page.get_by_role("status").filter(has_text="answers.json")).to_be_visible()


def test_a_corrupt_file_changes_nothing(page: Page, site_url: str) -> None:
    """A file that is not answers is refused with a message, and the form stays as it was."""
    answers = example("keep")
    open_assessment(page, site_url, "en")
    fill(page, "en", answers)
    page.get_by_label(t("en", "assessment.ui.load")).set_input_files(
        {
            "name": "broken.json",
            "mimeType": "application/json",
            "buffer": b'{"late_payments": "weekly"',
        }
    )
    expect(
        page.get_by_text(t("en", "assessment.ui.load_error", file="broken.json"))
    ).to_be_visible()
    expect_answers(page, "en", answers)


def test_share_link_restores_every_field(page: Page, site_url: str) -> None:
    """The share link carries the answers in its fragment; opening it fills the form."""
    answers = example("fix_first")
    open_assessment(page, site_url, "en")
    fill(page, "en", answers)
    page.get_by_role("button", name=t("en", "assessment.ui.share")).click()
    link = page.get_by_label(t("en", "assessment.ui.share_link")).input_value()
    assert link.startswith(assessment_url(site_url, "en") + "#answers=")
    page.goto("about:blank")
    page.goto(link)
    expect_answers(page, "en", answers)


def test_a_damaged_share_link_fills_nothing(page: Page, site_url: str) -> None:
    """A malformed fragment is reported and the form keeps its defaults."""
    open_assessment(page, site_url, "fr", "#answers=not-json!")
    expect(page.get_by_text(t("fr", "assessment.ui.share_error"))).to_be_visible()
    expect_answers(page, "fr", {})


def test_scoring_page_lists_every_criterion_with_its_step(page: Page, site_url: str) -> None:
    """The "How the score works" page shows each criterion and links to its playbook step."""
    page.goto(f"{site_url}en/scoring/")
    rows = page.locator('[data-rules="criteria"] tbody tr')
    expect(rows).to_have_count(len(scoring_rules("en")["criteria"]))
    link = rows.first.get_by_role("link")
    assert link.evaluate("a => a.href") == f"{site_url}en/decide/#step-1"


def test_answers_are_remembered_only_when_asked_and_forgotten(page: Page, site_url: str) -> None:
    """Nothing is kept on the device unless "remember" is ticked; "forget" erases what was
    kept. (The tab itself keeps its work until it is closed: a later visit is a new tab.)"""
    answers = example("keep")
    open_assessment(page, site_url, "en")
    fill(page, "en", answers)
    later = page.context.new_page()
    open_assessment(later, site_url, "en")
    expect_answers(later, "en", {})
    later.close()
    page.get_by_label(t("en", "assessment.ui.remember"), exact=True).check()
    expect(page.get_by_text(t("en", "assessment.ui.remembered"))).to_be_visible()
    later = page.context.new_page()
    open_assessment(later, site_url, "en")
    expect_answers(later, "en", answers)
    expect(later.get_by_label(t("en", "assessment.ui.remember"), exact=True)).to_be_checked()
    later.get_by_role("button", name=t("en", "assessment.ui.forget")).click()
    expect(later.get_by_text(t("en", "assessment.ui.forgotten"))).to_be_visible()
    later.close()
    later = page.context.new_page()
    open_assessment(later, site_url, "en")
    expect_answers(later, "en", {})


def test_saved_deal_breakers_count_and_clients_compare(page: Page, site_url: str) -> None:
    """Saved deal-breakers become checkboxes; assessed clients line up in a table."""
    items = [{"id": "broken-agreements"}, {"text": "Never answers emails"}]
    answers = {**example("exit"), "deal_breakers_hit": ["broken-agreements"]}
    report = assess_op({"answers": answers}, Lang("en"))["report"]
    open_assessment(page, site_url, "en")
    page.evaluate(
        "items => localStorage.setItem('client-exit-playbook:deal-breakers', JSON.stringify("
        "{format: 'client-exit-playbook/deal-breakers', version: 1, items}))",
        items,
    )
    open_assessment(page, site_url, "en")
    fill(page, "en", {**answers, "deal_breakers_hit": []})
    page.get_by_label(t("en", "dealbreakers.items.broken-agreements"), exact=True).check()
    expect(page.get_by_label("Never answers emails", exact=True)).not_to_be_checked()
    result = page.locator("[data-assessment-result]")
    expect(page.locator("#assessment-score-case")).to_have_attribute(
        "value", str(report["case_score"]), timeout=BOOT_TIMEOUT_MS
    )
    result.get_by_role("button", name=t("en", "assessment.ui.compare_add")).click()
    caption = t("en", "assessment.ui.compare_caption")
    row = page.get_by_role("table").filter(has_text=caption).locator("tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(report["client_name"])
    expect(row).to_contain_text(report["verdict_title"])


@pytest.mark.parametrize("lang", LANGS)
def test_bands_and_what_would_change_come_from_python(page: Page, site_url: str, lang: str) -> None:
    """Each score shows its band's words, and the changes that would move the verdict sit
    under it, as Python computes them in the browser."""
    answers = example("fix_first")
    open_assessment(page, site_url, lang)
    fill(page, lang, answers)
    report = expect_verdict(page, lang, answers)
    assert report["what_would_change"], "the example must have something to change"
    result = page.locator("[data-assessment-result]")
    for kind in ("case", "risk"):
        band = result.locator(f".playbook-meter:has(#assessment-score-{kind}) .playbook-band")
        expect(band).to_have_text(report[f"{kind}_band"]["label"])
    changes = result.locator(".playbook-verdict-text + [data-what-would-change]")
    expect(
        changes.get_by_role("heading", name=t(lang, "assessment.ui.what_would_change"))
    ).to_be_visible()
    expect(changes.get_by_role("listitem")).to_have_text(
        [change["text"] for change in report["what_would_change"]]
    )


def test_the_announced_change_gives_the_announced_verdict(page: Page, site_url: str) -> None:
    """Holding the frank talk, as the result suggests, gives the verdict it announced."""
    answers = example("fix_first")
    open_assessment(page, site_url, "en")
    fill(page, "en", answers)
    report = expect_verdict(page, "en", answers)
    first = report["what_would_change"][0]
    assert first["field"] == "tried_frank_talk"
    result = page.locator("[data-assessment-result]")
    expect(result.locator("[data-what-would-change] li").first).to_have_text(first["text"])
    label = next(field["label"] for field in fields("en") if field["id"] == first["field"])
    page.locator("#assessment-form").get_by_label(label, exact=True).check()
    changed = expect_verdict(page, "en", {**answers, **first["answers"]})
    assert changed["verdict"] == first["verdict"]
    expect(result).to_have_attribute("data-verdict", first["verdict"])


def test_answers_typed_before_the_script_arrives_are_assessed(page: Page, site_url: str) -> None:
    """What the reader types while the page's script is still on its way is not lost."""
    held: list[Route] = []
    page.route("**/assets/widgets/assessment.mjs", lambda route: held.append(route))
    page.goto(assessment_url(site_url, "en"))
    answers = example("exit")
    fill(page, "en", answers)
    while not held:  # the module's request, kept waiting until the form is filled
        page.wait_for_timeout(50)
    held[0].continue_()
    expect_verdict(page, "en", answers)
