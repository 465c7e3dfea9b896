"""Ship the in-browser runtime inside the built site: Pyodide, the wheels, the worker, a snapshot.

Everything the worker loads sits in one folder named by the runtime's version,
``assets/runtime/<version>/``, and every page names the version it was built with (its
``playbook-runtime`` meta tag), so a browser never pairs one build's pages with another
build's engine, whatever its HTTP cache holds. ``assets/runtime/manifest.json`` says which
version the site runs now; the worker reads it with ``no-cache`` and stops if it is not its own.

The files are written once per build, on the default-language pass: every language shares one
copy, so the runtime is never duplicated per language.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard
from i18n_passes import is_default_language_pass

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
# Decompresses the snapshot in the worker (browsers decompress no zstd stream themselves).
DECODER = ROOT / "node_modules" / "zstddec" / "dist" / "zstddec.mjs"
# Runtime dependencies of the engine, made by the set-up, with the hashes they must have.
DEPENDENCY_WHEELS = ROOT / ".cache" / "wheels" / "runtime"
WHEEL_HASHES = ROOT / "requirements" / "browser-wheels.sha256"
WEB_GLUE = ROOT / "widgets" / "web"
WORKER = "worker.mjs"
# The worker's own modules, beside it in the runtime's folder.
WORKER_MODULES = (WORKER, "memory-pages.mjs", "failure.mjs")
SNAPSHOT_MAKER = ROOT / "scripts" / "make_snapshot.mjs"
SNAPSHOT_PREP = ROOT / "scripts" / "snapshot_prep.py"
# pyodide-build's command line, in its own environment (Python >= 3.12; see the Makefile).
PYODIDE_CLI = Path(os.environ.get("PYODIDE_BUILD_BIN", ROOT / ".venv-pyodide" / "bin")) / "pyodide"
# Snapshots by content: rebuilding an unchanged engine costs no Node boot.
SNAPSHOT_CACHE = ROOT / ".cache" / "snapshots"
KEPT_SNAPSHOTS = 3
SNAPSHOT = "snapshot.bin.zst"
SNAPSHOT_STDLIB = "snapshot-stdlib.zip"
# The sizes of the snapshot's pages (decompressed) and of the memory they fill.
SIZES = ("pages.size", "memory.size")
# The largest window a zstd decoder is asked to keep: the whole memory (about 30 MiB).
ZSTD_LEVEL, ZSTD_WINDOW_LOG = 19, 25


@dataclass(frozen=True)
class Runtime:
    """The engine's wheels for this build, and the names derived from their content."""

    engine: str
    wheels: tuple[Path, ...]
    snapshot_key: str
    version: str


_runtime: Runtime | None = None


# Fail the build with the command that fixes it, rather than ship a site whose widgets 404.
def _require(path: Path, fix: str) -> Path:
    if not path.exists():
        raise SystemExit(f"runtime_assets: {path.relative_to(ROOT)} is missing; run `{fix}`")
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The dependency wheels every reader runs must be the ones whose hashes the repository keeps.
def _checked_dependency_wheels() -> list[Path]:
    expected = dict(
        reversed(line.split()) for line in WHEEL_HASHES.read_text("utf-8").splitlines() if line
    )
    wheels = sorted(_require(DEPENDENCY_WHEELS, "make setup").glob("*.whl"))
    found = {wheel.name for wheel in wheels}
    if found != set(expected):
        raise SystemExit(
            f"runtime_assets: {DEPENDENCY_WHEELS} holds {sorted(found)}, "
            f"{WHEEL_HASHES.name} lists {sorted(expected)}; run `make setup`"
        )
    for wheel in wheels:
        if _sha256(wheel) != expected[wheel.name]:
            raise SystemExit(
                f"runtime_assets: {wheel.name} does not match its sha256 in "
                f"{WHEEL_HASHES.relative_to(ROOT)}; run `make setup`"
            )
    return wheels


