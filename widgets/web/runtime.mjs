// The page's side of the worker protocol: one worker for the page, requests matched to
// responses by id, boot progress broadcast. Every response has the bridge's one shape
// (widgets/bridge.py), which resultOf() in errors.mjs reads.
// A worker that dies after it was ready, or whose Python suffered a fatal error, is replaced,
// and the requests it held are sent again to the new one, so nothing the reader asked for is
// lost.

import { runtimeFailure } from "./failure.mjs";

// The runtime this page was built with (hooks/runtime_assets.py): its folder holds the worker
// and every file the worker loads.
const EXPECTED = document.querySelector('meta[name="playbook-runtime"]')?.content;
const RUNTIME = new URL("../runtime/", import.meta.url);

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

/**
 * A module worker for `url`, started from a blob: wrapper. A worker takes the
 * Content-Security-Policy of its own script's response, and a static host sends none; a worker
 * made from a blob: URL takes its creator's, so the page's policy keeps it from reaching any
 * other origin. The page's head starts the early worker the same way (overrides/main.html).
 */
function policedWorker(url) {
  const wrapper = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: "text/javascript" }));
  const started = new Worker(wrapper, { type: "module" });
  const release = () => URL.revokeObjectURL(wrapper);
  started.addEventListener("message", release, { once: true });
  started.addEventListener("error", release, { once: true });
  return started;
}

function received({ data }) {
  if (data.type === "progress") {
    wasReady ||= data.stage === "ready";
    // Which boot served the page (the reader's copy of the snapshot, the site's, or a fresh
    // one), for tests and support.
    if (data.boot) document.documentElement.dataset.runtimeBoot = data.boot;
    broadcast({ stage: data.stage });
  } else if (data.type === "failed") fail(data.error, data.code);
  else if (data.type === "fatal") fail(data.error, "fatal");
  else if (data.type === "response") {
    const request = pending.get(data.id);
    pending.delete(data.id);
    if (request) request.resolve(data.response);
  }
}

// A worker whose script cannot load (its folder gone after a new version was published, say)
// reports no reason: the manifest tells whether the site has moved on.
async function crashed(event) {
  event.preventDefault();
  const reason = event.message || "worker error";
  if (wasReady) return fail(reason);
  fail(reason, (await publishedVersion()) === EXPECTED ? "runtime" : "stale");
}

async function publishedVersion() {
  try {
    const response = await fetch(new URL("manifest.json", RUNTIME), { cache: "no-cache" });
    return response.ok ? (await response.json()).version : EXPECTED;
  } catch {
    return EXPECTED;
  }
}

// The worker the page's head started (overrides/main.html) is taken once; a restart makes
// its own.
function start() {
  const early = window.playbookEarlyWorker;
  delete window.playbookEarlyWorker;
  worker = early ? early.worker : policedWorker(new URL(`${EXPECTED}/worker.mjs`, RUNTIME));
  broadcast({ stage: "runtime" });
  wasReady = false;
  worker.addEventListener("message", received);
  worker.addEventListener("error", crashed);
  for (const event of early ? early.adopt() : []) {
    if (event.type === "error") crashed(event);
    else received(event);
  }
}

// A failed boot is reported (the next request tries again; a stale page must be reloaded); a
// worker that dies or fails fatally after it was ready is replaced at once with its pending
// requests, each of which is retried only once.
function fail(reason, code = "runtime") {
  if (!worker) return;
  worker.terminate();
  worker = null;
  document.documentElement.dataset.runtimeError = `${code}: ${reason}`;
  const retry = wasReady ? [...pending.values()].filter((request) => !request.retried) : [];
  for (const request of pending.values()) {
    // Answered, not rejected: every caller already handles {ok: false}, and the status line
    // tells the reader what happened.
    if (!retry.includes(request)) request.resolve(runtimeFailure(reason));
  }
  pending.clear();
  if (!wasReady) {
    broadcast({ stage: code === "stale" ? "stale" : "failed", reason });
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

/**
 * Follow the runtime's stage: idle, runtime, engine, ready, failed, or stale (the site now runs
 * a newer version than this page: reload it). Returns an unsubscribe.
 */
export function onStatus(listener) {
  listeners.add(listener);
  listener(status);
  return () => listeners.delete(listener);
}
