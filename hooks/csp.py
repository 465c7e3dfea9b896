"""A Content-Security-Policy in a <meta> tag on every page (GitHub Pages sends no headers).

The policy allows nothing but the site's own origin. The theme's few inline scripts are
allowed by the SHA-256 of their exact text, computed here after each page is rendered, so
any other inline script (an injected one, say) is refused. Pyodide runs in a Web Worker
loaded from the site itself; WebAssembly needs 'wasm-unsafe-eval', never 'unsafe-eval'.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

# Inline scripts that run: no src attribute, and no data type such as application/json.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*\btype=\"application/(?:ld\+)?json\")[^>]*>(.*?)</script>",
    re.DOTALL,
)
HEAD = re.compile(r"<head>")


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
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "frame-src 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def with_policy(html: str) -> str:
    """The page with its policy as the first element of <head>, before any script."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return HEAD.sub(lambda match: match.group(0) + meta, html, count=1)


# Pages built from Markdown.
def on_post_page(output: str, page: Any, config: Any) -> str:
    return with_policy(output)


# Pages built straight from a theme template: the 404 page.
def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    return with_policy(output_content) if template_name.endswith(".html") else output_content
