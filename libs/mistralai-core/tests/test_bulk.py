"""mistralai.core.bulk: input order, per-call errors, the shared pause on 429, AIMD, bounded
read-ahead; sync (threads) and async, against the fake server and plain functions."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.core.bulk import Args, BulkResult, bulk, bulk_async, bulk_iter, bulk_iter_async
from mistralai.core.errors import (
    InternalServerError,
    RateLimitError,
    RequestValidationError,
)
from mistralai.testing import FakeMistralServer

CHAT = "/v1/chat/completions"


def _calls(n: int) -> list[dict[str, Any]]:
    return [
        {"model": "mistral-small-latest", "messages": [{"role": "user", "content": f"q{i}"}]}
        for i in range(n)
    ]


def _content(result: BulkResult[Any]) -> str:
    return result.unwrap().choices[0].message.content


def _rate_limited(retry_after: str = "0") -> RateLimitError:
    return RateLimitError(
        "slow down", status_code=429, headers={"retry-after": retry_after}, body=""
    )


# --------------------------------------------------------------------------- fake server


def test_bulk_chat_in_order_with_shared_429s(fake_server: FakeMistralServer) -> None:
    client = Mistral(api_key="k", server_url=fake_server.url)
    fake_server.inject(status=429, headers={"Retry-After": "0"}, times=5, path=CHAT)
    results = bulk(client.chat.complete, _calls(40), max_concurrency=8)
    assert [r.index for r in results] == list(range(40))
    assert [_content(r) for r in results] == [f"You said: q{i}" for i in range(40)]
    stats = results.stats
    assert stats.throttled == 5 and stats.retried == 5
    assert stats.succeeded == 40 and stats.failed == 0
    # bulk turned the client's own retries off: every attempt is one request on the wire
    assert len(fake_server.requests.filter(method="POST", path=CHAT)) == stats.calls == 45
    assert stats.lowest_concurrency < 8  # the burst halved the limit
    assert sum(r.attempts for r in results) == 45


def test_bulk_errors_are_per_call(fake_server: FakeMistralServer) -> None:
    client = Mistral(api_key="k", server_url=fake_server.url)
    fake_server.inject(status=500, times=1, path=CHAT)
    calls: list[Any] = _calls(6)
    calls[2] = {"model": "m", "messages": "not a list"}  # invalid: fails before sending
    calls[4] = "not a mapping"
    results = bulk(client.chat.complete, calls, max_concurrency=3)
    assert len(results) == 6
    assert isinstance(results[2].error, RequestValidationError)
    assert isinstance(results[4].error, RequestValidationError) and results[4].attempts == 0
    server_errors = [r for r in results if isinstance(r.error, InternalServerError)]
    assert len(server_errors) == 1  # not retried: a 500 is not a throttle
    assert len(results.failed) == 3 and results.stats.failed == 3
    with pytest.raises(InternalServerError):
        server_errors[0].unwrap()
    with pytest.raises((RequestValidationError, InternalServerError)):
        results.values()  # the first error in input order


async def test_bulk_async_chat_with_shared_429s(fake_server: FakeMistralServer) -> None:
    client = Mistral(api_key="k", server_url=fake_server.url)
    fake_server.inject(status=429, headers={"Retry-After": "0"}, times=4, path=CHAT)
    seen: list[int] = []

    async def on_result(result: BulkResult[Any]) -> None:
        seen.append(result.index)

    results = await bulk_async(
        client.chat.complete_async, _calls(30), max_concurrency=6, on_result=on_result
    )
    assert seen == list(range(30))
    assert [_content(r) for r in results] == [f"You said: q{i}" for i in range(30)]
    assert results.stats.throttled == 4 and results.stats.calls == 34
    assert results.stats.lowest_concurrency < 6
    await client.aclose()


# --------------------------------------------------------------------------- behaviour


def test_a_429_pauses_every_worker_for_retry_after() -> None:
    lock = threading.Lock()
    starts: list[float] = []
    throttled_at: list[float] = []

    def call(i: int) -> int:
        with lock:
            starts.append(time.monotonic())
            first = i == 3 and not throttled_at
            if first:
                throttled_at.append(time.monotonic())
        if first:
            raise _rate_limited("0.3")
        return i

    results = bulk(call, [{"i": i} for i in range(24)], max_concurrency=4)
    assert [r.unwrap() for r in results] == list(range(24))
    pause_end = throttled_at[0] + 0.3
    # Only calls already let through before the 429 was counted (at most the 3 other
    # workers) may start during the pause; without it all 20 others would. Lower bounds on
    # time only: a slow machine cannot break this.
    late = [t for t in starts if throttled_at[0] < t < pause_end]
    assert len(late) <= 3
    assert results.stats.pauses == 1 and results.stats.throttled == 1


def test_concurrency_adapts_aimd() -> None:
    lock = threading.Lock()
    in_flight = 0
    capacity = 3

    def call(n: int) -> int:
        nonlocal in_flight
        with lock:
            in_flight += 1
            over = in_flight > capacity
        try:
            time.sleep(0.002)  # keeps calls overlapping
            if over:
                raise _rate_limited("0")
            return n
        finally:
            with lock:
                in_flight -= 1

    results = bulk(call, [Args(n=i) for i in range(300)], max_concurrency=12)
    assert all(r.ok for r in results)
    stats = results.stats
    assert stats.throttled > 0
    assert stats.lowest_concurrency <= capacity  # multiplicative decrease went below 12

    grown = bulk(
        lambda n: n,
        [{"n": i} for i in range(200)],
        max_concurrency=8,
        initial_concurrency=1,
    )
    assert grown.stats.concurrency > 1  # additive increase without throttling
    assert grown.stats.throttled == 0


def test_gives_up_after_max_attempts() -> None:
    def call() -> None:
        raise _rate_limited("0")

    results = bulk(call, [{}], max_attempts=3)
    assert isinstance(results[0].error, RateLimitError)
    assert results[0].attempts == 3 and results.stats.retried == 2


def test_bulk_iter_reads_ahead_a_bounded_window() -> None:
    produced = 0
    consumed = 0
    ahead: list[int] = []

    def calls() -> Iterator[dict[str, int]]:
        nonlocal produced
        for i in range(20_000):
            produced += 1
            ahead.append(produced - consumed)
            yield {"n": i}

    with bulk_iter(lambda n: n * 2, calls(), max_concurrency=4, window=16) as results:
        for result in results:
            assert result.value == result.index * 2
            consumed += 1
    assert consumed == 20_000
    assert max(ahead) <= 16 + 1  # never more than the window in the SDK's hands


def test_bulk_iter_closes_early_and_source_errors_surface() -> None:
    calls = 0

    def fn(n: int) -> int:
        nonlocal calls
        calls += 1
        return n

    with bulk_iter(fn, ({"n": i} for i in range(10_000)), max_concurrency=2, window=4) as it:
        assert next(it).value == 0
    assert calls <= 2 + 4 + 1  # stopped reading: the rest of the input was never called

    def broken() -> Iterator[dict[str, int]]:
        yield {"n": 1}
        raise OSError("input file vanished")

    with pytest.raises(OSError, match="vanished"), bulk_iter(fn, broken()) as it:
        list(it)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(RequestValidationError):
        bulk(lambda: None, [], max_concurrency=0)
    with pytest.raises(RequestValidationError):
        bulk(lambda: None, [], max_concurrency=4, min_concurrency=5)
    with pytest.raises(RequestValidationError):
        bulk(lambda: None, [], max_attempts=0)
    assert len(bulk(lambda: None, [])) == 0


async def test_bulk_iter_async_is_ordered_and_bounded() -> None:
    produced = consumed = 0
    ahead: list[int] = []

    def calls() -> Iterator[dict[str, int]]:
        nonlocal produced
        for i in range(5_000):
            produced += 1
            ahead.append(produced - consumed)
            yield {"n": i}

    async def fn(n: int) -> int:
        await asyncio.sleep(0)
        if n == 7:
            raise ValueError("seven")
        return n

    async with bulk_iter_async(fn, calls(), max_concurrency=5, window=10) as results:
        async for result in results:
            assert result.index == consumed
            consumed += 1
            if result.index == 7:
                assert isinstance(result.error, ValueError)
            else:
                assert result.value == result.index
    assert consumed == 5_000 and max(ahead) <= 11


async def test_async_429_pause_and_decrease() -> None:
    throttled = False
    starts: list[float] = []
    loop = asyncio.get_running_loop()
    pause: list[float] = []

    async def fn(n: int) -> int:
        nonlocal throttled
        starts.append(loop.time())
        await asyncio.sleep(0)
        if n == 2 and not throttled:
            throttled = True
            pause.append(loop.time())
            raise _rate_limited("0.2")
        return n

    results = await bulk_async(fn, [{"n": i} for i in range(20)], max_concurrency=4)
    assert [r.value for r in results] == list(range(20))
    assert len([t for t in starts if pause[0] < t < pause[0] + 0.2]) <= 3
    assert results.stats.concurrency <= 4 and results.stats.lowest_concurrency == 2


def test_a_call_throttled_many_times_while_others_succeed_is_not_given_up() -> None:
    """Throttles count against ``max_attempts`` only while the whole run makes no progress:
    a call that keeps losing the race for a scarce rate limit still completes."""
    lock = threading.Lock()
    seen: dict[int, int] = {}

    def call(i: int) -> int:
        with lock:
            seen[i] = seen.get(i, 0) + 1
            unlucky = i == 0 and seen[i] <= 5  # call 0 is throttled 5 times, others pass
        if unlucky:
            time.sleep(0.02)  # the others go through meanwhile
            raise _rate_limited("0")
        time.sleep(0.002)  # the others outlast call 0's five throttles
        return i

    calls = [{"i": i} for i in range(400)]
    # a window past the whole run: call 0 holding the oldest result back does not stop the rest
    results = bulk(call, calls, max_attempts=2, max_concurrency=4, min_concurrency=2, window=400)
    assert [r.value for r in results] == list(range(400))
    assert results[0].attempts == 6


def test_a_run_where_nothing_gets_through_gives_up() -> None:
    def call(i: int) -> int:
        raise _rate_limited("0")

    results = bulk(call, [{"i": i} for i in range(3)], max_attempts=2, max_concurrency=3)
    assert all(isinstance(r.error, RateLimitError) for r in results)
    assert all(r.attempts == 2 for r in results)


def test_a_short_retry_after_paces_the_calls() -> None:
    """Against a token bucket whose ``Retry-After`` is the time until its next token, calls
    start further apart after a throttle (the gap doubling per burst, shrinking with each
    success): a few throttles, not one per call, and none failed."""
    rate, burst = 400.0, 5
    lock = threading.Lock()
    bucket = {"tokens": float(burst), "at": time.monotonic()}

    def call(i: int) -> int:
        with lock:
            now = time.monotonic()
            bucket["tokens"] = min(burst, bucket["tokens"] + (now - bucket["at"]) * rate)
            bucket["at"] = now
            if bucket["tokens"] < 1:
                raise _rate_limited(f"{(1 - bucket['tokens']) / rate:.4f}")
            bucket["tokens"] -= 1
        return i

    results = bulk(call, [{"i": i} for i in range(300)], max_concurrency=16)
    assert [r.value for r in results] == list(range(300))
    # without pacing every burst after a pause loses all but one call: hundreds of 429s
    assert results.stats.throttled < 60, results.stats


def test_pacing_rules() -> None:
    from mistralai.core.bulk import BulkStats, _Limiter  # pyright: ignore[reportPrivateUsage]

    limiter = _Limiter(8, 1, 8, BulkStats())
    epoch = limiter.start(0.0)
    assert limiter.wait_s(0.0) is None  # no gap before any throttle
    limiter.throttled(epoch, 0.004, 0.0)
    assert limiter.gap == 0.004
    limiter.start(0.004)
    assert limiter.wait_s(0.005) == pytest.approx(0.003)  # the next start waits for the gap
    limiter.throttled(limiter.epoch, 0.0, 0.008)  # a new burst: the gap doubles
    assert limiter.gap == 0.008
    limiter.start(0.016)
    limiter.done(True)
    assert limiter.gap == pytest.approx(0.008 * 0.98)
    limiter.throttled(limiter.epoch, 2.0, 0.02)  # a long Retry-After is a pause, not a pace
    assert limiter.gap == pytest.approx(0.008 * 0.98)
    assert limiter.wait_s(1.0) == pytest.approx(1.02)
