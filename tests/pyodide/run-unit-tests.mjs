// Runs the engine's unit tests inside Pyodide under Node, so the browser's runtime runs
// exactly what CPython tested. The engine is installed from the same wheel the site ships.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadPyodide } from "pyodide";

const root = resolve(import.meta.dirname, "..", "..");
const python = join(root, ".venv", "bin", "python");

function wheelsIn(folder) {
  return readdirSync(folder).filter((name) => name.endsWith(".whl")).map((name) => join(folder, name));
}

// Build the engine wheel from the working tree, exactly as the site build does.
const out = mkdtempSync(join(tmpdir(), "engine-wheel-"));
execFileSync(python, ["-m", "build", "--wheel", "--no-isolation", "--outdir", out, "."], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});

const pyodide = await loadPyodide();
const wheels = [
  ...wheelsIn(out),
  ...wheelsIn(join(root, ".cache", "wheels", "runtime")),
  ...wheelsIn(join(root, ".cache", "wheels", "tests")),
];
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
for (const wheel of wheels) {
  // Node Buffers must be copied into a Uint8Array before Pyodide can read them.
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: sitePackages });
}
rmSync(out, { recursive: true, force: true });

// The tests and the example files they read, mounted read-only in spirit at /project.
pyodide.FS.mkdirTree("/project");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, "/project");

const code = await pyodide.runPythonAsync(`
import os, sys
os.chdir("/project")
# The installed wheel, not the source tree, must provide the engine.
sys.path = [p for p in sys.path if p not in ("", "/project")]
import widgets
assert widgets.__file__.startswith("${sitePackages}"), widgets.__file__
import pytest
# No pythonpath from pyproject: the engine must come from the wheel, not the source tree.
pytest.main(["-q", "-p", "no:cacheprovider", "-o", "pythonpath=", "tests/unit"])
`);
process.exitCode = Number(code);
console.log(`Pyodide ${pyodide.version}: pytest exit code ${code}`);
