// The page's side of the worker protocol: one worker for the page, requests matched to
// responses by id, boot progress broadcast. Every response has the bridge's one shape
// (widgets/bridge.py), which resultOf() in errors.mjs reads.
// A worker that dies after it was ready is replaced, and the requests it held are sent
// again to the new one, so nothing the reader asked for is lost.

import { runtimeFailure } from "./failure.mjs";

let worker = null;
let wasReady = false;
let nextId = 1;
const pending = new Map();
const listeners = new Set();
let status = { stage: "idle" };

function broadcast(next) {
  status = next;
  for (const listener of listeners) listener(status);
}

function received({ data }) {
  if (data.type === "progress") {
    wasReady ||= data.stage === "ready";
    // Which boot served the page (the reader's copy of the snapshot, the site's, or a fresh
    // one), for tests and support.
    if (data.boot) document.documentElement.dataset.runtimeBoot = data.boot;
    broadcast({ stage: data.stage });
  }
  else if (data.type === "failed") fail(data.error);
  else if (data.type === "response") {
    const request = pending.get(data.id);
    pending.delete(data.id);
    if (request) request.resolve(data.response);
  }
}

function crashed(event) {
  event.preventDefault();
  fail(event.message || "worker error");
}

// The worker the page's head started (overrides/main.html) is taken once; a restart makes
// its own.
function start() {
  const early = window.playbookEarlyWorker;
  delete window.playbookEarlyWorker;
  worker = early ? early.worker : new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
  broadcast({ stage: "runtime" });
  wasReady = false;
  worker.addEventListener("message", received);
  worker.addEventListener("error", crashed);
  for (const event of early ? early.adopt() : []) {
    if (event.type === "error") crashed(event);
    else received(event);
  }
}

// A failed boot is reported (the next request tries again); a worker that dies after it was
// ready is restarted at once with its pending requests, each of which is retried only once.
function fail(reason) {
  if (worker) worker.terminate();
  worker = null;
  const retry = wasReady ? [...pending.values()].filter((request) => !request.retried) : [];
  for (const request of pending.values()) {
    // Answered, not rejected: every caller already handles {ok: false}, and the status line
    // tells the reader what happened.
    if (!retry.includes(request)) request.resolve(runtimeFailure(reason));
  }
  pending.clear();
  if (!wasReady) {
    broadcast({ stage: "failed", reason });
    return;
  }
  start();
  for (const request of retry) send({ ...request, retried: true });
}

function send(request) {
  pending.set(request.id, request);
  worker.postMessage({ id: request.id, op: request.op, payload: request.payload });
}

if (window.playbookEarlyWorker) start();

/** Start the runtime ahead of the first request (on focus, or when the page is idle). */
export function warmUp() {
  if (!worker) start();
}

/** Call an engine operation; resolves with the bridge's {ok, result | errors}, never rejects. */
export function call(op, payload = {}) {
  if (!worker) start();
  const id = nextId++;
  return new Promise((resolve) => send({ id, op, payload, resolve, retried: false }));
}

/** Follow the runtime's stage: idle, runtime, engine, ready or failed. Returns an unsubscribe. */
export function onStatus(listener) {
  listeners.add(listener);
  listener(status);
  return () => listeners.delete(listener);
}
