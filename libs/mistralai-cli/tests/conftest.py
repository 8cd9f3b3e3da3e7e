"""Fixtures: run ``mistral`` in process (typer's runner) against the fake server, and register
a third-party command package through a real entry point (a ``.dist-info`` on ``sys.path``)."""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from mistralai.cli._app import app
from mistralai.testing import FakeMistralServer

THIRD_PARTY = Path(__file__).parent / "third_party"

Run = Callable[..., Result]


@pytest.fixture
def run(fake_server: FakeMistralServer, monkeypatch: pytest.MonkeyPatch) -> Run:
    """``run("chat", "hi", input=None, env=None)``: the CLI against the fake server."""
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key")
    monkeypatch.setenv("MISTRAL_SERVER_URL", fake_server.url)
    monkeypatch.delenv("MISTRAL_DEBUG", raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # rich tables: a wide terminal, so cells are not folded
    runner = CliRunner()

    def invoke(
        *args: str, input: str | None = None, env: dict[str, str | None] | None = None
    ) -> Result:
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    return invoke


def make_distribution(root: Path, name: str, module_source: Path, entry_points: str) -> Path:
    """A minimal installed distribution in ``root``: the module and its ``.dist-info`` with
    ``entry_points.txt``, which is all importlib.metadata needs to find the entry points."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(module_source, root / module_source.name)
    info = root / f"{name.replace('-', '_')}-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text(entry_points)
    return root


MakeDistribution = Callable[[Path, str], Path]


@pytest.fixture
def acme_site(tmp_path: Path) -> Path:
    """A site directory holding ``acme-mistral-cli`` (module + ``.dist-info``), not on sys.path:
    for subprocesses (``PYTHONPATH``)."""
    return make_distribution(
        tmp_path / "acme-site",
        "acme-mistral-cli",
        THIRD_PARTY / "acme_cli.py",
        "[mistralai.cli]\nacme = acme_cli:app\n",
    )


@pytest.fixture
def third_party(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Install (on sys.path) ``acme-mistral-cli``, a third-party package adding ``mistral acme``
    and a broken ``mistral broken`` whose module does not exist."""
    root = make_distribution(
        tmp_path / "site",
        "acme-mistral-cli",
        THIRD_PARTY / "acme_cli.py",
        "[mistralai.cli]\nacme = acme_cli:app\nbroken = acme_cli_missing_module:app\n",
    )
    monkeypatch.syspath_prepend(str(root))
    importlib.invalidate_caches()
    yield root
    sys.modules.pop("acme_cli", None)
