// The one Web Worker of the site: boots the self-hosted Pyodide, installs the engine's
// wheels, and answers {id, op, payload} messages through widgets.bridge.handle.
import { loadPyodide } from "../runtime/pyodide/pyodide.mjs";

const runtime = new URL("../runtime/", import.meta.url);
let bridge = null;
let failure = null;

function progress(stage) {
  self.postMessage({ type: "progress", stage });
}

async function boot() {
  progress("runtime");
  const manifest = await (await fetch(new URL("manifest.json", runtime))).json();
  const pyodide = await loadPyodide({
    indexURL: new URL(manifest.pyodide, runtime).href,
    // Pyodide reports each package it loads; the page shows its own progress instead.
    stdout: () => {},
    stderr: (line) => console.warn(line),
  });
  progress("engine");
  await pyodide.loadPackage(
    manifest.wheels.map((wheel) => new URL(wheel, runtime).href),
    { messageCallback: () => {}, errorCallback: (line) => console.warn(line) },
  );
  const handle = pyodide.pyimport("widgets.bridge").handle;
  progress("ready");
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