# The engine's wheel is built from the working tree, so the browser runs the code under test.
def _build_engine_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("*.whl")
    return wheel


def _engine_name() -> str:
    for line in (ROOT / "pyproject.toml").read_text("utf-8").splitlines():
        if line.startswith("name = "):
            return line.split('"')[1]
    raise SystemExit("runtime_assets: pyproject.toml names no project")


# Wheel members are hashed rather than the zip files, whose timestamps may change on every
# build and would throw away a valid snapshot.
def _digest(*parts: bytes | Path) -> str:
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, bytes):
            digest.update(part)
        elif part.suffix == ".whl":
            with zipfile.ZipFile(part) as archive:
                for name in sorted(archive.namelist()):
                    digest.update(name.encode())
                    digest.update(archive.read(name))
        else:
            digest.update(part.read_bytes())
    return digest.hexdigest()[:16]


def _prepare(staging: Path) -> Runtime:
    wheels = (_build_engine_wheel(staging), *_checked_dependency_wheels())
    pyodide = json.loads((PYODIDE_DIR / "package.json").read_text("utf-8"))["version"]
    # What the interpreter's memory after the warm-up depends on...
    shipped_as = f"{MEMORY_PAGES_MAGIC!r} {PAGE_SIZE} zstd {ZSTD_LEVEL} {ZSTD_WINDOW_LOG}"
    snapshot_key = _digest(
        pyodide.encode(), shipped_as.encode(), SNAPSHOT_MAKER, SNAPSHOT_PREP, *wheels
    )
    # ...and what else the runtime's folder holds.
    version = _digest(snapshot_key.encode(), *(WEB_GLUE / name for name in WORKER_MODULES), DECODER)
    return Runtime(_engine_name(), wheels, snapshot_key, f"{pyodide}-{version}")


_staging = tempfile.TemporaryDirectory(prefix="playbook-runtime-")


# The version is known before any page is rendered, so that each page can name it.
def on_config(config: Any) -> Any:
    global _runtime
    if _runtime is None or is_default_language_pass(config):
        for old in Path(_staging.name).glob("*.whl"):
            old.unlink()
        _runtime = _prepare(Path(_staging.name))
    config.extra["playbook_runtime"] = _runtime.version
    return config


# The runtime's folder, the site's lock file, the snapshot, the manifest; the page glue.
def on_post_build(config: Any) -> None:
    if not is_default_language_pass(config) or _runtime is None:
        return
    assets = Path(config.site_dir) / "assets"
    runtime_root = assets / "runtime"
    folder = runtime_root / _runtime.version
    shutil.rmtree(runtime_root, ignore_errors=True)
    folder.mkdir(parents=True)

    for name in PYODIDE_FILES:
        shutil.copy2(_require(PYODIDE_DIR / name, "npm ci"), folder / name)
    shutil.copy2(_require(DECODER, "npm ci"), folder / DECODER.name)
    for name in WORKER_MODULES:
        shutil.copy2(WEB_GLUE / name, folder / name)
    wheels = [Path(shutil.copy2(wheel, folder / wheel.name)) for wheel in _runtime.wheels]
    _write_lock(folder, wheels)

    kept = _snapshot(folder, _runtime)
    shutil.copy2(kept / SNAPSHOT, folder / SNAPSHOT)
    shutil.copy2(kept / SNAPSHOT_STDLIB, folder / SNAPSHOT_STDLIB)

    manifest = {
        "version": _runtime.version,
        "folder": f"{_runtime.version}/",
        # What a fresh boot installs by name from the folder's pyodide-lock.json.
        "engine": _runtime.engine,
        "snapshot": SNAPSHOT,
        "snapshot_stdlib": SNAPSHOT_STDLIB,
        # Its size once decompressed, so the decoder allocates once, and the memory's.
        "snapshot_bytes": int((kept / "pages.size").read_text("utf-8")),
        "snapshot_memory": int((kept / "memory.size").read_text("utf-8")),
    }
    (runtime_root / "manifest.json").write_text(json.dumps(manifest, indent=2), "utf-8")
    shutil.copytree(
        WEB_GLUE, assets / "widgets", dirs_exist_ok=True, ignore=shutil.ignore_patterns(WORKER)
    )


