"""Helpers of the fault suite (imported by its tests; conftest puts this folder on sys.path)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import pytest

from mistralai.core.retries import BackoffStrategy, RetryConfig

T = TypeVar("T")

FAST_RETRY = RetryConfig("backoff", BackoffStrategy(5, 20, 2.0, 20_000), True, max_retries=3)
MESSAGES: list[Any] = [{"role": "user", "content": "hi"}]
WATCHDOG_S = 60.0


def within(seconds: float, fn: Callable[[], T]) -> T:
    """Run ``fn`` in a thread; fail (instead of hanging) if it does not finish in time."""
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"hung: did not finish within the {seconds:g}s watchdog")
    if error:
        raise error[0]
    return result[0]


async def within_async(seconds: float, coro: Coroutine[Any, Any, T]) -> T:
    try:
        return await asyncio.wait_for(coro, seconds)
    except TimeoutError:
        pytest.fail(f"hung: did not finish within the {seconds:g}s watchdog")
