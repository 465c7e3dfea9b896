"""The GitHub Actions workflow: pinned actions, no kept token, write permission in one place."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

WORKFLOW = Path(__file__).parents[2] / ".github" / "workflows" / "ci.yml"
TEXT = WORKFLOW.read_text("utf-8")
JOBS: dict[str, Any] = yaml.safe_load(TEXT)["jobs"]
STEPS = [(name, step) for name, job in JOBS.items() for step in job["steps"]]


def test_every_action_is_pinned_to_a_commit_with_its_tag_beside_it() -> None:
    uses = re.findall(r"uses: (\S+)(.*)", TEXT)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r" # v\d+(\.\d+)*", comment), (action, comment)


def test_no_checkout_leaves_a_token_in_the_working_copy() -> None:
    checkouts = [step for _, step in STEPS if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    assert all(step["with"]["persist-credentials"] is False for step in checkouts)


def test_only_the_deploy_job_may_write_and_it_installs_and_builds_nothing() -> None:
    assert yaml.safe_load(TEXT)["permissions"] == {"contents": "read"}
    writers = {name for name, job in JOBS.items() if "write" in str(job.get("permissions", {}))}
    assert writers == {"deploy"}
    deploy = JOBS["deploy"]
    assert deploy["needs"] == "test"
    actions = [step.get("uses", "").split("@")[0] for step in deploy["steps"]]
    assert actions == ["actions/download-artifact", ""]
    script = " ".join(step.get("run", "") for step in deploy["steps"])
    for forbidden in ("make", "pip", "npm", "mkdocs", "mike"):
        assert not re.search(rf"\b{forbidden}\b", script), forbidden


def test_the_published_commit_is_the_one_the_test_job_made() -> None:
    """The test job uploads the gh-pages bundle; the deploy job pushes exactly its commit."""
    uploads = [step for step in JOBS["test"]["steps"] if "upload-artifact" in step.get("uses", "")]
    (upload,) = uploads
    assert upload["with"]["name"] == "gh-pages"
    push = JOBS["deploy"]["steps"][-1]["run"]
    assert 'test "$(git -C release rev-parse FETCH_HEAD)" = "$commit"' in push
    assert '"$commit:refs/heads/gh-pages"' in push
