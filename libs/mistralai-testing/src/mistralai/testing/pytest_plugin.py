"""pytest plugin (entry point ``pytest11``): the ``fake_server`` and ``fake_server_url`` fixtures.

Importing this module must stay cheap: it is loaded by every pytest run in the repository, so
the server is imported only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

__all__ = ["fake_server", "fake_server_url"]


@pytest.fixture
def fake_server() -> Iterator[FakeMistralServer]:
    """A started :class:`~mistralai.testing.FakeMistralServer` (fresh per test: no faults, no
    recorded requests), stopped after the test."""
    from mistralai.testing.server import FakeMistralServer

    server = FakeMistralServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fake_server_url(fake_server: FakeMistralServer) -> str:
    """The base URL of ``fake_server`` (``http://127.0.0.1:PORT``), for ``server_url=``."""
    return fake_server.url
