"""An internal copy's name, logo and colours, from ``organisation.yml``, through the theme's
own settings (site_name, theme.logo, extra_css); the pages' content is the macros' concern.

Reads the file once per language pass (the i18n plugin runs the build once per language),
after the i18n plugin's on_config, so the pass's site name is already set and the
organisation's replaces it. A file that does not hold stops the build with its errors.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from i18n_passes import is_default_language_pass
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# The macros package (the loader and its schema) sits at the repository's root, which the
# mkdocs command does not import from.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.organisation import Organisation, OrganisationError, load

ASSETS = "assets/organisation"
STYLESHEET = f"{ASSETS}/theme.css"


# The organisation for the macros (config.extra), its site name, logo and stylesheet; after
# the i18n plugin's on_config (priority -100), which sets the pass's language and site name.
@event_priority(-110)
def on_config(config: Any) -> Any:
    try:
        organisation = load()
    except OrganisationError as error:
        raise PluginError(f"organisation: {error}") from None
    config.extra["organisation"] = organisation
    if organisation is None:
        return config
    lang = str(config.theme["language"])
    if lang in organisation.site_name:
        config.site_name = organisation.site_name[lang]
    if organisation.logo is not None:
        config.theme["logo"] = f"{ASSETS}/logo{organisation.logo.suffix.lower()}"
    if (organisation.primary or organisation.accent) and STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    return config


def _shade(colour: str, amount: float) -> str:
    """``colour`` mixed with white (amount > 0) or black (amount < 0), for the theme's
    lighter and darker variants of a colour."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    target = 255 if amount > 0 else 0
    mixed = [round(c + (target - c) * abs(amount)) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def stylesheet(organisation: Organisation) -> str:
    """The theme's colour variables. The header takes the primary colour in both schemes; the
    links and the accent take the organisation's colours in the light scheme only, since the
    dark scheme's own are chosen for contrast on its dark background. The selectors outweigh
    the site's own (widgets/web/playbook.css), which loads after the theme's extra_css."""
    both, light = [], []
    if organisation.primary:
        primary = organisation.primary
        both += [
            f"  --md-primary-fg-color: {primary};",
            f"  --md-primary-fg-color--light: {_shade(primary, 0.15)};",
            f"  --md-primary-fg-color--dark: {_shade(primary, -0.2)};",
        ]
        light.append(f"  --md-typeset-a-color: {primary};")
    if organisation.accent:
        light.append(f"  --md-accent-fg-color: {organisation.accent};")
    rules = ["/* The organisation's colours (organisation.yml: palette). */"]
    if both:
        body = "\n".join(both)
        rules.append(
            f':root [data-md-color-scheme="default"],\n:root [data-md-color-scheme="slate"] '
            f"{{\n{body}\n}}"
        )
    if light:
        body = "\n".join(light)
        rules.append(f':root [data-md-color-scheme="default"] {{\n{body}\n}}')
    return "\n".join(rules) + "\n"


# One copy of the logo and the stylesheet at the site's root, which every language links to.
def on_post_build(config: Any) -> None:
    organisation = config.extra.get("organisation")
    if organisation is None or not is_default_language_pass(config):
        return
    folder = Path(config.site_dir) / ASSETS
    folder.mkdir(parents=True, exist_ok=True)
    if organisation.logo is not None:
        shutil.copyfile(organisation.logo, folder / f"logo{organisation.logo.suffix.lower()}")
    if organisation.primary or organisation.accent:
        (folder / "theme.css").write_text(stylesheet(organisation), "utf-8")
