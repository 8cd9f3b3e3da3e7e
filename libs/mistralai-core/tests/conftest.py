from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mistralai.client import Mistral
from mistralai.core.retries import BackoffStrategy, RetryConfig

FAST_RETRY = RetryConfig("backoff", BackoffStrategy(1, 2, 1.5, 5_000), True, max_retries=2)

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def make_client() -> Callable[..., Mistral]:
    def make(handler: Handler, **kwargs: object) -> Mistral:
        kwargs.setdefault("api_key", "sk-test")
        kwargs.setdefault("retry_config", FAST_RETRY)
        return Mistral(
            client=httpx.Client(transport=httpx.MockTransport(handler)),
            async_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
            **kwargs,  # type: ignore[arg-type]
        )

    return make
