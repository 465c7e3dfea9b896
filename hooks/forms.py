"""Every form of the site submits nowhere: ``method="dialog"`` on each ``<form>`` of every page.

A form sent by the browser itself (Enter in a field, a submit button) would put what the reader
typed into an address, for the host's logs and the browser's history to keep. The tools' forms
are read by their scripts, and the theme's (search, colour scheme) by its own; without those
scripts (JavaScript off, a module that failed or is still loading) the browser would send them.
A ``dialog`` form outside a ``<dialog>`` is never sent: its ``submit`` event still reaches the
scripts, and nothing leaves. A form that names an address or another method fails the build.
"""

from __future__ import annotations

import re
from typing import Any

FORM = re.compile(r"<form\b(?P<attributes>[^>]*)>", re.IGNORECASE)
# What would send a form somewhere: on the form, or on one of its buttons.
SENDS = re.compile(r"\s(?:action|method|formaction|formmethod|formtarget|target)\s*=", re.I)
DIALOG = re.compile(r"\smethod\s*=\s*[\"']?dialog[\"']?(?=[\s/>]|$)", re.IGNORECASE)
BUTTON = re.compile(r"<(?:button|input)\b[^>]*>", re.IGNORECASE)


class FormError(ValueError):
    """A page holds a form or a button that could send the reader's words somewhere."""


def unsendable(html: str, where: str = "page") -> str:
    """``html`` with ``method="dialog"`` on every form; FormError where one could be sent."""
    for button in BUTTON.findall(html):
        if SENDS.search(button):
            raise FormError(f"{where}: a control names where to send its form: {button}")

    def stamped(match: re.Match[str]) -> str:
        attributes = match["attributes"]
        rest = DIALOG.sub("", attributes, count=1)
        if SENDS.search(rest):
            raise FormError(f"{where}: a form names where or how to be sent: {match[0]}")
        return match[0] if rest != attributes else f'<form method="dialog"{attributes}>'

    return FORM.sub(stamped, html)


# Pages built from Markdown.
def on_post_page(output: str, page: Any, config: Any) -> str:
    return unsendable(output, page.file.src_uri)


# Pages built straight from a theme template: the 404 page.
def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    return (
        unsendable(output_content, template_name)
        if template_name.endswith(".html")
        else output_content
    )
