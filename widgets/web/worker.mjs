// The one Web Worker of the site: restores the self-hosted Pyodide from the build's memory
// snapshot (scripts/make_snapshot.mjs), with the engine already imported, or boots it afresh
// and installs the engine by name from the site's lock file when that fails; then answers
// {id, op, payload} messages through widgets.bridge.handle.
//
// It lives in the runtime's versioned folder, assets/runtime/<version>/, beside every file it
// loads, so it only ever runs the files it was built with. The page starts it through a blob:
// wrapper (widgets/web/runtime.mjs), which puts it under the page's Content-Security-Policy:
// it can reach no other origin.

import { runtimeFailure } from "./failure.mjs";
import { expand } from "./memory-pages.mjs";

const folder = new URL("./", import.meta.url);
// The folder's name is the runtime's version: what the site's manifest must name too.
const VERSION = decodeURIComponent(folder.pathname.split("/").at(-2));
const MANIFEST = new URL("../manifest.json", folder);
// Pyodide waits forever when one of these answers an error (a missing wasm, say): checking
// them alongside the boot turns that into a failure the page can explain and retry.
const RUNTIME_FILES = ["pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json"];
// The reader's copy of the build's snapshot, decompressed (its pages), one cache per runtime
// version. The prefix also covers the caches of earlier versions, which are deleted as stale.
const KEPT_CACHE = "playbook-runtime-";
const KEPT_KEY = new URL("snapshot", folder).href;
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
let bridge = null;
let failure = null;
let PythonError = Error;

// A failure the page explains in its own words: "stale" (the site now runs another version:
// reload), "integrity" (a file does not match its hash: refused) or "runtime".
class BootError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function progress(stage, extra = {}) {
  self.postMessage({ type: "progress", stage, ...extra });
}

