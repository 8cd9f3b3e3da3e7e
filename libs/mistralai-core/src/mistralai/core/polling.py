"""Polling until something is done: one engine, with no I/O, and a sync and an async runner.

The engine, :func:`poll_flow`, decides everything: when to fetch, how long to sleep, when the
state is final, when the wait is over. It is a generator that yields steps (as httpx's
``Auth.auth_flow`` yields requests):

- :data:`FETCH`: fetch the state now and ``send`` it back;
- :class:`Sleep`: sleep ``seconds``, then ``send(None)``;

and returns the final state. :func:`run` and :func:`run_async` carry out the steps (the sync
runner with ``time.sleep``, the async one with ``asyncio.sleep``), so the rules live in one
place whatever the caller's I/O, and tests can drive the engine step by step with a fake clock.
:func:`run_nested` runs it inside a bigger sans-I/O flow (a fetch that is itself several
steps, such as polling several jobs per round).

The helpers that wait on the server (``fine_tuning.jobs.wait``, ``batch.jobs.wait``,
``batch.run``, ``workflows.wait_for_workflow_completion`` and
``workflows.execute_workflow_and_wait``) all poll with it, with the parameter names of the
2.x SDK's workflow helpers: ``polling_interval`` (seconds between polls), ``max_attempts``
(polls before giving up), ``timeout`` (seconds before giving up) and ``on_poll`` (called with
the state after every poll). :func:`check_polling` validates them before anything is sent.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Final, TypeVar, cast

from mistralai.core.errors import RequestValidationError

__all__ = [
    "DEFAULT_POLLING_INTERVAL",
    "FETCH",
    "Expired",
    "Fetch",
    "PollFlow",
    "PollStep",
    "Sleep",
    "check_polling",
    "poll_flow",
    "run",
    "run_async",
    "run_nested",
]

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

DEFAULT_POLLING_INTERVAL: Final = 5.0
"""Seconds between two polls unless told otherwise (the 2.x workflow helpers' default)."""


@dataclass(frozen=True, slots=True)
class Fetch:
    """Step: fetch the state now and send it back into the flow."""


@dataclass(frozen=True, slots=True)
class Sleep:
    """Step: sleep ``seconds``, then send ``None`` back into the flow."""

    seconds: float


FETCH: Final = Fetch()

PollStep = Fetch | Sleep
PollFlow = Generator[PollStep, T | None, R]
"""A polling flow: yields steps, is sent the fetched states (``None`` after a sleep),
returns ``R``."""

Expired = Callable[[T, int, float], BaseException]
"""Builds the error raised when the wait is over: ``(last state, polls, seconds elapsed)``."""


def check_polling(
    polling_interval: float,
    timeout: float | None = None,
    max_attempts: int | None = None,
    *,
    interval_name: str = "polling_interval",
) -> None:
    """Raise :class:`~mistralai.core.errors.RequestValidationError` for a negative interval or
    timeout or a ``max_attempts`` below 1 (``interval_name``: the caller's parameter name)."""
    if polling_interval < 0:
        raise RequestValidationError(f"{interval_name} must be >= 0, not {polling_interval}")
    if timeout is not None and timeout < 0:
        raise RequestValidationError(f"timeout must be >= 0 or None, not {timeout}")
    if max_attempts is not None and max_attempts < 1:
        raise RequestValidationError(f"max_attempts must be >= 1 or None, not {max_attempts}")


def poll_flow(
    done: Callable[[T], bool],
    expired: Expired[T],
    *,
    polling_interval: float = DEFAULT_POLLING_INTERVAL,
    timeout: float | None = None,
    max_attempts: int | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> PollFlow[T, T]:
    """Fetch until ``done(state)``; return that state.

    ``done`` may raise to end the wait with an error (a state that will never be the wanted
    one). After ``max_attempts`` fetches, or once ``timeout`` seconds have passed since the
    flow started, it raises ``expired(state, attempts, elapsed)`` instead of sleeping again.
    Sleeps are ``polling_interval`` seconds, shortened so as not to overrun ``timeout``.
    ``clock`` gives the time in seconds (monotonic; a fake one in tests); time counts from
    the first step, so a flow made before starting the work it waits for (to check the
    arguments before anything is sent) does not count the time that work took.
    """
    # Checked here, not in the generator, whose body only runs at the first step.
    check_polling(polling_interval, timeout, max_attempts)
    return _flow(done, expired, polling_interval, timeout, max_attempts, clock)


def _flow(
    done: Callable[[T], bool],
    expired: Expired[T],
    polling_interval: float,
    timeout: float | None,
    max_attempts: int | None,
    clock: Callable[[], float],
) -> PollFlow[T, T]:
    started = clock()
    attempts = 0
    while True:
        # The runners send the fetched state after FETCH (None only after a Sleep).
        state = cast("T", (yield FETCH))
        attempts += 1
        if done(state):
            return state
        elapsed = clock() - started
        if max_attempts is not None and attempts >= max_attempts:
            raise expired(state, attempts, elapsed)
        delay = polling_interval
        if timeout is not None:
            remaining = timeout - elapsed
            if remaining <= 0:
                raise expired(state, attempts, elapsed)
            delay = min(delay, remaining)
        yield Sleep(delay)


def run(
    flow: PollFlow[T, R],
    fetch: Callable[[], T],
    *,
    on_poll: Callable[[T], object] | None = None,
    sleep: Callable[[float], object] = time.sleep,
) -> R:
    """Carry out ``flow``'s steps: ``fetch()`` for :data:`FETCH` (then ``on_poll(state)``),
    ``sleep(seconds)`` for :class:`Sleep`; return what the flow returns."""
    sent: T | None = None
    while True:
        try:
            step = flow.send(sent)
        except StopIteration as stop:
            return cast("R", stop.value)
        if isinstance(step, Sleep):
            sleep(step.seconds)
            sent = None
            continue
        sent = fetch()
        if on_poll is not None:
            on_poll(sent)


async def run_async(
    flow: PollFlow[T, R],
    fetch: Callable[[], Awaitable[T]],
    *,
    on_poll: Callable[[T], object] | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> R:
    """Async twin of :func:`run`: ``fetch`` is awaited, and so is what ``on_poll`` returns when
    it is awaitable (a coroutine function); sleeps do not block the event loop."""
    sent: T | None = None
    while True:
        try:
            step = flow.send(sent)
        except StopIteration as stop:
            return cast("R", stop.value)
        if isinstance(step, Sleep):
            await sleep(step.seconds)
            sent = None
            continue
        sent = await fetch()
        if on_poll is not None:
            outcome = on_poll(sent)
            if inspect.isawaitable(outcome):
                await outcome


def run_nested(
    flow: PollFlow[T, R], fetch: Callable[[], Generator[S, object, T]]
) -> Generator[S | Sleep, object, R]:
    """Run ``flow`` inside another sans-I/O flow: each :data:`FETCH` is ``yield from fetch()``
    (a generator of the outer flow's steps returning the state), each :class:`Sleep` is
    yielded on for the outer runner to carry out."""
    sent: T | None = None
    while True:
        try:
            step = flow.send(sent)
        except StopIteration as stop:
            return cast("R", stop.value)
        if isinstance(step, Sleep):
            yield step
            sent = None
        else:
            sent = yield from fetch()
