"""Fixtures of the request-conformance tests: one Prism mock server per test session.

Prism (pinned in ``tools/prism``) serves the overlaid spec (``tools/prism/harness.py`` says
which adjustments it needs) with request validation; the tests send requests to it and fail
on any violation Prism reports. Run from the repository root::

    uv run pytest tests/conformance

Prism is installed on first use (``npm ci`` in ``tools/prism``); Node.js and npm are needed.
Its log and the served spec are kept in pytest's temporary directory (path shown on failure).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.prism.conformance import Recorder  # noqa: E402
from tools.prism.harness import PrismServer, write_spec  # noqa: E402


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    """A running Prism serving the mock spec (started once per session, stopped at the end)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        # Not a skip: a conformance suite that silently does nothing would pass CI.
        pytest.fail("Prism needs Node.js and npm on PATH (see README: a fresh machine has them)")
    workdir = tmp_path_factory.mktemp("prism")
    spec = write_spec(workdir / "spec.json")
    server = PrismServer(spec, log=workdir / "prism.log")
    with server:
        yield server


@pytest.fixture(scope="session")
def prism_url(prism: PrismServer) -> str:
    """Base URL of the session's Prism (``http://127.0.0.1:<port>``)."""
    return prism.url


@pytest.fixture
def recorder() -> Recorder:
    """Every exchange of one test's SDK client (see ``tools/prism/conformance.py``)."""
    return Recorder()


def _client(prism_url: str, **clients: Any) -> Any:
    from mistralai.client import Mistral

    return Mistral(api_key="test", server_url=prism_url, retry_config=None, **clients)


@pytest.fixture
def sdk(prism_url: str, recorder: Recorder) -> Iterator[Any]:
    """The SDK client on Prism (no retries), its requests noted by ``recorder``."""
    import httpx

    hooks = {"response": [recorder.on_response]}
    with httpx.Client(event_hooks=hooks, timeout=30) as http:
        yield _client(prism_url, client=http)


@pytest.fixture
async def async_sdk(prism_url: str, recorder: Recorder) -> AsyncIterator[Any]:
    import httpx

    hooks = {"response": [recorder.on_response_async]}
    async with httpx.AsyncClient(event_hooks=hooks, timeout=30) as http:
        yield _client(prism_url, async_client=http)
