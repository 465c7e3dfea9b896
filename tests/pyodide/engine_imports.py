"""Inside Pyodide (tests/pyodide/run-unit-tests.mjs): what the engine imports while it is tested.

The unit tests run in the interpreter readers get: the site's memory snapshot, restored with the
cut standard library (scripts/snapshot_prep.py). Pytest and Hypothesis need much more of the
standard library; they get it from the full one, appended to ``sys.path`` as an overlay. Every
import statement is recorded, and at the end the modules the engine reached that came from the
overlay, rather than from the restored memory or the cut library, are reported: a reader's
browser would fail to import them.
"""

from __future__ import annotations

import builtins
import sys
import zipfile
import zipimport
from collections import defaultdict
from collections.abc import Iterable
from importlib.machinery import ModuleSpec
from importlib.util import resolve_name
from types import ModuleType
from typing import Any

# The packages whose code runs in the reader's browser.
ENGINE_PACKAGES = ("widgets", "jinja2", "markupsafe")
_imports: defaultdict[str, set[str]] = defaultdict(set)
_native_import = builtins.__import__


def _recording_import(
    name: str,
    globals: dict[str, Any] | None = None,
    locals: Any = None,
    fromlist: Iterable[str] = (),
    level: int = 0,
) -> ModuleType:
    """``__import__``, noting which module imported what (submodules of a from-list too)."""
    importer = (globals or {}).get("__name__", "")
    package = (globals or {}).get("__package__") or importer.rpartition(".")[0]
    try:
        absolute = resolve_name("." * level + name, package) if level else name
    except ImportError:
        absolute = name
    _imports[importer].add(absolute)
    _imports[importer].update(f"{absolute}.{item}" for item in fromlist or () if item != "*")
    return _native_import(name, globals, locals, fromlist, level)


class _Overlay:
    """The last finder: any module of the overlay zip, even below a package the restore holds
    (whose own search path names the cut library only)."""

    def __init__(self, archive: str) -> None:
        self._archive = archive

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        """The module's spec in the overlay, if it is there; noted when the engine asked."""
        caller = _engine_caller()
        if caller:
            _overlay_for_engine.setdefault(caller, set()).add(name)
        package = name.rpartition(".")[0].replace(".", "/")
        where = f"{self._archive}/{package}" if package else self._archive
        try:
            importer = zipimport.zipimporter(where)
        except zipimport.ZipImportError:
            return None
        return importer.find_spec(name)


# Modules only the overlay had, asked for while engine code ran (a codec the engine names, say,
# which the standard library's own code imports), by the engine module that ran.
_overlay_for_engine: dict[str, set[str]] = {}
# Frames that are the test runner's, not the engine's: an import they cause is theirs.
_RUNNER = ("tests", "_pytest", "pytest", "pluggy", "hypothesis", "_hypothesis")


def _engine_caller() -> str | None:
    """The engine module whose code is running, unless the test runner's own code is nearer."""
    frame = sys._getframe(2)
    while frame is not None:
        module = str(frame.f_globals.get("__name__", ""))
        top = module.split(".")[0]
        if top in ENGINE_PACKAGES:
            return module
        if top in _RUNNER:
            return None
        frame = frame.f_back
    return None


def install(overlay: str) -> set[str]:
    """Start recording and put the overlay last; returns the modules the restore holds."""
    held = set(sys.modules)
    sys.meta_path.append(_Overlay(overlay))
    builtins.__import__ = _recording_import
    return held


def _stdlib_modules(archive: zipfile.ZipFile) -> set[str]:
    names = set()
    for member in archive.namelist():
        if member.endswith("/__init__.py"):
            names.add(member[: -len("/__init__.py")].replace("/", "."))
        elif member.endswith(".py"):
            names.add(member[: -len(".py")].replace("/", "."))
    return names


def missing(held: set[str], cut: str, full: str) -> dict[str, list[str]]:
    """Standard modules the browser's engine imported but neither holds nor can load.

    Two ways in: an import statement of an engine module the restore holds (those not held,
    the command line say, never run in a browser) or of a module of the cut library, even when
    the runner had imported the same module first; and any module the overlay alone had,
    asked for while engine code ran, whoever's import statement it was.
    """
    builtins.__import__ = _native_import
    with zipfile.ZipFile(cut) as archive:
        in_cut = _stdlib_modules(archive)
    with zipfile.ZipFile(full) as archive:
        stdlib = _stdlib_modules(archive)
    importers = {
        name for name in held if name.split(".")[0] in ENGINE_PACKAGES or name in in_cut
    } | (in_cut & set(sys.modules))
    found: dict[str, set[str]] = {}
    for importer in sorted(importers):
        for module in _imports.get(importer, ()):
            if module in stdlib and module not in held and module not in in_cut:
                found.setdefault(importer, set()).add(module)
    for importer, modules in _overlay_for_engine.items():
        found.setdefault(importer, set()).update(modules)
    return {importer: sorted(modules) for importer, modules in sorted(found.items())}
