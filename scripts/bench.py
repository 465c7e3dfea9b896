"""How long readers wait for Python, measured in headless Chromium against the built site.

``make bench`` (or ``python -m scripts.bench --runs N``) prints a table of medians, minima and
maxima and writes ``bench-results/latest.json``. Each measure gets a fresh browser with an empty
profile: Playwright's default context drops large files from its HTTP cache, and a ``route()``
handler disables the cache, so either would turn every warm visit into a cold one. A benchmark
is not a test: slow figures are reported, never failed on.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from scripts.chromium import ARGS as CHROMIUM_ARGS
from scripts.chromium import EXECUTABLE as CHROMIUM
from scripts.serve import serve_in_background

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
RESULTS = ROOT / "bench-results" / "latest.json"
EXAMPLE = ROOT / "examples" / "assessment" / "exit.json"
# A loaded 2-core machine can take tens of seconds to boot Pyodide; a timeout is no figure.
TIMEOUT_MS = 180_000
# A reader stays on the page after the first answer; the page's background work needs that time.
READING_MS = 4_000
RECOMPUTE_CHANGES = 40
CONTENT_PAGE = "decide/"
WIDGET_PAGE = "assessment/"
SCRIPT_PAGE = "script/"

# The reference: the same runtime files, no page around them, no engine, just `1+1`.
REFERENCE_PAGE = """<!doctype html>
<meta charset="utf-8"><title>reference</title>
<script type="module">
const worker = new Worker("./reference-worker.mjs", { type: "module" });
worker.onmessage = ({ data }) => { window.__reference = { ms: performance.now(), ...data }; };
</script>
"""
REFERENCE_WORKER = """import { loadPyodide } from "./site/assets/runtime/%(folder)spyodide.mjs";
const pyodide = await loadPyodide({ indexURL: new URL("./site/assets/runtime/%(folder)s",
  import.meta.url).href });
self.postMessage({ value: pyodide.runPython("1+1") });
"""


def runtime_folder(site: Path) -> str:
    """Where the built site keeps Pyodide, below assets/runtime/ (a versioned folder now)."""
    manifest = json.loads((site / "assets" / "runtime" / "manifest.json").read_text("utf-8"))
    return str(manifest.get("folder") or manifest["pyodide"])


# Installed before any page script: paint, long tasks, and the moments the widgets change.
OBSERVERS = """(() => {
  const marks = (window.__bench = { lcp: 0, longTaskMs: 0, longTasks: 0 });
  const seen = (name) => { if (!(name in marks)) marks[name] = performance.now(); };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.longTaskMs += entry.duration;
      marks.longTasks++;
    }
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    if (document.querySelector('[data-playbook-widget][data-runtime="ready"]')) seen("ready");
    if (document.querySelector("[data-assessment-result][data-verdict]")) seen("result");
    const letter = document.querySelector('[data-script-line="letter-text"]');
    if (letter && letter.textContent.trim()) seen("script");
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();"""

# Two recompute latencies on a page whose widget is ready: the engine's round trip through the
# page's own runtime module, and a reader's edit to the repainted verdict (with the debounce).
RECOMPUTE = """async ([answers, changes]) => {
  const app = document.querySelector('script[src*="assets/widgets/app.mjs"]').src;
  const { call } = await import(new URL("runtime.mjs", app).href);
  const lang = document.documentElement.lang;
  const calls = [];
  for (let i = 0; i < changes; i++) {
    const start = performance.now();
    await call("assess", { answers: { ...answers, hours_per_month: String(5 + i) }, lang });
    calls.push(performance.now() - start);
  }
  const region = document.querySelector("[data-assessment-result]");
  const input = document.querySelector('[data-field="hours_per_month"] input');
  const edits = [];
  for (let i = 0; i < changes; i++) {
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
      observer.observe(region, { subtree: true, childList: true, characterData: true });
    });
    const start = performance.now();
    input.value = String(60 + i);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await changed;
    edits.push(performance.now() - start);
  }
  return { calls, edits };
}"""


def fragment(value: Any) -> str:
    """The base64url JSON the widgets read after `#name=` (widgets/web/io.mjs)."""
    raw = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def example_answers() -> dict[str, Any]:
    """An example as the form sends it: numbers as typed text."""
    answers: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return {
        key: str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
        for key, value in answers.items()
    }


class Bytes:
    """Bytes on the wire for every request of a context, the worker's included.

    Also what the same requests would weigh if the host compressed each file with gzip
    (level 6), as static hosts do; a file that does not shrink (the snapshot, already
    compressed) counts as it is.
    """

    def __init__(self, context: BrowserContext, folder: Path) -> None:
        self.total = 0
        self.runtime = 0
        self.gzip = 0
        self.folder = folder
        self.sizes: dict[Path, int] = {}
        context.on("requestfinished", self.add)

    def add(self, request: Any) -> None:
        """Count headers and encoded body; a cache hit counts nothing (its sizes are negative)."""
        try:
            sizes = request.sizes()
        except Exception:  # a request torn down with its page has no sizes
            return
        size = max(0, sizes["responseBodySize"]) + max(0, sizes["responseHeadersSize"])
        self.total += size
        if "/assets/runtime/" in request.url:
            self.runtime += size
        if request.method == "GET" and sizes["responseBodySize"] > 0:
            self.gzip += self.gzipped(request.url)

    def gzipped(self, url: str) -> int:
        """The file behind ``url``, gzipped at level 6, or as it is when that is smaller."""
        path = self.folder / unquote(urlsplit(url).path).lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        if path not in self.sizes:
            raw = path.read_bytes() if path.is_file() else b""
            self.sizes[path] = min(len(raw), len(gzip.compress(raw, compresslevel=6, mtime=0)))
        return self.sizes[path]

    def take(self) -> int:
        """The bytes since the last call."""
        total, self.total, self.runtime = self.total, 0, 0
        return total

    def take_gzip(self) -> int:
        """The gzipped bytes since the last call."""
        total, self.gzip = self.gzip, 0
        return total


@contextmanager
def fresh_browser(playwright: Playwright) -> Iterator[BrowserContext]:
    """A browser with an empty profile on disk, so that its HTTP cache and storage persist."""
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.add_init_script(OBSERVERS)
        try:
            yield context
        finally:
            context.close()


def wait_for_mark(page: Page, mark: str) -> None:
    """Poll for a mark the page's observers set; the page's CSP refuses a string predicate."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not page.evaluate("(mark) => Boolean(window.__bench && mark in window.__bench)", mark):
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {mark!r} within {TIMEOUT_MS} ms on {page.url}")
        page.wait_for_timeout(50)


