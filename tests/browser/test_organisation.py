"""An internal copy: the site built with examples/organisation.yml (into a temporary folder,
once for this module, reusing the cached memory snapshot), and the public build beside it."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from playwright.sync_api import BrowserContext, Page, expect

from macros.organisation import PATH_VARIABLE, parse
from tests.browser.axe import violations
from tests.browser.conftest import BOOT_TIMEOUT_MS, ROOT, SITE, Traffic, page_url, serve
from tests.browser.test_assessment import example, fill
from tests.browser.test_script import fragment
from widgets.assessment.bridge import assess_op
from widgets.i18n import LANGS, Lang, t

EXAMPLE = ROOT / "examples" / "organisation.yml"
ORGANISATION = parse(EXAMPLE)
MKDOCS = str(ROOT / ".venv" / "bin" / "mkdocs")


def build(site: Path, organisation: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build`` of the working tree into ``site`` with ``organisation``."""
    env = {**os.environ, PATH_VARIABLE: str(organisation), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [MKDOCS, "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built with the worked example, served; every page test of this module uses it."""
    site = tmp_path_factory.mktemp("organisation-site")
    done = build(site, EXAMPLE)
    assert done.returncode == 0, done.stderr
    yield from serve(site)


@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_is_signed_by_the_organisation_and_stays_the_readers(
    page: Page, site_url: str, lang: str
) -> None:
    """The generator starts from the organisation's letterhead; what the reader types wins."""
    page.goto(page_url(site_url, lang, "script"))
    name = page.get_by_label(t(lang, "script.fields.your_name.label"), exact=True)
    expect(name).to_have_value("Camille Durand")
    expect(page.get_by_label(t(lang, "script.fields.notice_days.label"), exact=True)).to_have_value(
        "60"
    )
    page.get_by_label(t(lang, "script.fields.client_name.label"), exact=True).fill("Studio Kessler")
    letter = page.locator('[data-script-part="letter"]')
    role = ORGANISATION.role[lang]
    expect(letter).to_contain_text(role, timeout=BOOT_TIMEOUT_MS)
    for line in ("Camille Durand", "Atelier Horizon", "12 rue des Tanneurs", "Studio Kessler"):
        expect(letter).to_contain_text(line)
    name.fill("Lou Martin")
    expect(letter).to_contain_text("Lou Martin")
    expect(letter).not_to_contain_text("Camille Durand")


def test_the_letterhead_stays_when_the_script_starts_from_an_assessment(
    page: Page, site_url: str
) -> None:
    """Fields the assessment does not fill keep the organisation's values, not blanks."""
    answers = json.loads((ROOT / "examples" / "assessment" / "exit.json").read_text("utf-8"))
    page.goto(page_url(site_url, "en", "script") + "#assessment=" + fragment(answers))
    client = page.get_by_label(t("en", "script.fields.client_name.label"), exact=True)
    expect(client).to_have_value("Studio Kessler", timeout=BOOT_TIMEOUT_MS)
    for field, value in (("your_name", "Camille Durand"), ("your_company", "Atelier Horizon")):
        label = t("en", f"script.fields.{field}.label")
        expect(page.get_by_label(label, exact=True)).to_have_value(value)
    expect(page.locator('[data-script-part="letter"]')).to_contain_text("Managing partner")


@pytest.mark.parametrize("lang", LANGS)
def test_the_policy_is_on_the_deal_breakers_page_and_in_the_printed_playbook(
    page: Page, site_url: str, lang: str
) -> None:
    """ "Our policy" lists the organisation's deal-breakers, on its page and on the print page."""
    for name in ("deal-breakers", "print"):
        page.goto(page_url(site_url, lang, name))
        policy = page.locator("[data-organisation-policy]")
        expect(policy).to_contain_text(t(lang, "organisation.policy_title"))
        expect(policy.get_by_role("listitem")).to_have_text(list(ORGANISATION.policy(lang)))


@pytest.mark.parametrize("lang", LANGS)
def test_the_assessment_offers_the_policy_and_names_the_contact(
    page: Page, site_url: str, lang: str
) -> None:
    """A policy item ticked counts as a deal-breaker hit; the next steps name who to ask."""
    item = ORGANISATION.policy(lang)[0]
    answers: dict[str, Any] = {**example("keep"), "deal_breakers_hit": []}
    page.goto(page_url(site_url, lang, "assessment"))
    expect(page.get_by_role("button", name=t(lang, "assessment.ui.save"))).to_be_visible()
    offer = page.locator("[data-saved-deal-breakers]")
    expect(offer).to_contain_text(t(lang, "organisation.offer", name="Atelier Horizon"))
    # The reader has no list of their own on this device: only the policy is offered.
    expect(offer.get_by_text(t(lang, "assessment.ui.saved_deal_breakers"))).to_be_hidden()
    fill(page, lang, answers)
    page.get_by_label(item, exact=True).check()
    report = assess_op({"answers": {**answers, "deal_breakers_hit": [item]}}, Lang(lang))["report"]
    result = page.locator("[data-assessment-result]")
    expect(result.get_by_role("heading", level=2)).to_have_text(
        report["verdict_title"], timeout=BOOT_TIMEOUT_MS
    )
    assert report["verdict"] != assess_op({"answers": answers}, Lang(lang))["report"]["verdict"]
    steps = result.locator("ol").last
    expect(steps.locator("li").last).to_have_text(
        t(
            lang,
            "organisation.contact",
            contact="Malik Benali",
            address="malik.benali@atelier-horizon.example",
            name="Atelier Horizon",
        )
    )


@pytest.mark.parametrize("lang", LANGS)
def test_before_you_announce_names_the_contact(page: Page, site_url: str, lang: str) -> None:
    """Part 2's checks before announcing say who to ask inside the organisation."""
    page.goto(page_url(site_url, lang, "do-it"))
    contact = page.locator("#before-you-announce ~ [data-organisation-contact]").first
    expect(contact).to_contain_text("Malik Benali")
    link = contact.get_by_role("link", name="malik.benali@atelier-horizon.example")
    expect(link).to_have_attribute("href", "mailto:malik.benali@atelier-horizon.example")


@pytest.mark.parametrize("lang", LANGS)
def test_the_theme_takes_the_name_logo_and_colours(page: Page, site_url: str, lang: str) -> None:
    """Through the theme's own settings: site name, logo and colour variables."""
    page.goto(page_url(site_url, lang, "index"))
    expect(page).to_have_title(
        re.compile("(^| - )" + re.escape(ORGANISATION.site_name[lang]) + "$")
    )
    header = page.locator("header.md-header")
    expect(header).to_have_css("background-color", "rgb(11, 110, 79)")
    expect(page.locator("article p a[href]").first).to_have_css("color", "rgb(11, 110, 79)")
    logo = page.locator(".md-header__button.md-logo img")
    expect(logo).to_have_attribute("src", re.compile(r"(^|/)assets/organisation/logo\.svg$"))
    assert logo.evaluate("image => image.complete && image.naturalWidth > 0")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_pages_it_changes_stay_accessible(
    context: BrowserContext, traffic: Traffic, site_url: str, scheme: str
) -> None:
    """axe finds nothing on the pages the organisation changes, in its colours, both schemes."""
    # Not the CSP-watched page: axe itself applies inline styles while it measures contrast.
    page = context.new_page()
    page.emulate_media(color_scheme=scheme)
    found = {}
    for lang in LANGS:
        for name in ("index", "do-it", "deal-breakers", "assessment", "script"):
            page.goto(page_url(site_url, lang, name))
            if problems := violations(page):
                found[f"{lang}/{name}"] = problems
    assert found == {}


def test_a_broken_file_stops_the_build_with_what_to_fix(tmp_path: Path) -> None:
    """The build fails on the file's error, naming the file, the key and what is expected."""
    broken = tmp_path / "organisation.yml"
    broken.write_text("name: Acme\npalette:\n  primary: green\n", "utf-8")
    done = build(tmp_path / "site", broken)
    assert done.returncode != 0
    assert f"{broken}: palette.primary: expected the header's colour, written #RRGGBB" in (
        done.stderr + done.stdout
    )
    assert not (tmp_path / "site" / "index.html").exists()


def test_the_public_build_is_unchanged_and_publishes_the_schema() -> None:
    """make build without the file: no organisation anywhere; the schema is published and the
    worked example meets the published copy."""
    if not (SITE / "index.html").is_file():
        pytest.fail(f"{SITE} holds no built site: run `make build` first")
    assert not (SITE / "assets" / "organisation").exists()
    for page in SITE.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "data-organisation-" not in text, page
        assert "Atelier Horizon" not in text, page
    for lang in LANGS:
        script = (SITE / page_url("", lang, "script") / "index.html").read_text("utf-8")
        field = re.search(r'<input [^>]*name="your_name"[^>]*>', script)
        assert field is not None and " value=" not in field.group(0)
        assert "organisation_contact" not in script
    published = json.loads((SITE / "schemas" / "organisation.schema.json").read_text("utf-8"))
    data = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    assert list(Draft202012Validator(published).iter_errors(data)) == []
