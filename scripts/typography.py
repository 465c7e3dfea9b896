"""Apply each language's typography to the engine's catalogue and script templates.

``python -m scripts.typography --fix`` rewrites the French catalogue and templates with French
spacing, and the English ones with curly quotes and apostrophes; ``--check`` lists the lines
that need it and fails if any does. It only touches string values of the catalogue and the
literal text of templates, never keys, comments or Jinja code, so it can be run again after any
edit. The rules are those of ``widgets.typography``, which the build applies to the pages.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from widgets.typography import RULES, typeset_source

ROOT = Path(__file__).resolve().parent.parent
WIDGETS = ROOT / "widgets"


# Spaces a reader of the diff could not see otherwise.
_VISIBLE = str.maketrans({"\u00a0": "\\u00a0", "\u202f": "\\u202f", "\u2009": "\\u2009"})


def files() -> list[tuple[Path, str]]:
    """Each catalogue and script template, with its language."""
    found = []
    for lang in RULES:
        found.append((WIDGETS / "catalog" / f"{lang}.toml", lang))
        found += [(p, lang) for p in sorted((WIDGETS / "script" / "templates" / lang).glob("*.j2"))]
    return found


def main(argv: list[str] | None = None) -> int:
    """Fix or check every file; with --check, exit 1 and show a diff when one needs fixing."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--fix", action="store_true", help="rewrite the files")
    mode.add_argument("--check", action="store_true", help="show what --fix would change")
    args = parser.parse_args(argv)
    unfixed = 0
    for path, lang in files():
        source = path.read_text("utf-8")
        fixed = typeset_source(source, lang, "toml" if path.suffix == ".toml" else "jinja")
        if fixed == source:
            continue
        name = str(path.relative_to(ROOT))
        if args.fix:
            path.write_text(fixed, "utf-8")
            print(f"fixed {name}")
            continue
        unfixed += 1
        diff = difflib.unified_diff(
            source.splitlines(), fixed.splitlines(), name, f"{name} (fixed)", lineterm=""
        )
        print("\n".join(line.translate(_VISIBLE) for line in diff))
    if unfixed:
        print(f"{unfixed} file(s) need `python -m scripts.typography --fix`.", file=sys.stderr)
    return 1 if unfixed else 0


if __name__ == "__main__":
    sys.exit(main())
