// The page's side of the worker protocol: one worker for the whole visit (it survives
// instant navigation), requests matched to responses by id, boot progress broadcast.

let worker = null;
let nextId = 1;
const pending = new Map();
const listeners = new Set();
let status = { stage: "idle" };

function broadcast(next) {
  status = next;
  for (const listener of listeners) listener(status);
}

function start() {
  worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
  broadcast({ stage: "runtime" });
  worker.addEventListener("message", ({ data }) => {
    if (data.type === "progress") broadcast({ stage: data.stage });
    else if (data.type === "failed") fail(data.error);
    else if (data.type === "response") {
      const request = pending.get(data.id);
      pending.delete(data.id);
      if (request) request.resolve(data.response);
    }
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    fail(event.message || "worker error");
  });
}

// A dead or failed worker is dropped: the next request starts a fresh one.
function fail(reason) {
  if (worker) worker.terminate();
  worker = null;
  broadcast({ stage: "failed", reason });
  for (const request of pending.values()) request.reject(new Error(reason));
  pending.clear();
}

/** Start the runtime ahead of the first request (on focus, or when the page is idle). */
export function warmUp() {
  if (!worker) start();
}

/** Call an engine operation; resolves with the bridge's {ok, result | error}. */
export function call(op, payload = {}) {
  if (!worker) start();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, payload });
  });
}

/** Follow the runtime's stage: idle, runtime, engine, ready or failed. Returns an unsubscribe. */
export function onStatus(listener) {
  listeners.add(listener);
  listener(status);
  return () => listeners.delete(listener);
}
