// The one Web Worker of the site: boots the self-hosted Pyodide, installs the engine's
// wheels, and answers {id, op, payload} messages through widgets.bridge.handle.
import { loadPyodide } from "../runtime/pyodide/pyodide.mjs";

const runtime = new URL("../runtime/", import.meta.url);
// One cache per site version: a new build never restores memory made by another one.
const SNAPSHOT_CACHE = "playbook-runtime-snapshot-";
const SNAPSHOT_KEY = new URL("snapshot", runtime).href;
// What a request would otherwise import or compile on first use, done before the snapshot so
// that a returning visitor's first answer is as fast as a later one.
const PRELOAD = `
import widgets.bridge
from widgets.script.templates import TEMPLATE_NAMES, environment
for lang in ("fr", "en"):
    for name in TEMPLATE_NAMES:
        environment().get_template(f"{lang}/{name}.j2")
`;
// Pyodide waits forever when one of these answers an error (a missing wasm, say): checking
// them alongside the boot turns that into a failure the page can explain and retry.
const RUNTIME_FILES = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];
let bridge = null;
let failure = null;

function progress(stage, extra = {}) {
  self.postMessage({ type: "progress", stage, ...extra });
}

// The Cache API is missing on insecure origins and may be refused (private modes, quotas):
// every snapshot step is optional, and a failure only costs the normal boot.
async function snapshotStore(version) {
  if (!version || !self.caches) return null;
  const name = SNAPSHOT_CACHE + version;
  try {
    for (const other of await caches.keys()) {
      if (other.startsWith(SNAPSHOT_CACHE) && other !== name) await caches.delete(other);
    }
    const cache = await caches.open(name);
    return {
      async load() {
        const saved = await cache.match(SNAPSHOT_KEY);
        return saved ? new Uint8Array(await saved.arrayBuffer()) : null;
      },
      // Opened again: after a drop, the first handle points to a deleted cache.
      save: async (bytes) => (await caches.open(name)).put(SNAPSHOT_KEY, new Response(bytes)),
      drop: () => caches.delete(name),
    };
  } catch (error) {
    console.warn("runtime snapshot unavailable:", error);
    return null;
  }
}

// The wheels download while the interpreter boots, and are unpacked rather than loaded with
// `packages`: a package loaded during the boot leaves a JS object in the interpreter's table
// that makeMemorySnapshot refuses. A restore unpacks them again, since the snapshot holds
// memory, not the files the templates are read from.
async function start(manifest, options) {
  const wheels = manifest.wheels.map(async (wheel) => {
    const response = await fetch(new URL(wheel, runtime));
    if (!response.ok) throw new Error(`${wheel}: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  // Seen by the boot's own await below; an early rejection must not go unhandled meanwhile.
  for (const wheel of wheels) wheel.catch(() => {});
  const indexURL = new URL(manifest.pyodide, runtime).href;
  const unreachable = Promise.all(
    RUNTIME_FILES.map(async (file) => {
      const response = await fetch(new URL(file, indexURL), { method: "HEAD" });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    }),
  ).then(() => new Promise(() => {}));
  const pyodide = await Promise.race([
    loadPyodide({ indexURL, stdout: () => {}, stderr: (line) => console.warn(line), ...options }),
    unreachable,
  ]);
  for (const wheel of wheels) pyodide.unpackArchive(await wheel, "wheel");
  return pyodide;
}

async function fromSnapshot(manifest, saved) {
  const pyodide = await start(manifest, { _loadSnapshot: saved });
  const handle = pyodide.pyimport("widgets.bridge").handle;
  // A snapshot that restores without error can still hold a broken interpreter.
  if (!JSON.parse(handle(JSON.stringify({ op: "version" }))).ok) throw new Error("bad snapshot");
  return handle;
}

async function boot() {
  progress("runtime");
  const manifest = await (await fetch(new URL("manifest.json", runtime))).json();
  const store = await snapshotStore(manifest.version);
  const saved = store && (await store.load().catch(() => null));
  if (saved) {
    try {
      const handle = await fromSnapshot(manifest, saved);
      progress("ready", { boot: "snapshot" });
      return handle;
    } catch (error) {
      console.warn("runtime snapshot dropped:", error);
      await store.drop().catch(() => {});
    }
  }
  const pyodide = await start(manifest, { _makeSnapshot: Boolean(store) });
  progress("engine");
  pyodide.runPython(PRELOAD);
  const handle = pyodide.pyimport("widgets.bridge").handle;
  if (store) {
    // Taken before the first request is answered: the memory holds code, no reader's answers.
    try {
      const bytes = pyodide.makeMemorySnapshot();
      store.save(bytes).catch((error) => console.warn("runtime snapshot not kept:", error));
    } catch (error) {
      console.warn("runtime snapshot not made:", error);
    }
  }
  progress("ready", { boot: "fresh" });
  return handle;
}

const booting = boot().then(
  (handle) => { bridge = handle; },
  (error) => {
    failure = String((error && error.message) || error);
    self.postMessage({ type: "failed", error: failure });
  },
);

self.addEventListener("message", async (event) => {
  const { id, op, payload } = event.data;
  try {
    await booting;
    if (!bridge) throw new Error(failure);
    const response = JSON.parse(bridge(JSON.stringify({ op, payload })));
    self.postMessage({ type: "response", id, response });
  } catch (error) {
    self.postMessage({ type: "response", id, response: { ok: false, error: { code: "runtime", detail: String(error) } } });
  }
});