# Pyodide's lock file plus the site's wheels, each with its sha256 and dependencies, written by
# pyodide-build: Pyodide then installs the engine by name and checks every wheel's integrity.
def _write_lock(folder: Path, wheels: list[Path]) -> None:
    command = [
        str(_require(PYODIDE_CLI, "make setup")),
        "lockfile",
        "add-wheels",
        "--input",
        str(_require(PYODIDE_DIR / "pyodide-lock.json", "npm ci")),
        "--output",
        str(folder / "pyodide-lock.json"),
        "--base-path",
        str(folder),
        *map(str, wheels),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"runtime_assets: pyodide lockfile add-wheels failed:\n{done.stderr}")


# The interpreter's memory after the engine's warm-up, made under Node from the files just
# copied, so the browser restores exactly what it would otherwise boot; compressed with zstd,
# about a third smaller than gzip.
def _snapshot(folder: Path, runtime: Runtime) -> Path:
    kept = SNAPSHOT_CACHE / runtime.snapshot_key
    if not all((kept / name).exists() for name in (SNAPSHOT, SNAPSHOT_STDLIB, *SIZES)):
        SNAPSHOT_CACHE.mkdir(parents=True, exist_ok=True)
        made = Path(tempfile.mkdtemp(prefix="making-", dir=SNAPSHOT_CACHE))
        subprocess.run(
            ["node", str(SNAPSHOT_MAKER), str(folder), str(made), runtime.engine], check=True
        )
        memory = (made / "memory.bin").read_bytes()
        pages = memory_pages(memory)
        params = zstandard.ZstdCompressionParameters.from_level(
            ZSTD_LEVEL,
            source_size=len(pages),
            window_log=ZSTD_WINDOW_LOG,
            enable_ldm=True,
            write_content_size=True,
        )
        compressed = zstandard.ZstdCompressor(compression_params=params).compress(pages)
        (made / SNAPSHOT).write_bytes(compressed)
        (made / "pages.size").write_text(str(len(pages)), "utf-8")
        (made / "memory.size").write_text(str(len(memory)), "utf-8")
        (made / "memory.bin").unlink()
        # Renamed whole: two builds sharing a cache never read half a snapshot.
        shutil.rmtree(kept, ignore_errors=True)
        made.rename(kept)
    # A few recent snapshots stay (switching branches back and forth); older ones go, with any
    # file an earlier layout of the cache left.
    for stray in SNAPSHOT_CACHE.iterdir():
        if stray.is_file():
            stray.unlink()
    older = sorted(
        (
            path
            for path in SNAPSHOT_CACHE.iterdir()
            if path.is_dir() and path != kept and not path.name.startswith("making-")
        ),
        key=lambda path: path.stat().st_mtime,
    )
    for path in older[: max(0, len(older) - KEPT_SNAPSHOTS + 1)]:
        shutil.rmtree(path, ignore_errors=True)
    kept.touch()
    return kept


MEMORY_PAGES_MAGIC = b"PBMP"
PAGE_SIZE = 4096


def memory_pages(memory: bytes, page_size: int = PAGE_SIZE) -> bytes:
    """The memory without its all-zero pages, as widgets/web/memory-pages.mjs expands it."""
    zero = bytes(page_size)
    numbers: list[int] = []
    pages: list[bytes] = []
    for number, start in enumerate(range(0, len(memory), page_size)):
        page = memory[start : start + page_size]
        if page != zero[: len(page)]:
            numbers.append(number)
            pages.append(page)
    header = struct.pack("<4s3I", MEMORY_PAGES_MAGIC, len(memory), page_size, len(numbers))
    return b"".join([header, struct.pack(f"<{len(numbers)}I", *numbers), *pages])
