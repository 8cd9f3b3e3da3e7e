"""Fixtures of the fault suite: a fake server per test, clients on it, and a watchdog.

The suite drives the SDK against real sockets (``mistralai.testing.FakeMistralServer``) with
injected faults. No test asserts a wall-clock time: a watchdog with a generous limit only turns
a hang into a failure.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from _fault_support import FAST_RETRY

from mistralai.client import Mistral
from mistralai.testing import FakeMistralServer


@pytest.fixture
def server() -> Iterator[FakeMistralServer]:
    srv = FakeMistralServer()
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def make_client(server: FakeMistralServer) -> Iterator[Callable[..., Mistral]]:
    made: list[Mistral] = []

    def make(**kwargs: Any) -> Mistral:
        kwargs.setdefault("api_key", "sk-fault-suite")
        kwargs.setdefault("server_url", server.url)
        kwargs.setdefault("retry_config", FAST_RETRY)
        client = Mistral(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
