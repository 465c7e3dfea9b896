// Boot the site's own Pyodide under Node, install the site's wheels, answer the engine's
// warm-up requests, and write the interpreter's memory, gzipped, for the browser to restore
// (widgets/web/worker.mjs): a page then skips Python's start-up, the engine's imports and the
// template compilation, which are the bulk of a first visit's wait.
//
//   node scripts/make_snapshot.mjs <site>/assets/runtime <out.bin.gz>
//
// The memory holds code and the engine's built-in defaults, never a reader's answer: it is
// made here, at build time, from requests that carry no data (widgets.bridge.WARM_UP).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const [runtimeDir, out] = process.argv.slice(2);
if (!runtimeDir || !out) {
  console.error("usage: node scripts/make_snapshot.mjs <runtime dir> <out.bin.gz>");
  process.exit(2);
}
const runtime = resolve(runtimeDir);
const manifest = JSON.parse(readFileSync(join(runtime, "manifest.json"), "utf-8"));
const pyodideDir = join(runtime, manifest.pyodide);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);

// Both interpreters below load the same files and print nothing but errors.
const boot = (options) =>
  loadPyodide({
    indexURL: pyodideDir + "/",
    stdout: () => {},
    stderr: (line) => console.error(line),
    ...options,
  });
const warmUp = (interpreter) =>
  JSON.parse(interpreter.runPython("import json, widgets.bridge\njson.dumps(widgets.bridge.warm_up())"));

const pyodide = await boot({
  _makeSnapshot: true,
  // What a browser's interpreter reports, rather than this script's path on the build machine.
  _sysExecutable: "./this.program",
});
for (const wheel of manifest.wheels) {
  // A Node Buffer is not a typed array Pyodide accepts.
  pyodide.unpackArchive(new Uint8Array(readFileSync(join(runtime, wheel))), "wheel");
}
const answers = warmUp(pyodide);
const failed = answers.filter((answer) => !answer.ok);
if (failed.length) {
  console.error("make_snapshot: warm-up requests failed:", JSON.stringify(failed));
  process.exit(1);
}
const memory = pyodide.makeMemorySnapshot();

// What the browser will do: restore the memory, with no wheel installed, and answer.
const again = warmUp(await boot({ _loadSnapshot: memory }));
if (JSON.stringify(again) !== JSON.stringify(answers)) {
  console.error("make_snapshot: the restored memory answers differently without its files");
  process.exit(1);
}
// Written beside, then renamed: two builds sharing a cache never read half a file.
const partial = `${out}.${process.pid}.partial`;
writeFileSync(partial, gzipSync(memory, { level: 6 }));
renameSync(partial, out);
console.log(`make_snapshot: ${memory.length} bytes of memory, written to ${out}`);
