"""The polling engine (``mistralai.core.polling``): driven step by step with a fake clock, and
through the sync and async runners with fake sleeps (no wall clock involved)."""

from __future__ import annotations

from collections.abc import Generator, Iterator

import pytest

from mistralai.core.errors import RequestValidationError
from mistralai.core.polling import (
    FETCH,
    Sleep,
    check_polling,
    poll_flow,
    run,
    run_async,
    run_nested,
)


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Expired(Exception):
    def __init__(self, state: str, attempts: int, elapsed: float) -> None:
        super().__init__(state, attempts, elapsed)
        self.state, self.attempts, self.elapsed = state, attempts, elapsed


def _done(state: str) -> bool:
    if state == "failed":
        raise RuntimeError("it failed")
    return state == "done"


def test_steps_fetch_sleep_fetch_then_return() -> None:
    clock = Clock()
    flow = poll_flow(_done, Expired, polling_interval=2, clock=clock)
    assert flow.send(None) is FETCH
    assert flow.send("running") == Sleep(2)
    clock.now += 2
    assert flow.send(None) is FETCH
    with pytest.raises(StopIteration) as stop:
        flow.send("done")
    assert stop.value.value == "done"


def test_sleeps_are_shortened_to_the_timeout_then_it_expires() -> None:
    clock = Clock()
    flow = poll_flow(_done, Expired, polling_interval=5, timeout=7, clock=clock)
    assert flow.send(None) is FETCH
    clock.now += 1  # the fetch took a second
    assert flow.send("running") == Sleep(5)
    clock.now += 5
    assert flow.send(None) is FETCH
    assert flow.send("running") == Sleep(1)  # 6 s elapsed: 1 s left
    clock.now += 1
    assert flow.send(None) is FETCH
    with pytest.raises(Expired) as info:
        flow.send("running")
    assert (info.value.state, info.value.attempts, info.value.elapsed) == ("running", 3, 7)


def test_max_attempts_ends_the_wait_without_a_last_sleep() -> None:
    flow = poll_flow(_done, Expired, polling_interval=1, max_attempts=2, clock=Clock())
    assert flow.send(None) is FETCH
    assert flow.send("running") == Sleep(1)
    assert flow.send(None) is FETCH
    with pytest.raises(Expired) as info:
        flow.send("running")
    assert info.value.attempts == 2


def test_done_may_raise_to_end_the_wait() -> None:
    flow = poll_flow(_done, Expired, polling_interval=1, clock=Clock())
    flow.send(None)
    with pytest.raises(RuntimeError, match="it failed"):
        flow.send("failed")


def test_time_counts_from_the_first_step_not_from_creation() -> None:
    clock = Clock()
    flow = poll_flow(_done, Expired, polling_interval=5, timeout=3, clock=clock)
    clock.now += 60  # the work being waited for took a minute to start
    assert flow.send(None) is FETCH
    assert flow.send("running") == Sleep(3)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((-1, None, None), "polling_interval must be >= 0"),
        ((1, -1, None), "timeout must be >= 0"),
        ((1, None, 0), "max_attempts must be >= 1"),
    ],
)
def test_arguments_are_checked_when_the_flow_is_made(
    args: tuple[float, float | None, int | None], message: str
) -> None:
    interval, timeout, attempts = args
    with pytest.raises(RequestValidationError, match=message):
        poll_flow(_done, Expired, polling_interval=interval, timeout=timeout, max_attempts=attempts)


def test_check_polling_names_the_callers_parameter() -> None:
    with pytest.raises(RequestValidationError, match="poll_interval must be >= 0"):
        check_polling(-1, interval_name="poll_interval")


def _states(*values: str) -> Iterator[str]:
    yield from values


def test_sync_runner_fetches_reports_and_sleeps() -> None:
    states = _states("queued", "running", "done")
    seen: list[str] = []
    slept: list[float] = []
    flow = poll_flow(_done, Expired, polling_interval=0.5, clock=Clock())
    final = run(flow, lambda: next(states), on_poll=seen.append, sleep=slept.append)
    assert final == "done"
    assert seen == ["queued", "running", "done"]  # the last state is reported too
    assert slept == [0.5, 0.5]


async def test_async_runner_awaits_fetch_and_a_coroutine_on_poll() -> None:
    states = _states("queued", "done")
    seen: list[str] = []
    slept: list[float] = []

    async def fetch() -> str:
        return next(states)

    async def on_poll(state: str) -> None:
        seen.append(state)

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    flow = poll_flow(_done, Expired, polling_interval=3, clock=Clock())
    assert await run_async(flow, fetch, on_poll=on_poll, sleep=sleep) == "done"
    assert seen == ["queued", "done"]
    assert slept == [3]


async def test_async_runner_accepts_a_plain_on_poll() -> None:
    seen: list[str] = []

    async def fetch() -> str:
        return "done"

    flow = poll_flow(_done, Expired, clock=Clock())
    assert await run_async(flow, fetch, on_poll=seen.append) == "done"
    assert seen == ["done"]


def test_run_nested_passes_sleeps_on_and_fetches_with_a_sub_flow() -> None:
    states = _states("running", "done")

    def fetch() -> Generator[str, object, str]:
        got = yield "get"  # a step of the outer flow
        assert got == "answer"
        return next(states)

    flow = poll_flow(_done, Expired, polling_interval=4, clock=Clock())
    outer = run_nested(flow, fetch)
    assert outer.send(None) == "get"
    assert outer.send("answer") == Sleep(4)
    assert outer.send(None) == "get"
    with pytest.raises(StopIteration) as stop:
        outer.send("answer")
    assert stop.value.value == "done"
