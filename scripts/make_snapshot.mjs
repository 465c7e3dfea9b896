// Boot the site's own Pyodide under Node, install the engine from the site's lock file, answer
// the engine's warm-up requests, and write the interpreter's memory for the browser to restore
// (widgets/web/worker.mjs): a page then skips Python's start-up, the engine's imports and the
// template compilation, which are the bulk of a first visit's wait.
//
//   node scripts/make_snapshot.mjs <runtime folder> <out folder> <engine package>
//
// Writes <out>/memory.bin (the build compresses it) and <out>/snapshot-stdlib.zip, the part of
// the standard library a restored interpreter may still import (scripts/snapshot_prep.py).
// The memory holds code and the engine's built-in defaults, never a reader's answer: it is made
// here, at build time, from requests that carry no data (widgets.bridge.WARM_UP).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [folderArg, outArg, engine] = process.argv.slice(2);
if (!folderArg || !outArg || !engine) {
  console.error("usage: node scripts/make_snapshot.mjs <runtime folder> <out folder> <engine package>");
  process.exit(2);
}
const folder = resolve(folderArg);
const out = resolve(outArg);
const PREP = new URL("./snapshot_prep.py", import.meta.url);
const STDLIB_CUT = "snapshot-stdlib.zip";
const { loadPyodide } = await import(pathToFileURL(join(folder, "pyodide.mjs")).href);

function fail(...message) {
  console.error("make_snapshot:", ...message);
  process.exit(1);
}

// Every interpreter below loads the site's files and prints nothing but errors.
const boot = (options) =>
  loadPyodide({
    indexURL: folder + "/",
    stdout: () => {},
    stderr: (line) => console.error(line),
    ...options,
  });
const modules = (interpreter) => new Set(interpreter.runPython("import sys\nlist(sys.modules)").toJs());
const warmUp = (interpreter) =>
  JSON.parse(interpreter.runPython("import json, widgets.bridge\njson.dumps(widgets.bridge.warm_up())"));

const VERSION_REQUEST = "import json, widgets.bridge\nwidgets.bridge.handle(json.dumps({'op': 'version'}))";
const since = (interpreter, before) => [...modules(interpreter)].filter((name) => !before.has(name));

// The build's helper module, imported from a folder that is taken off the path again.
function importPrep(interpreter) {
  interpreter.FS.writeFile("/tmp/snapshot_prep.py", readFileSync(PREP));
  interpreter.runPython("import sys\nsys.path.insert(0, '/tmp')\nimport snapshot_prep\nsys.path.remove('/tmp')");
  return interpreter.pyimport("snapshot_prep");
}

// 1. The interpreter whose memory is kept.
const pyodide = await boot({
  _makeSnapshot: true,
  // What a browser's interpreter reports, rather than this script's path on the build machine.
  _sysExecutable: "./this.program",
});
const heapAtBoot = pyodide._module.HEAP8.length;
const atBoot = modules(pyodide);
// The engine and what it depends on, as the site's lock file lists them. (loadPackage leaves
// JavaScript references that a snapshot cannot hold: the fresh boot below uses it.)
const lock = JSON.parse(readFileSync(join(folder, "pyodide-lock.json"), "utf-8"));
const sitePackages = pyodide.runPython("import site\nsite.getsitepackages()[0]");
for (const name of withDependencies(lock, engine)) {
  // A Node Buffer is not a typed array Pyodide accepts.
  const wheel = new Uint8Array(readFileSync(join(folder, lock.packages[name].file_name)));
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
}
const prep = importPrep(pyodide);
// What the installer imported (tarfile, say) is forgotten: the engine imports what it needs.
prep.tidy(pyodide.toPy(since(pyodide, atBoot)));
const answers = warmUp(pyodide);
const failed = answers.filter((answer) => !answer.ok);
if (failed.length) fail("warm-up requests failed:", JSON.stringify(failed));
const held = [...modules(pyodide)];
prep.tidy(pyodide.toPy([]));
prep.destroy();
pyodide.runPython("import sys, gc\nsys.modules.pop('snapshot_prep', None)\ngc.collect()");
const zeroed = zeroFreeMemory(pyodide._module);
// Pyodide restores a snapshot into its initial memory, which cannot grow before the restore.
if (pyodide._module.HEAP8.length !== heapAtBoot) {
  fail(`the warm-up grew the heap from ${heapAtBoot} to ${pyodide._module.HEAP8.length} bytes: no restore could fit it`);
}
const memory = pyodide.makeMemorySnapshot();

// 2. What the browser does without a usable snapshot: boot afresh and install the engine by
// name from the lock file, which also checks that file. The same interpreter, once warmed up,
// finds the part of the standard library a restore may still import.
const fresh = await boot({});
const errors = [];
await fresh.loadPackage(engine, { messageCallback: () => {}, errorCallback: (line) => errors.push(line) });
if (!(engine in fresh.loadedPackages)) fail(`${engine} not installed from pyodide-lock.json:`, ...errors);
if (!JSON.parse(fresh.runPython(VERSION_REQUEST)).ok) fail("a fresh boot of the engine does not answer");
warmUp(fresh);
const stdlibZip = fresh.runPython("import sys\nnext(p for p in sys.path if p.endswith('.zip'))");
const stdlib = importPrep(fresh).cut_stdlib(stdlibZip, "/tmp/cut.zip", fresh.toPy(held)).toJs();
mkdirSync(out, { recursive: true });
writeFileSync(join(out, STDLIB_CUT), fresh.FS.readFile("/tmp/cut.zip"));

// 3. What the browser does with the snapshot: restore the memory with no wheel installed and
// only that part of the standard library, and answer the same.
const restored = await boot({ _loadSnapshot: memory, stdLibURL: join(out, STDLIB_CUT) });
if (JSON.stringify(warmUp(restored)) !== JSON.stringify(answers)) {
  fail("the restored memory answers differently without its files");
}

// Written beside, then renamed: two builds sharing a cache never read half a file.
const partial = join(out, `memory.bin.${process.pid}.partial`);
writeFileSync(partial, memory);
renameSync(partial, join(out, "memory.bin"));
console.log(
  `make_snapshot: ${memory.length} bytes of memory (${zeroed} free bytes zeroed),` +
    ` ${stdlib.length} standard-library files for a restore, in ${out}`,
);

// Freed memory keeps whatever it last held, which compresses badly. Every free block malloc
// can hand out without growing the heap is taken, zeroed and given back. Growth is refused
// meanwhile: Pyodide restores a snapshot into its initial memory, which cannot be larger.
function zeroFreeMemory(module) {
  const grow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = () => {
    throw new RangeError("the heap stays at its size while free memory is zeroed");
  };
  const held = [];
  let zeroed = 0;
  try {
    for (let size = 1 << 20; size >= 8; size >>= 1) {
      for (let block = module._malloc(size); block; block = module._malloc(size)) {
        module.HEAPU8.fill(0, block, block + size);
        held.push(block);
        zeroed += size;
      }
    }
  } finally {
    WebAssembly.Memory.prototype.grow = grow;
    for (const block of held) module._free(block);
  }
  return zeroed;
}

// A package's name and the names of everything it depends on, from the lock file.
function withDependencies(lock, name, seen = new Set()) {
  if (!seen.has(name)) {
    seen.add(name);
    for (const dependency of lock.packages[name].depends) withDependencies(lock, dependency, seen);
  }
  return seen;
}
