"""Put the latest version's 404 page at the root of the gh-pages branch.

GitHub Pages answers every missing address with the branch's root ``404.html`` only. The
latest version's page links its assets absolutely (from ``site_url``), so the same file
works from the root; it shows itself in the language of the path that was asked for.
The commit is made with plumbing commands, so no working tree is touched.
"""

from __future__ import annotations

import os
import subprocess
import tempfile

BRANCH = "gh-pages"
SOURCE = "latest/404.html"


def git(*args: str, env: dict[str, str] | None = None) -> str:
    """Run git and return its output, stripped."""
    done = subprocess.run(["git", *args], capture_output=True, text=True, check=True, env=env)
    return done.stdout.strip()


def publish_root_404(branch: str = BRANCH, source: str = SOURCE) -> str:
    """Commit ``source`` as ``404.html`` at the branch's root; returns the new commit."""
    blob = git("rev-parse", f"{branch}:{source}")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "GIT_INDEX_FILE": os.path.join(tmp, "index")}
        git("read-tree", branch, env=env)
        git("update-index", "--add", "--cacheinfo", f"100644,{blob},404.html", env=env)
        tree = git("write-tree", env=env)
    if tree == git("rev-parse", f"{branch}^{{tree}}"):
        return git("rev-parse", branch)
    commit = git("commit-tree", tree, "-p", branch, "-m", f"Root 404 page from {source}")
    git("update-ref", f"refs/heads/{branch}", commit)
    return commit


if __name__ == "__main__":
    print(publish_root_404())
