"""The build hooks, imported for tests the way MkDocs loads them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HOOKS = Path(__file__).parents[2] / "hooks"


def load_hook(name: str) -> ModuleType:
    """Import ``hooks/<name>.py`` as MkDocs does: a file, not a package, registered under its
    name, with hooks/ on the path so that it may import another hook."""
    sys.path.insert(0, str(HOOKS))
    try:
        spec = importlib.util.spec_from_file_location(name, HOOKS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(HOOKS))
