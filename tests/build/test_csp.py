"""The page policies hooks/csp.py writes into every page, and the build failure without <head>."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def load_hook() -> ModuleType:
    """Import hooks/csp.py the way MkDocs does: as a file, not a package."""
    path = Path(__file__).parents[2] / "hooks" / "csp.py"
    spec = importlib.util.spec_from_file_location("csp", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["csp"] = module
    spec.loader.exec_module(module)
    return module


csp = load_hook()
PAGE = (
    '<!doctype html><html lang="en"><head lang="en"><meta charset="utf-8">'
    "<script>window.a = 1</script></head><body><header>x</header>"
    '<script type="application/json">{"b": 2}</script><script src="x.js"></script></body></html>'
)


def directives(html: str) -> dict[str, str]:
    """The policy's directives by name."""
    content = html.split('http-equiv="Content-Security-Policy" content="')[1].split('"')[0]
    return dict(part.split(" ", 1) for part in content.split("; "))


def test_the_policies_come_first_in_head_even_with_attributes() -> None:
    out = csp.with_policy(PAGE)
    head = out.index('<head lang="en">') + len('<head lang="en">')
    assert out[head:].startswith('<meta http-equiv="Content-Security-Policy"')
    assert '<meta name="referrer" content="no-referrer"><meta charset="utf-8">' in out
    assert out.count("Content-Security-Policy") == 1


def test_only_the_pages_own_inline_scripts_are_allowed() -> None:
    digest = base64.b64encode(hashlib.sha256(b"window.a = 1").digest()).decode()
    assert directives(csp.with_policy(PAGE))["script-src"] == (
        f"'self' 'wasm-unsafe-eval' 'sha256-{digest}'"
    )


def test_no_form_may_submit_and_workers_come_from_the_site_or_a_wrapper() -> None:
    policy = directives(csp.with_policy(PAGE))
    assert policy["form-action"] == "'none'"
    assert policy["worker-src"] == "'self' blob:"
    assert policy["connect-src"] == "'self' data:"
    assert policy["default-src"] == "'self'"


@pytest.mark.parametrize(
    "page", ["<html><body>no head</body></html>", "<html><header>a header</header></html>", ""]
)
def test_a_page_without_head_fails_the_build(page: str) -> None:
    with pytest.raises(csp.MissingHead, match="no <head>"):
        csp.with_policy(page, "broken.md")