def visit(context: BrowserContext, url: str, until: str | None) -> tuple[Page, dict[str, Any]]:
    """Open ``url`` in a new tab, wait for a mark (or the load event), return the marks."""
    page = context.new_page()
    page.goto(url)
    if until:
        wait_for_mark(page, until)
    else:
        page.wait_for_timeout(1_000)
    return page, dict(page.evaluate("window.__bench"))


def reference(playwright: Playwright, base: str, folder: Path) -> dict[str, float]:
    """Bare Pyodide to `1+1` in a module worker, first and second visit."""
    figures: dict[str, float] = {}
    with fresh_browser(playwright) as context:
        wire = Bytes(context, folder)
        for name in ("reference_cold_ms", "reference_warm_ms"):
            page = context.new_page()
            page.goto(base + "reference.html")
            page.wait_for_function("() => window.__reference && window.__reference.value === 2")
            figures[name] = page.evaluate("window.__reference.ms")
            page.close()
            if name == "reference_cold_ms":
                figures["reference_bytes_gzip"] = wire.take_gzip()
    return figures


def assessment(playwright: Playwright, site: str, folder: Path) -> dict[str, float]:
    """A shared link to the assessment: ready, first verdict and bytes; then recompute."""
    answers = example_answers()
    url = f"{site}{WIDGET_PAGE}#answers={fragment(answers)}"
    figures: dict[str, float] = {}
    with fresh_browser(playwright) as context:
        wire = Bytes(context, folder)
        for visit_name in ("cold", "warm"):
            page, marks = visit(context, url, "result")
            wait_for_mark(page, "ready")
            marks = page.evaluate("window.__bench")
            figures[f"assessment_ready_{visit_name}_ms"] = marks["ready"]
            figures[f"assessment_result_{visit_name}_ms"] = marks["result"]
            page.wait_for_timeout(READING_MS)
            figures[f"widget_page_bytes_{visit_name}"] = wire.take()
            if visit_name == "cold":
                figures["first_visit_bytes_gzip"] = wire.take_gzip()
            if visit_name == "warm":
                latencies = page.evaluate(RECOMPUTE, [answers, RECOMPUTE_CHANGES])
                for kind in ("calls", "edits"):
                    values = sorted(latencies[kind])
                    figures[f"recompute_{kind}_p50_ms"] = percentile(values, 50)
                    figures[f"recompute_{kind}_p95_ms"] = percentile(values, 95)
            page.close()
    return figures


def paint(playwright: Playwright, site: str, folder: Path) -> dict[str, float]:
    """LCP and long tasks of a widget page opened plainly, and of a content page."""
    figures: dict[str, float] = {}
    with fresh_browser(playwright) as context:
        wire = Bytes(context, folder)
        for visit_name in ("cold", "warm"):
            page, marks = visit(context, site + CONTENT_PAGE, None)
            page.wait_for_timeout(READING_MS)
            # Pyodide's files and the wheels: a page without a widget must fetch none of them.
            figures[f"content_page_runtime_bytes_{visit_name}"] = wire.runtime
            figures[f"content_page_bytes_{visit_name}"] = wire.take()
            if visit_name == "cold":
                figures["content_lcp_ms"] = marks["lcp"]
                figures["content_long_tasks_ms"] = page.evaluate("window.__bench.longTaskMs")
            page.close()
    with fresh_browser(playwright) as context:
        page, marks = visit(context, site + WIDGET_PAGE, "ready")
        figures["widget_lcp_ms"] = marks["lcp"]
        figures["widget_long_tasks_ms"] = marks["longTaskMs"]
        figures["widget_ready_idle_ms"] = marks["ready"]
        page.close()
    return figures


