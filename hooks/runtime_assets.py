"""Ship the in-browser runtime inside the built site: Pyodide, the wheels, the widget glue.

Runs once per build, on the default-language pass: every language shares one copy under
``<site>/assets``, so the ~10 MB runtime is never duplicated per language.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from i18n_passes import is_default_language_pass

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# Runtime dependencies of the engine, made pure by the set-up (see Makefile `wheels`).
DEPENDENCY_WHEELS = ROOT / ".cache" / "wheels" / "runtime"
WEB_GLUE = ROOT / "widgets" / "web"
SNAPSHOT_MAKER = ROOT / "scripts" / "make_snapshot.mjs"
# Snapshots by runtime version: rebuilding an unchanged engine costs no Node boot.
SNAPSHOT_CACHE = ROOT / ".cache" / "snapshots"
KEPT_SNAPSHOTS = 3


# Fail the build with the command that fixes it, rather than ship a site whose widgets 404.
def _require(path: Path, fix: str) -> Path:
    if not path.exists():
        raise SystemExit(f"runtime_assets: {path.relative_to(ROOT)} is missing; run `{fix}`")
    return path


# The engine's wheel is built from the working tree, so the browser runs the code under test.
def _build_engine_wheel(out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp, "."],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        (wheel,) = Path(tmp).glob("*.whl")
        return Path(shutil.copy2(wheel, out / wheel.name))


# Names the memory snapshot, so it must change whenever the interpreter's state after the
# warm-up could. Wheel members are hashed rather than the zip files, whose timestamps change on
# every build and would throw away a valid snapshot.
def _runtime_version(wheels: list[Path]) -> str:
    digest = hashlib.sha256()
    pyodide = json.loads((PYODIDE_DIR / "package.json").read_text("utf-8"))["version"]
    digest.update(pyodide.encode())
    digest.update(SNAPSHOT_MAKER.read_bytes())
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            for name in sorted(archive.namelist()):
                digest.update(name.encode())
                digest.update(archive.read(name))
    return f"{pyodide}-{digest.hexdigest()[:16]}"


# One copy of each runtime file, the wheels, the glue, and a manifest the worker reads.
def on_post_build(config: Any) -> None:
    if not is_default_language_pass(config):
        return
    assets = Path(config.site_dir) / "assets"
    runtime = assets / "runtime"
    pyodide_out = runtime / "pyodide"
    wheels_out = runtime / "wheels"
    for folder in (pyodide_out, wheels_out):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    for name in PYODIDE_FILES:
        shutil.copy2(_require(PYODIDE_DIR / name, "npm ci"), pyodide_out / name)

    wheels = [_build_engine_wheel(wheels_out)]
    for wheel in sorted(_require(DEPENDENCY_WHEELS, "make setup").glob("*.whl")):
        wheels.append(Path(shutil.copy2(wheel, wheels_out / wheel.name)))

    shutil.copytree(WEB_GLUE, assets / "widgets", dirs_exist_ok=True)

    version = _runtime_version(wheels)
    manifest = {
        "pyodide": "pyodide/",
        "version": version,
        # The engine first: its name is what the worker imports after installing.
        "wheels": [f"wheels/{wheel.name}" for wheel in wheels],
        # Versioned name: a browser's HTTP cache never pairs one build's memory with another's.
        "snapshot": f"snapshot-{version}.bin.gz",
    }
    (runtime / "manifest.json").write_text(json.dumps(manifest, indent=2), "utf-8")
    shutil.copy2(_snapshot(runtime, version), runtime / manifest["snapshot"])


# The interpreter's memory after the engine's warm-up, made under Node from the files just
# copied, so the browser restores exactly what it would otherwise boot.
def _snapshot(runtime: Path, version: str) -> Path:
    kept = SNAPSHOT_CACHE / f"{version}.bin.gz"
    if not kept.exists():
        kept.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["node", str(SNAPSHOT_MAKER), str(runtime), str(kept)], check=True)
    # A few recent versions stay (switching branches back and forth); older ones go.
    older = sorted(SNAPSHOT_CACHE.glob("*.bin.gz"), key=lambda path: path.stat().st_mtime)
    for path in older[:-KEPT_SNAPSHOTS]:
        if path != kept:
            path.unlink(missing_ok=True)
    return kept
