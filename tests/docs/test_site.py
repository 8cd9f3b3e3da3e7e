"""The documentation site builds with ``mkdocs build --strict`` (as ``nox -s docs`` does), and
its API reference is complete.

The build renders every reference page from the packages' docstrings (mkdocstrings), so a
broken docstring, a module that moved, a dead link between pages or a page missing from the
nav fails here, in CI, rather than on the published site.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 300  # about 20 s of CPU; a loaded 2-core machine stretches the wall time


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    return out


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_the_site_builds_strictly_with_every_page(site: Path) -> None:
    pages = [
        "quickstart",
        "streaming",
        "errors",
        "pagination",
        "structured-outputs",
        "testing",
        "performance",
        "plugins",
        "migrating",
        "providers",
        "compat",
        *(f"domains/{d}" for d in ("chat", "agents", "files", "fine-tuning", "workflows")),
        *(f"domains/{d}" for d in ("observability", "audio", "connectors", "admin")),
    ]
    for page in pages:
        assert (site / page / "index.html").is_file(), page


def test_the_reference_renders_the_docstrings(site: Path) -> None:
    chat = html(site, "reference/chat")
    assert "client.chat" in chat and "parse_stream" in chat and "client.embeddings" in chat
    files = html(site, "reference/files")
    assert "client.beta.libraries.documents" in files
    assert "download_to" in files and "never holding it whole in memory" in files
    core = html(site, "reference/core")
    assert "RateLimitError" in core and "BackoffStrategy" in core
    testing = html(site, "reference/testing")
    assert "FakeMistralServer" in testing and "inject_stream_cut" in testing
    assert "MistralAzure" in html(site, "reference/providers")


def test_the_models_summary_lists_every_domain(site: Path) -> None:
    models = html(site, "reference/models")
    for anchor in ("mistralai-core", "mistralai-api-chat", "mistralai-api-admin"):
        assert f'id="{anchor}"' in models
    assert "ChatCompletionResponse" in models and "ConversationResponse" in models
    assert "<!-- models:" not in models  # every directive was replaced
    # A summary, not every class rendered in full: it stays small.
    assert (site / "reference" / "models" / "index.html").stat().st_size < 1_000_000


def test_pages_added_later_join_the_nav(site: Path) -> None:
    """Top-level pages the nav does not list (written by other parts of the project) are
    added by tools/docs/hooks.py: none is left out of the site's navigation."""
    home = (site / "index.html").read_text(encoding="utf-8")  # the nav, from the home page
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.stem == "index":
            continue
        assert re.search(rf'href="(\./)?{re.escape(page.stem)}/"', home), page.name


def test_the_reference_pages_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, "tools/docs/reference.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
