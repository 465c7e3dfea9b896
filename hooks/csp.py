"""A Content-Security-Policy and a referrer policy in <meta> tags on every page.

GitHub Pages sends no headers, so the page carries its policies. The Content-Security-Policy
allows nothing but the site's own origin. The theme's few inline scripts are allowed by the
SHA-256 of their exact text, computed here after each page is rendered, so any other inline
script (an injected one, say) is refused. Pyodide runs in a Web Worker started from a blob:
wrapper, which takes this policy too (a worker loaded from the host would take its response's,
and there is none); WebAssembly needs 'wasm-unsafe-eval', never 'unsafe-eval'. No form may
submit anywhere ('none'): the tools compute in the page, and a form sent to the host would put
what was typed into its logs. A page with no <head> to hold the policies fails the build.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from mkdocs.exceptions import PluginError

# Inline scripts that run: no src attribute, and no data type such as application/json.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/(?:ld\+)?json\")[^>]*>(.*?)</script>",
    re.DOTALL,
)
HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
# No page sends its address to another site (a share link holds answers in its fragment, which
# browsers never send, but the path and query of a page are nobody else's business either).
REFERRER = '<meta name="referrer" content="no-referrer">'


class MissingHead(PluginError):
    """A page with no <head> element, where no policy can be put."""


def script_hashes(html: str) -> list[str]:
    """The CSP source expression of every inline script in the page, in order, deduplicated."""
    hashes: list[str] = []
    for body in INLINE_SCRIPT.findall(html):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        source = f"'sha256-{digest}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def policy(html: str) -> str:
    """The page's policy: its own origin only, plus the hashes of its own inline scripts."""
    scripts = " ".join(["'self'", "'wasm-unsafe-eval'", *script_hashes(html)])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            # data: reaches no host: the snapshot's decoder reads its WebAssembly from one.
            "connect-src 'self' data:",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "frame-src 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
        ]
    )


def with_policy(html: str, where: str = "page") -> str:
    """The page with its policies as the first elements of <head>, before any script."""
    if not HEAD.search(html):
        raise MissingHead(f"csp: {where} has no <head> to hold its Content-Security-Policy")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">{REFERRER}'
    return HEAD.sub(lambda match: match.group(0) + meta, html, count=1)


# Pages built from Markdown.
def on_post_page(output: str, page: Any, config: Any) -> str:
    return with_policy(output, page.file.src_uri)


# Pages built straight from a theme template: the 404 page.
def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    if not template_name.endswith(".html"):
        return output_content
    return with_policy(output_content, template_name)
