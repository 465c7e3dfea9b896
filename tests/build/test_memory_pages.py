"""The snapshot's memory without its zero pages: written by the build, expanded in the worker."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[2]
EXPAND = f"""
import {{ readFileSync }} from "node:fs";
import {{ expand }} from {json.dumps((ROOT / "widgets" / "web" / "memory-pages.mjs").as_uri())};
try {{
  process.stdout.write(Buffer.from(expand(new Uint8Array(readFileSync(0)))));
}} catch (error) {{
  process.stderr.write(String(error.message));
  process.exit(3);
}}
"""


def load_hook() -> ModuleType:
    """Import hooks/runtime_assets.py as MkDocs does, with its folder on the path."""
    sys.path.insert(0, str(ROOT / "hooks"))
    try:
        spec = importlib.util.spec_from_file_location(
            "runtime_assets", ROOT / "hooks" / "runtime_assets.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["runtime_assets"] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "hooks"))


hook = load_hook()


def expand(packed: bytes) -> subprocess.CompletedProcess[bytes]:
    """widgets/web/memory-pages.mjs run by Node on ``packed``."""
    return subprocess.run(
        ["node", "--input-type=module", "-e", EXPAND],
        input=packed,
        capture_output=True,
        check=False,
    )


def memory() -> bytes:
    """Pages of zeros and pages of data, and a last page shorter than the others."""
    rng = random.Random(7)
    pages = [bytes(4096) if rng.random() < 0.5 else rng.randbytes(4096) for _ in range(40)]
    pages[3] = bytes(4095) + b"\x01"
    return b"".join(pages) + rng.randbytes(160)


def test_the_worker_expands_what_the_build_packed() -> None:
    original = memory()
    packed = hook.memory_pages(original)
    assert len(packed) < len(original)
    done = expand(packed)
    assert done.returncode == 0, done.stderr
    assert done.stdout == original


def test_only_pages_that_hold_something_are_kept() -> None:
    packed = hook.memory_pages(bytes(8192) + b"\x02" * 10, page_size=4096)
    # magic, total, page size, one page: page 2 of 10 bytes
    assert (
        packed
        == b"PBMP"
        + (8202).to_bytes(4, "little")
        + (4096).to_bytes(4, "little")
        + (1).to_bytes(4, "little")
        + (2).to_bytes(4, "little")
        + b"\x02" * 10
    )


@pytest.mark.parametrize(
    "broken",
    [
        b"",
        b"GZIP" + bytes(100),
        hook.memory_pages(memory())[:-1],
        hook.memory_pages(memory()) + b"\x00",
    ],
    ids=["empty", "another format", "cut short", "trailing bytes"],
)
def test_anything_else_is_refused_so_the_boot_falls_back(broken: bytes) -> None:
    assert expand(broken).returncode == 3