def script(playwright: Playwright, site: str) -> dict[str, float]:
    """From the assessment's "prepare" link to the first script rendered (includes Jinja2)."""
    url = f"{site}{SCRIPT_PAGE}#assessment={fragment(example_answers())}"
    with fresh_browser(playwright) as context:
        page, marks = visit(context, url, "script")
        page.close()
    return {"script_first_render_cold_ms": marks["script"]}


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile of sorted values."""
    rank = max(0, min(len(values) - 1, round(pct / 100 * len(values) + 0.5) - 1))
    return values[rank]


def ratios(figures: dict[str, float]) -> dict[str, float]:
    """The targets of the issue, as ratios of one run's figures."""
    return {
        "ready_over_reference_cold": figures["assessment_ready_cold_ms"]
        / figures["reference_cold_ms"],
        "ready_over_reference_warm": figures["assessment_ready_warm_ms"]
        / figures["reference_warm_ms"],
        "widget_lcp_over_content_lcp": figures["widget_lcp_ms"] / figures["content_lcp_ms"],
        "first_visit_bytes_gzip_over_reference": figures["first_visit_bytes_gzip"]
        / figures["reference_bytes_gzip"],
    }


def machine() -> dict[str, Any]:
    """Where the figures come from."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    version = subprocess.run(
        [CHROMIUM, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {"nproc": os.cpu_count(), "cpu": model, "chromium": version}


def bench_folder(folder: Path, site: Path) -> None:
    """The reference page beside a link to the built site, so both use the same files."""
    (folder / "site").symlink_to(site.resolve(), target_is_directory=True)
    (folder / "reference.html").write_text(REFERENCE_PAGE, "utf-8")
    worker = REFERENCE_WORKER % {"folder": runtime_folder(site)}
    (folder / "reference-worker.mjs").write_text(worker, "utf-8")


def run_once(playwright: Playwright, base: str, folder: Path) -> dict[str, float]:
    """Every measure once, each in its own fresh browser."""
    site = base + "site/"
    figures: dict[str, float] = {}
    measures: list[Callable[[], dict[str, float]]] = [
        lambda: reference(playwright, base, folder),
        lambda: assessment(playwright, site, folder),
        lambda: script(playwright, site),
        lambda: paint(playwright, site, folder),
    ]
    for measure in measures:
        # A measure that breaks (a site rebuilt under it, a boot that never ends) loses its
        # figures for this run only: the benchmark reports what it could measure.
        try:
            figures.update(measure())
        except Exception as error:
            print(f"bench: a measure failed: {error}".splitlines()[0], file=sys.stderr)
    with suppress(KeyError):
        figures.update(ratios(figures))
    return figures


def summary(runs: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Median, minimum and maximum of each figure over the runs."""
    names = list(dict.fromkeys(name for run in runs for name in run))
    stats = {}
    for name in names:
        values = [run[name] for run in runs if name in run]
        stats[name] = {
            "median": statistics.median(values),
            "min": min(values),
            "max": max(values),
            "runs": len(values),
        }
    return stats


def table(stats: dict[str, dict[str, float]]) -> str:
    """A plain-text table: one figure per line."""
    width = max(len(name) for name in stats)
    lines = [f"{'figure':<{width}}  {'median':>12}  {'min':>12}  {'max':>12}"]
    for name, row in stats.items():
        digits = 3 if "_over_" in name else 0
        cells = "  ".join(f"{row[key]:>12,.{digits}f}" for key in ("median", "min", "max"))
        lines.append(f"{name:<{width}}  {cells}")
    return "\n".join(lines)


def main() -> int:
    """Run the benchmark; exit 2 only when there is no built site to measure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--site", type=Path, default=SITE, help="a built site (default: site/)")
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        print("bench: site/ holds no built site; run `make build` first", file=sys.stderr)
        return 2
    runs: list[dict[str, float]] = []
    # Other work on a shared machine shows in the figures: the load is kept beside them.
    load = {"before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="bench-") as folder, sync_playwright() as playwright:
        bench_folder(Path(folder), args.site)
        server, base = serve_in_background(Path(folder))
        try:
            for number in range(1, args.runs + 1):
                started = time.monotonic()
                runs.append(run_once(playwright, base, Path(folder)))
                print(f"run {number}/{args.runs}: {time.monotonic() - started:.0f} s", flush=True)
        finally:
            server.shutdown()
            server.server_close()
    load["after"] = os.getloadavg()
    stats = summary(runs)
    print(table(stats))
    print(f"load average (1, 5, 15 min): before {load['before']}, after {load['after']}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "load": load, "runs": runs, "summary": stats}
    args.output.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
