// The one Web Worker of the site: restores the self-hosted Pyodide from the build's memory
// snapshot (scripts/make_snapshot.mjs), with the engine already imported, or boots it afresh
// and installs the engine's wheels when that fails; then answers {id, op, payload} messages
// through widgets.bridge.handle.
import { loadPyodide } from "../runtime/pyodide/pyodide.mjs";
import { runtimeFailure } from "./failure.mjs";

const runtime = new URL("../runtime/", import.meta.url);
// Pyodide waits forever when one of these answers an error (a missing wasm, say): checking
// them alongside the boot turns that into a failure the page can explain and retry.
const RUNTIME_FILES = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];
// The reader's copy of the build's snapshot, inflated, one cache per runtime version. The
// prefix also covers the caches of earlier sites, which are deleted as stale.
const KEPT_CACHE = "playbook-runtime-";
const KEPT_KEY = new URL("snapshot", runtime).href;
const GZIP_MAGIC = [0x1f, 0x8b];
let bridge = null;
let failure = null;

function progress(stage, extra = {}) {
  self.postMessage({ type: "progress", stage, ...extra });
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// The build's memory snapshot, gzipped on disk. A host that sends .gz files with a
// Content-Encoding has already inflated it, hence the look at the first bytes.
async function siteSnapshot(manifest) {
  const bytes = await fetchBytes(new URL(manifest.snapshot, runtime));
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes;
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

// Reading 30 MB from the Cache API is faster than reading 7 MB of gzip from the HTTP cache
// and inflating it. The Cache API is missing on insecure origins and may be refused (private
// modes, quotas): the copy is optional, and losing it only costs the site's download again.
async function keptCopy(version) {
  if (!self.caches) return null;
  const name = KEPT_CACHE + version;
  try {
    for (const other of await caches.keys()) {
      if (other.startsWith(KEPT_CACHE) && other !== name) await caches.delete(other);
    }
    // Looked up without opening: a cache is made only when there is a copy to put in it.
    const saved = await caches.match(KEPT_KEY, { cacheName: name });
    return {
      bytes: saved && saved.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
      // Opened again: after a drop, an earlier handle points to a deleted cache.
      save: async (bytes) => (await caches.open(name)).put(KEPT_KEY, new Response(bytes)),
      drop: () => caches.delete(name),
    };
  } catch (error) {
    console.warn("runtime snapshot copy unavailable:", error);
    return null;
  }
}

function loadRuntime(manifest, options) {
  const indexURL = new URL(manifest.pyodide, runtime).href;
  const unreachable = Promise.all(
    RUNTIME_FILES.map(async (file) => {
      const response = await fetch(new URL(file, indexURL), { method: "HEAD" });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    }),
  ).then(() => new Promise(() => {}));
  return Promise.race([
    loadPyodide({ indexURL, stdout: () => {}, stderr: (line) => console.warn(line), ...options }),
    unreachable,
  ]);
}

// The memory holds the engine's modules and compiled templates (the build checks that it
// answers without its files), so a restore installs nothing. The bytes are handed over as a
// promise: Pyodide imports its JavaScript meanwhile.
async function restore(manifest, bytes) {
  bytes.catch(() => {});
  const pyodide = await loadRuntime(manifest, { _loadSnapshot: bytes });
  const handle = pyodide.pyimport("widgets.bridge").handle;
  // A snapshot that restores without error can still hold a broken interpreter.
  if (!JSON.parse(handle(JSON.stringify({ op: "version" }))).ok) throw new Error("bad snapshot");
  return handle;
}

// Without a snapshot: boot, then install the wheels, downloaded meanwhile.
async function bootFresh(manifest) {
  const wheels = manifest.wheels.map((wheel) => fetchBytes(new URL(wheel, runtime)));
  // Seen by the awaits below; an early rejection must not go unhandled meanwhile.
  for (const wheel of wheels) wheel.catch(() => {});
  const pyodide = await loadRuntime(manifest, {});
  progress("engine");
  for (const wheel of wheels) pyodide.unpackArchive(await wheel, "wheel");
  return pyodide.pyimport("widgets.bridge").handle;
}

// The reader's copy first, then the site's snapshot, then a fresh boot: each failure costs
// time, never the answers.
async function boot() {
  progress("runtime");
  const manifest = await (await fetch(new URL("manifest.json", runtime))).json();
  if (manifest.snapshot) {
    const kept = await keptCopy(manifest.version);
    if (kept && kept.bytes) {
      try {
        return [await restore(manifest, kept.bytes), "kept"];
      } catch (error) {
        console.warn("runtime snapshot copy dropped:", error);
        await kept.drop().catch(() => {});
      }
    }
    const bytes = siteSnapshot(manifest);
    try {
      const handle = await restore(manifest, bytes);
      if (kept) {
        bytes.then(kept.save).catch((error) => console.warn("runtime snapshot not kept:", error));
      }
      return [handle, "snapshot"];
    } catch (error) {
      console.warn("runtime snapshot not used:", error);
    }
  }
  return [await bootFresh(manifest), "fresh"];
}

const booting = boot().then(
  ([handle, how]) => {
    bridge = handle;
    progress("ready", { boot: how });
  },
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
    self.postMessage({ type: "response", id, response: runtimeFailure(error) });
  }
});
