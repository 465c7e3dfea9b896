"""Serve a built site the way GitHub Pages does: static files, and the root 404.html.

Python's ``http.server`` answers missing paths with its own error page; Pages answers them
with the site's root ``404.html``, which the playbook shows in the reader's language.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path
from typing import Any


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types Pyodide needs and a Pages-like 404."""

    extensions_map = {  # noqa: RUF012 - the base class declares it as a plain dict
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".whl": "application/zip",
        ".zst": "application/zstd",
    }

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer a missing path with the root 404.html, as GitHub Pages does."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet; the server's requests are recorded by the browser tests."""


def make_server(
    root: Path, host: str = "127.0.0.1", port: int = 0
) -> http.server.ThreadingHTTPServer:
    """A server for ``root``; port 0 picks a free one (read it from ``server_address``)."""
    handler = functools.partial(PagesHandler, directory=str(root))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve_in_background(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start a server on a free local port in a daemon thread; returns it and its base URL."""
    server = make_server(root)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host!s}:{port}/"


def main() -> None:
    """Serve a folder until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    server = make_server(args.root, args.host, args.port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


if __name__ == "__main__":
    main()