async function fetchBytes(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Always asked of the host (no-cache): a manifest of another version means this page and its
// runtime are older than the site, and the reader must reload rather than run them. Offline,
// the browser's copy is the best there is.
async function currentManifest() {
  let response;
  try {
    response = await fetch(MANIFEST, { cache: "no-cache" });
  } catch {
    response = await fetch(MANIFEST, { cache: "force-cache" });
  }
  if (!response.ok) throw new Error(`manifest.json: HTTP ${response.status}`);
  const manifest = await response.json();
  if (!manifest || manifest.version !== VERSION) {
    throw new BootError("stale", `this page runs ${VERSION}, the site now runs ${manifest && manifest.version}`);
  }
  return manifest;
}

// The build's snapshot, zstd-compressed (a third smaller than gzip); its decoder is loaded only
// on this path. A host that sends .zst files with a Content-Encoding has already decompressed
// it, hence the look at the first bytes.
async function siteSnapshot(manifest) {
  const [{ ZSTDDecoder }, bytes] = await Promise.all([
    import("./zstddec.mjs"),
    fetchBytes(new URL(manifest.snapshot, folder)),
  ]);
  if (!ZSTD_MAGIC.every((byte, index) => bytes[index] === byte)) return bytes;
  const decoder = new ZSTDDecoder();
  await decoder.init();
  return decoder.decode(bytes, manifest.snapshot_bytes);
}

// Reading 30 MB from the Cache API is faster than downloading and decompressing the build's
// copy. The Cache API is missing on insecure origins and may be refused (private modes,
// quotas): the copy is optional, and losing it only costs the site's download again.
async function keptCopy() {
  if (!self.caches) return null;
  const name = KEPT_CACHE + VERSION;
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

// Every URL handed to Pyodide is absolute: inside a blob: worker, a relative one would resolve
// against the blob.
async function loadRuntime(options, stdlib = "python_stdlib.zip") {
  const { loadPyodide } = await import("./pyodide.mjs");
  const unreachable = Promise.all(
    [...RUNTIME_FILES, stdlib].map(async (file) => {
      const response = await fetch(new URL(file, folder), { method: "HEAD" });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    }),
  ).then(() => new Promise(() => {}));
  return Promise.race([
    loadPyodide({
      indexURL: folder.href,
      stdLibURL: new URL(stdlib, folder).href,
      stdout: () => {},
      stderr: (line) => console.warn(line),
      ...options,
    }),
    unreachable,
  ]);
}

// The memory holds the engine's modules and compiled templates (the build checks that it
// answers without its files), so a restore installs nothing, and needs only the few standard
// modules it may still import. Pyodide reads the memory only once its module is made and its
// WebAssembly instantiated: it gets an empty memory of the right size at once, and the module
// is handed over only when the pages have been read back into it, so both happen side by side.
async function restore(manifest, pages) {
  const memory = new Uint8Array(manifest.snapshot_memory);
  const filled = pages.then((packed) => expand(packed, memory));
  // Awaited with the module below; an early rejection must not go unhandled meanwhile.
  filled.catch(() => {});
  const { default: createModule } = await import("./pyodide.asm.mjs");
  const options = {
    _loadSnapshot: memory,
    createPyodideModule: async (settings) => (await Promise.all([createModule(settings), filled]))[0],
  };
  const pyodide = await loadRuntime(options, manifest.snapshot_stdlib);
  const handle = bridgeOf(pyodide);
  // A snapshot that restores without error can still hold a broken interpreter.
  if (!JSON.parse(handle(JSON.stringify({ op: "version" }))).ok) throw new Error("bad snapshot");
  return handle;
}

// Without a snapshot: boot, then install the engine by name. Pyodide fetches each wheel with
// the sha256 of the site's lock file as its integrity, so a changed file is refused.
async function bootFresh(manifest) {
  const pyodide = await loadRuntime({});
  progress("engine");
  const errors = [];
  await pyodide.loadPackage(manifest.engine, {
    checkIntegrity: true,
    messageCallback: () => {},
    errorCallback: (line) => errors.push(line),
  });
  if (!(manifest.engine in pyodide.loadedPackages)) throw await refusal(pyodide, manifest.engine, errors);
  return bridgeOf(pyodide);
}

// The engine's entry point. Python's own exceptions are told apart from the errors that leave
// the interpreter broken.
function bridgeOf(pyodide) {
  PythonError = pyodide.ffi.PythonError;
  return pyodide.pyimport("widgets.bridge").handle;
}

// Why the engine did not install: names the wheel whose bytes differ from the lock file.
async function refusal(pyodide, engine, errors) {
  const packages = pyodide.lockfile.packages;
  const wanted = new Set([engine]);
  for (const name of wanted) for (const dependency of packages[name].depends) wanted.add(dependency);
  for (const name of [...wanted].filter((name) => !(name in pyodide.loadedPackages))) {
    const { file_name: file, sha256 } = packages[name];
    try {
      const bytes = await fetchBytes(new URL(file, folder), { cache: "no-store" });
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
      const actual = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
      if (actual !== sha256) {
        return new BootError("integrity", `${file} does not match its sha256 in pyodide-lock.json: refused`);
      }
    } catch (error) {
      return new Error(`${file}: ${error.message || error}`);
    }
  }
  return new Error(`the engine did not install: ${errors.join(" ")}`);
}

// The reader's copy first, then the site's snapshot, then a fresh boot: each failure costs
// time, never the answers.
async function boot() {
  progress("runtime");
  // Pyodide's JavaScript is imported meanwhile.
  import("./pyodide.asm.mjs").catch(() => {});
  const [manifest, kept] = await Promise.all([currentManifest(), keptCopy()]);
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
    if (kept) bytes.then(kept.save).catch((error) => console.warn("runtime snapshot not kept:", error));
    return [handle, "snapshot"];
  } catch (error) {
    console.warn("runtime snapshot not used:", error);
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
    self.postMessage({ type: "failed", error: failure, code: error.code || "runtime" });
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
    if (bridge && broken(error)) {
      // The page replaces this worker and sends its pending requests, this one included, to
      // the new one.
      bridge = null;
      failure = String((error && error.message) || error);
      self.postMessage({ type: "fatal", error: failure });
      self.close();
      return;
    }
    self.postMessage({ type: "response", id, response: runtimeFailure(error) });
  }
});

// After a fatal error (out of memory, a stack overflow), or any JavaScript error that unwound
// through Python's frames, the interpreter cannot be trusted: only a Python exception leaves
// it as it was.
function broken(error) {
  return Boolean(error && (error.pyodide_fatal_error || !(error instanceof PythonError)));
}
