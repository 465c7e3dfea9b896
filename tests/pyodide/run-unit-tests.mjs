// Runs the engine's unit tests inside Pyodide under Node, in the interpreter a reader's browser
// gets: the built site's memory snapshot, restored with the cut standard library, the engine
// already imported from it. The test runner's own needs come from an overlay of the full
// standard library, and tests/pyodide/engine_imports.py reports any module the engine took from
// that overlay: the reader's browser would not have it.
//
//   make build && node tests/pyodide/run-unit-tests.mjs
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ZSTDDecoder } from "zstddec";

const root = resolve(import.meta.dirname, "..", "..");
const runtime = join(root, "site", "assets", "runtime");
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(runtime, "manifest.json"), "utf-8"));
} catch {
  console.error("run-unit-tests: no built site in site/; run `make build` first");
  process.exit(2);
}
const folder = join(runtime, manifest.folder);
const { loadPyodide } = await import(pathToFileURL(join(folder, "pyodide.mjs")).href);

function wheelsIn(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".whl")).map((name) => join(dir, name));
}

const { expand } = await import(pathToFileURL(join(folder, "memory-pages.mjs")).href);
const decoder = new ZSTDDecoder();
await decoder.init();
const memory = expand(
  decoder.decode(new Uint8Array(readFileSync(join(folder, manifest.snapshot))), manifest.snapshot_bytes),
);
const pyodide = await loadPyodide({
  indexURL: folder + "/",
  stdLibURL: join(folder, manifest.snapshot_stdlib),
  _loadSnapshot: memory,
});
// Written as Python writes it: pytest's progress dots stay on one line.
for (const [set, stream] of [[pyodide.setStdout, process.stdout], [pyodide.setStderr, process.stderr]]) {
  set({
    write: (bytes) => {
      stream.write(bytes);
      return bytes.length;
    },
  });
}

// The full standard library, behind the cut one, for the test runner.
pyodide.FS.writeFile("/lib/overlay.zip", readFileSync(join(folder, "python_stdlib.zip")));
pyodide.FS.writeFile("/lib/cut.zip", readFileSync(join(folder, manifest.snapshot_stdlib)));
pyodide.FS.writeFile("/tmp/engine_imports.py", readFileSync(join(import.meta.dirname, "engine_imports.py")));
pyodide.runPython(`
import sys
sys.path.insert(0, "/tmp")
import engine_imports
sys.path.remove("/tmp")
held = engine_imports.install("/lib/overlay.zip")
`);

// The engine's files, for what the browser never runs (its command line), and the runner.
// The engine's files go where the restored modules say they came from.
const engineDir = pyodide.runPython("import os, widgets\nos.path.dirname(os.path.dirname(widgets.__file__))");
const sitePackages = pyodide.runPython("import site\nsite.getsitepackages()[0]");
const install = (wheel, extractDir) =>
  // Node Buffers must be copied into a Uint8Array before Pyodide can read them.
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir });
for (const wheel of wheelsIn(folder).filter((path) => path.includes("client_exit_playbook"))) {
  install(wheel, engineDir);
}
for (const wheel of wheelsIn(join(root, ".cache", "wheels", "tests"))) install(wheel, sitePackages);

// The tests and the example files they read, at /project.
pyodide.FS.mkdirTree("/project");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, "/project");

const code = await pyodide.runPythonAsync(`
import os, sys
os.chdir("/project")
sys.path = [p for p in sys.path if p not in ("", "/project")]
import widgets
# The engine was imported before the snapshot was taken: its modules come from memory.
assert "widgets" in held and "widgets.bridge" in held, "the snapshot holds no engine"
import pytest
code = pytest.main(["-q", "-p", "no:cacheprovider", "-o", "pythonpath=", "tests/unit"])
missing = engine_imports.missing(held, "/lib/cut.zip", "/lib/overlay.zip")
for importer, modules in missing.items():
    print(f"{importer} imported {', '.join(modules)}, which a restored interpreter cannot load")
int(code) or (3 if missing else 0)
`);
process.exitCode = Number(code);
console.log(`Pyodide ${pyodide.version}, restored from the site's snapshot: exit code ${code}`);
