"""Many online requests at bounded, adaptive concurrency: ``bulk(client.chat.complete, calls)``.

::

    from mistralai.core.bulk import bulk

    results = bulk(
        client.chat.complete,
        [{"model": "mistral-small-latest", "messages": [{"role": "user", "content": q}]}
         for q in questions],
        max_concurrency=16,
    )
    for result in results:  # one per call, in input order
        print(result.index, result.value.choices[0].message.content if result.ok else result.error)

Every call gets a :class:`BulkResult` (its value or the exception it raised): one failure
never stops the others. Rate limits are shared: a 429 (or 503) makes **every** worker pause
for the server's ``Retry-After`` (or a growing backoff when there is none) and halves the
concurrency (once per burst: calls already in flight when it was halved do not halve it
again); every ``limit`` successes in a row add one (AIMD, as TCP congestion control). A short
``Retry-After`` (up to 50 ms: a token bucket's time to its next token) also paces the starts:
the gap between two starts doubles on the first throttle of a burst and shrinks by 2% with
each success, so a client faster than the server's rate settles at that rate instead of
losing a burst of calls after every pause. The throttled call is retried: it fails only after ``max_attempts`` throttles in a row during
which no call of the run succeeded (a server that lets nothing through). While other calls
go through, a rate limit only makes it wait its turn: a fast client against a tight token
bucket (many 429s per call) still completes every call.

Sync calls run on worker threads (``bulk``, ``bulk_iter``); coroutine functions on tasks of
the running loop (``bulk_async``, ``bulk_iter_async``). The ``_iter`` forms yield results in
input order as they are ready, reading the calls lazily and holding at most ``window`` calls
between the one being read and the oldest not yet yielded: memory stays flat for any number
of calls (a generator works).

With ``manage_retries=True`` (the default) and a function that takes ``retries`` (every
generated method does), calls are made with ``retries=NO_RETRY`` unless they set their own:
the shared pause replaces the per-call backoff, which would let each worker retry on its own
and keep hammering a rate-limited server. Other errors then fail their call at once; pass
``manage_retries=False`` to keep the client's retries (429s the client gave up on still
pause everyone).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import math
import threading
import time
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, NoReturn, Self, TypeAlias, TypeVar, cast, overload

from mistralai.core.errors import APIStatusError, RequestValidationError
from mistralai.core.retries import NO_RETRY, retry_after_hint

__all__ = [
    "THROTTLE_STATUS",
    "Args",
    "BulkIterator",
    "BulkIteratorAsync",
    "BulkResult",
    "BulkResults",
    "BulkStats",
    "Call",
    "bulk",
    "bulk_async",
    "bulk_iter",
    "bulk_iter_async",
]

R = TypeVar("R")

THROTTLE_STATUS = frozenset({429, 503})
"""Statuses that mean "too much, slow down": they pause every worker and lower concurrency."""

_FIRST_PAUSE_S = 0.5
_MAX_PAUSE_S = 30.0
_MAX_GAP_S = 0.05
"""A ``Retry-After`` up to this long reads as a pace (the time until a token bucket's next
token): besides the pause, calls then start further apart, the gap between two starts doubling
on the first throttle of each burst (at least this hint, 1 ms, at most 50 ms). A longer one
(a quota window) is a pause only."""
_MIN_GAP_S = 0.001
_GAP_DECAY = 0.98
"""Each success shortens the gap by 2%: the rate creeps back up (doubling in about 35
successes) until the next throttle (AIMD on the rate, beside the one on the concurrency)."""


class Args:
    """The positional and keyword arguments of one call, for functions that need positional
    ones: ``Args("text", model="m")``. A plain mapping is taken as keyword arguments."""

    __slots__ = ("args", "kwargs")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs

    def __repr__(self) -> str:
        return f"Args(*{self.args!r}, **{self.kwargs!r})"


Call: TypeAlias = Mapping[str, Any] | Args
"""One call's arguments: keyword arguments as a mapping, or :class:`Args`."""


@dataclass(frozen=True, slots=True)
class BulkResult(Generic[R]):
    """The outcome of one call: ``value`` (when ``ok``) or the ``error`` it raised."""

    index: int
    """Position of the call in the input."""
    value: R | None
    error: Exception | None
    attempts: int
    """How many times it was sent (more than 1 after throttling)."""

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> R:
        """The value, or raise the error."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


@dataclass(slots=True)
class BulkStats:
    """What a bulk run did so far (live while it runs)."""

    calls: int = 0
    """Attempts sent (retries included)."""
    succeeded: int = 0
    failed: int = 0
    throttled: int = 0
    """Answers with a status in :data:`THROTTLE_STATUS` (429s and 503s)."""
    retried: int = 0
    pauses: int = 0
    """Times the shared pause was started or extended."""
    paused_s: float = 0.0
    """Total length of the shared pauses (seconds, as scheduled)."""
    concurrency: int = 0
    """The current concurrency limit."""
    lowest_concurrency: int = 0
    peak_in_flight: int = 0


class _Limiter:
    """The shared state of the workers: the AIMD concurrency limit and the pause (not
    thread-safe by itself: the callers hold their lock)."""

    def __init__(self, initial: int, minimum: int, maximum: int, stats: BulkStats) -> None:
        self.limit = initial
        self.minimum = minimum
        self.maximum = maximum
        self.in_flight = 0
        self.paused_until = 0.0
        self.epoch = 0
        self.successes = 0
        self.streak = 0  # throttles without a success between them: grows the backoff
        self.progress = 0  # successes of the whole run so far
        self.gap = 0.0  # seconds between two starts (pacing, after a short Retry-After)
        self.next_start = 0.0
        self.stats = stats
        stats.concurrency = stats.lowest_concurrency = initial

    def wait_s(self, now: float) -> float | None:
        """``None``: a call may start now; else how long to wait at most before checking
        again (``inf``: until a call ends)."""
        if now < self.paused_until:
            return self.paused_until - now
        if self.in_flight >= self.limit:
            return math.inf
        if now < self.next_start:
            return self.next_start - now
        return None

    def start(self, now: float) -> int:
        self.next_start = now + self.gap
        self.in_flight += 1
        self.stats.calls += 1
        self.stats.peak_in_flight = max(self.stats.peak_in_flight, self.in_flight)
        return self.epoch

    def done(self, ok: bool) -> None:
        self.in_flight -= 1
        if not ok:
            return
        self.streak = 0
        self.progress += 1
        self.gap *= _GAP_DECAY
        self.successes += 1
        if self.successes >= self.limit and self.limit < self.maximum:  # additive increase
            self.limit += 1
            self.successes = 0
            self.stats.concurrency = self.limit

    def throttled(self, epoch: int, retry_after: float | None, now: float) -> None:
        self.in_flight -= 1
        self.stats.throttled += 1
        first = epoch == self.epoch
        if first:  # the first throttle of this burst: multiplicative decrease
            self.limit = max(self.minimum, self.limit // 2)
            self.epoch += 1
            self.successes = 0
            self.stats.concurrency = self.limit
            self.stats.lowest_concurrency = min(self.stats.lowest_concurrency, self.limit)
        self.streak += 1
        if retry_after is None:
            wait = min(_FIRST_PAUSE_S * 2 ** (self.streak - 1), _MAX_PAUSE_S)
        else:
            wait = retry_after
            if retry_after <= _MAX_GAP_S:  # a pace, not a pause: start calls further apart
                floor = 2 * self.gap if first else self.gap
                self.gap = min(max(floor, retry_after, _MIN_GAP_S), _MAX_GAP_S)
        until = now + wait
        if until > self.paused_until:
            self.stats.pauses += 1
            self.stats.paused_s += until - max(self.paused_until, now)
            self.paused_until = until


def _throttle(exc: Exception) -> tuple[bool, float | None]:
    """Whether ``exc`` says "slow down", and the server's wait hint."""
    if isinstance(exc, APIStatusError) and exc.status_code in THROTTLE_STATUS:
        return True, retry_after_hint(exc.headers)
    return False, None


def _closed() -> Exception:
    return RuntimeError("the bulk run was closed before this call was sent")


def _accepts_retries(fn: Callable[..., Any]) -> bool:
    try:
        parameters = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "retries" in parameters


def _split(call: object, index: int, inject: bool) -> tuple[tuple[Any, ...], dict[str, Any]]:
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any]
    if isinstance(call, Args):
        args, kwargs = call.args, dict(call.kwargs)
    elif isinstance(call, Mapping):
        mapping = cast(Mapping[Any, Any], call)
        kwargs = {str(k): v for k, v in mapping.items()}
    else:
        raise RequestValidationError(
            f"bulk call {index}: expected a mapping of keyword arguments or Args, "
            f"not {type(call).__name__}"
        )
    if inject and "retries" not in kwargs:
        kwargs["retries"] = NO_RETRY
    return args, kwargs


def _check(
    max_concurrency: int, min_concurrency: int, initial: int | None, attempts: int, window: int
) -> int:
    if max_concurrency < 1 or min_concurrency < 1 or min_concurrency > max_concurrency:
        raise RequestValidationError(
            f"need 1 <= min_concurrency ({min_concurrency}) <= max_concurrency ({max_concurrency})"
        )
    start = max_concurrency if initial is None else initial
    if not min_concurrency <= start <= max_concurrency:
        raise RequestValidationError(
            f"initial_concurrency ({start}) must lie between min and max concurrency"
        )
    if attempts < 1:
        raise RequestValidationError(f"max_attempts must be >= 1, not {attempts}")
    if window < max_concurrency:
        raise RequestValidationError(f"window ({window}) must be >= max_concurrency")
    return start


class BulkResults(Sequence[BulkResult[R]]):
    """All the results of :func:`bulk`, in input order, and the run's :class:`BulkStats`."""

    def __init__(self, results: list[BulkResult[R]], stats: BulkStats) -> None:
        self._results = results
        self.stats = stats

    @overload
    def __getitem__(self, index: int) -> BulkResult[R]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[BulkResult[R]]: ...
    def __getitem__(self, index: int | slice) -> BulkResult[R] | Sequence[BulkResult[R]]:
        return self._results[index]

    def __len__(self) -> int:
        return len(self._results)

    def values(self) -> list[R]:
        """Every value, in order; raises the first error met."""
        return [r.unwrap() for r in self._results]

    @property
    def failed(self) -> list[BulkResult[R]]:
        return [r for r in self._results if r.error is not None]

    def __repr__(self) -> str:
        return f"<BulkResults {len(self)} calls, {len(self.failed)} failed, {self.stats}>"


# --------------------------------------------------------------------------- the shared core


@dataclass(frozen=True, slots=True)
class _Over:
    """Nothing more to yield; ``error``: what the caller's iterable raised, if it failed."""

    error: BaseException | None

    def stop(self, done: type[Exception]) -> NoReturn:
        if self.error is not None:
            raise self.error
        raise done


@dataclass(slots=True)
class _Attempt:
    """One call on its way: its arguments, how often it was sent, the limiter's epoch, and
    its throttles in a row without any success of the run in between (``stalls``, counted
    from the run's ``progress`` at its last throttle)."""

    index: int
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    count: int = 0
    epoch: int = 0
    stalls: int = 0
    progress: int = -1


class _BulkCore(Generic[R]):
    """Every decision of a bulk run, sans I/O: which call to read, when a call may be sent,
    whether a failure is retried, which result comes next. The thread and the task drivers
    hold their lock around each method and keep only the waiting, calling and waking."""

    def __init__(
        self,
        fn: Callable[..., Any],
        calls: Iterable[Call],
        max_concurrency: int,
        min_concurrency: int,
        initial_concurrency: int | None,
        max_attempts: int,
        manage_retries: bool,
        window: int | None,
    ) -> None:
        window = window if window is not None else 4 * max_concurrency
        start = _check(max_concurrency, min_concurrency, initial_concurrency, max_attempts, window)
        self.stats = BulkStats()
        self.source = enumerate(calls)
        self.inject = manage_retries and _accepts_retries(fn)
        self.max_attempts = max_attempts
        self.window = window
        self.limiter = _Limiter(start, min_concurrency, max_concurrency, self.stats)
        self.ready: dict[int, BulkResult[R]] = {}
        self.taken = 0  # calls read from the source
        self.next = 0  # the next index to yield
        self.exhausted = False
        self.stopping = False
        self.source_error: BaseException | None = None

    # -- workers

    def window_full(self) -> bool:
        """Whether a worker must wait before reading another call (bounds memory)."""
        return not self.stopping and self.taken - self.next >= self.window

    def take(self, source_errors: type[BaseException]) -> tuple[int, Any] | None:
        """The next call, or ``None`` when there is none to run (the driver wakes the others).
        What the caller's iterable raises (of ``source_errors``) is kept for the consumer."""
        if self.stopping or self.exhausted:
            return None
        try:
            item = next(self.source)
        except StopIteration:
            self.exhausted = True
            return None
        except source_errors as exc:
            self.source_error = exc
            self.exhausted = True
            return None
        self.taken += 1
        return item

    def attempt(self, index: int, call: object) -> _Attempt | BulkResult[R]:
        """The call's arguments, or its result when they are not valid (never sent)."""
        try:
            args, kwargs = _split(call, index, self.inject)
        except Exception as exc:
            return BulkResult(index, None, exc, 0)
        return _Attempt(index, args, kwargs)

    def admit(self, attempt: _Attempt, now: float) -> float | BulkResult[R] | None:
        """``None``: send it now (it is counted in flight); else how long to wait at most
        before asking again (``inf``: until woken), or its result when the run was closed
        before it was sent (a result never read)."""
        wait = self.limiter.wait_s(now)
        if wait is None:
            attempt.epoch = self.limiter.start(now)
            attempt.count += 1
            return None
        if self.stopping:
            return BulkResult(attempt.index, None, _closed(), attempt.count)
        return wait

    def settle(
        self, attempt: _Attempt, value: R | None, error: Exception | None, now: float
    ) -> BulkResult[R] | None:
        """After a send: the call's result, or ``None`` to send it again (throttled, with
        attempts left). The driver then wakes the waiting workers."""
        if error is None:
            self.limiter.done(True)
            return BulkResult(attempt.index, value, None, attempt.count)
        throttle, hint = _throttle(error)
        if throttle:
            self.limiter.throttled(attempt.epoch, hint, now)
            progress = self.limiter.progress
            attempt.stalls = 1 if progress != attempt.progress else attempt.stalls + 1
            attempt.progress = progress
        else:
            self.limiter.done(False)
        if throttle and attempt.stalls < self.max_attempts and not self.stopping:
            self.stats.retried += 1
            return None
        return BulkResult(attempt.index, None, error, attempt.count)

    def finish(self, result: BulkResult[R]) -> None:
        """Keep a result until its turn to be yielded."""
        if result.ok:
            self.stats.succeeded += 1
        else:
            self.stats.failed += 1
        self.ready[result.index] = result

    # -- consumer

    def step(self) -> BulkResult[R] | _Over | None:
        """The next result in input order, :class:`_Over` when none is left, or ``None``:
        wait for one. The driver then wakes the workers (a slot of the window is free)."""
        if self.next in self.ready:
            result = self.ready.pop(self.next)
            self.next += 1
            return result
        if self.exhausted and self.next >= self.taken:
            error, self.source_error = self.source_error, None
            self.stopping = True  # every call was yielded: the workers leave
            return _Over(error)
        if self.stopping:
            return _Over(None)
        return None


# --------------------------------------------------------------------------- sync (threads)


class BulkIterator(Iterator[BulkResult[R]]):
    """Results of :func:`bulk_iter` in input order, as they are ready. Close it (or leave the
    ``with`` block, or finish iterating) to stop the workers; calls in flight finish first."""

    def __init__(
        self,
        fn: Callable[..., R],
        calls: Iterable[Call],
        *,
        max_concurrency: int,
        min_concurrency: int,
        initial_concurrency: int | None,
        max_attempts: int,
        manage_retries: bool,
        window: int | None,
    ) -> None:
        self._core: _BulkCore[R] = _BulkCore(
            fn, calls, max_concurrency, min_concurrency, initial_concurrency, max_attempts,
            manage_retries, window,
        )  # fmt: skip
        self.stats = self._core.stats
        self._fn = fn
        self._cond = threading.Condition()
        self._threads = [
            threading.Thread(target=self._work, name=f"mistralai-bulk-{n}", daemon=True)
            for n in range(max_concurrency)
        ]
        self._started = False

    # -- workers

    def _take(self) -> tuple[int, Any] | None:
        with self._cond:
            while self._core.window_full():
                self._cond.wait()
            # whatever the caller's iterable raises goes to them (a thread has no one else)
            item = self._core.take(BaseException)
            if item is None:
                self._cond.notify_all()
            return item

    def _work(self) -> None:
        while (item := self._take()) is not None:
            result = self._call(*item)
            with self._cond:
                self._core.finish(result)
                self._cond.notify_all()

    def _call(self, index: int, call: Any) -> BulkResult[R]:
        core, cond = self._core, self._cond
        attempt = core.attempt(index, call)
        if isinstance(attempt, BulkResult):
            return attempt
        while True:
            with cond:
                while (wait := core.admit(attempt, time.monotonic())) is not None:
                    if isinstance(wait, BulkResult):
                        return wait
                    cond.wait(None if math.isinf(wait) else wait)
            error: Exception | None = None
            try:
                value = self._fn(*attempt.args, **attempt.kwargs)
            except Exception as exc:
                value, error = None, exc
            with cond:
                result = core.settle(attempt, value, error, time.monotonic())
                cond.notify_all()
            if result is not None:
                return result

    # -- consumer

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> BulkResult[R]:
        if not self._started:
            self._started = True
            for thread in self._threads:
                thread.start()
        with self._cond:
            while (step := self._core.step()) is None:
                self._cond.wait()
            self._cond.notify_all()
        if isinstance(step, _Over):
            step.stop(StopIteration)
        return step

    def close(self) -> None:
        """Stop reading calls and wait for the ones in flight."""
        with self._cond:
            self._core.stopping = True
            self._cond.notify_all()
        if self._started:
            for thread in self._threads:
                if thread is not threading.current_thread():
                    thread.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def bulk_iter(
    fn: Callable[..., R],
    calls: Iterable[Call],
    *,
    max_concurrency: int = 16,
    min_concurrency: int = 1,
    initial_concurrency: int | None = None,
    max_attempts: int = 6,
    manage_retries: bool = True,
    window: int | None = None,
) -> BulkIterator[R]:
    """Call ``fn`` once per item of ``calls`` on worker threads; yield a :class:`BulkResult`
    per call, in input order, as soon as it (and every one before it) is ready.

    :param fn: any function, typically a client method (``client.chat.complete``).
    :param calls: keyword-argument mappings (or :class:`Args`); read lazily, once.
    :param max_concurrency: the most calls in flight (and the number of threads).
    :param min_concurrency: the floor when throttling halves the limit.
    :param initial_concurrency: the starting limit (default ``max_concurrency``).
    :param max_attempts: throttles (429/503) in a row, with no call of the run succeeding in
        between, after which a call fails.
    :param manage_retries: send ``retries=NO_RETRY`` to functions that take ``retries`` (see
        the module documentation).
    :param window: calls read ahead of the oldest result not yet yielded (default
        ``4 * max_concurrency``); bounds memory.
    """
    return BulkIterator(
        fn,
        calls,
        max_concurrency=max_concurrency,
        min_concurrency=min_concurrency,
        initial_concurrency=initial_concurrency,
        max_attempts=max_attempts,
        manage_retries=manage_retries,
        window=window,
    )


def bulk(
    fn: Callable[..., R],
    calls: Iterable[Call],
    *,
    max_concurrency: int = 16,
    min_concurrency: int = 1,
    initial_concurrency: int | None = None,
    max_attempts: int = 6,
    manage_retries: bool = True,
    window: int | None = None,
    on_result: Callable[[BulkResult[R]], None] | None = None,
) -> BulkResults[R]:
    """Call ``fn`` once per item of ``calls`` (see :func:`bulk_iter`) and return every result
    in input order, with the run's :class:`BulkStats`. ``on_result`` is called with each
    result, in order, as it is ready (progress)."""
    results: list[BulkResult[R]] = []
    with bulk_iter(
        fn,
        calls,
        max_concurrency=max_concurrency,
        min_concurrency=min_concurrency,
        initial_concurrency=initial_concurrency,
        max_attempts=max_attempts,
        manage_retries=manage_retries,
        window=window,
    ) as iterator:
        for result in iterator:
            results.append(result)
            if on_result is not None:
                on_result(result)
    return BulkResults(results, iterator.stats)


# --------------------------------------------------------------------------- async (tasks)


class BulkIteratorAsync(AsyncIterator[BulkResult[R]]):
    """Results of :func:`bulk_iter_async` in input order, as they are ready. Close it with
    ``await it.aclose()`` (or ``async with``) to stop early; calls in flight are cancelled."""

    def __init__(
        self,
        fn: Callable[..., Awaitable[R]],
        calls: Iterable[Call],
        *,
        max_concurrency: int,
        min_concurrency: int,
        initial_concurrency: int | None,
        max_attempts: int,
        manage_retries: bool,
        window: int | None,
    ) -> None:
        self._core: _BulkCore[R] = _BulkCore(
            fn, calls, max_concurrency, min_concurrency, initial_concurrency, max_attempts,
            manage_retries, window,
        )  # fmt: skip
        self.stats = self._core.stats
        self._fn = fn
        self._workers = max_concurrency
        self._cond: asyncio.Condition | None = None
        self._tasks: list[asyncio.Task[None]] = []

    def _condition(self) -> asyncio.Condition:
        if self._cond is None:  # created in the loop that iterates
            self._cond = asyncio.Condition()
            self._tasks = [asyncio.ensure_future(self._work()) for _ in range(self._workers)]
        return self._cond

    async def _take(self) -> tuple[int, Any] | None:
        cond = self._condition()
        async with cond:
            while self._core.window_full():
                await cond.wait()
            # Exception only: a cancellation must reach the task
            item = self._core.take(Exception)
            if item is None:
                cond.notify_all()
            return item

    async def _work(self) -> None:
        while (item := await self._take()) is not None:
            result = await self._call(*item)
            cond = self._condition()
            async with cond:
                self._core.finish(result)
                cond.notify_all()

    async def _call(self, index: int, call: Any) -> BulkResult[R]:
        core = self._core
        attempt = core.attempt(index, call)
        if isinstance(attempt, BulkResult):
            return attempt
        cond, loop = self._condition(), asyncio.get_running_loop()
        while True:
            async with cond:
                while (wait := core.admit(attempt, loop.time())) is not None:
                    if isinstance(wait, BulkResult):
                        return wait
                    if math.isinf(wait):
                        await cond.wait()
                    else:
                        with contextlib.suppress(TimeoutError):  # the pause is over
                            await asyncio.wait_for(cond.wait(), wait)
            error: Exception | None = None
            try:
                value = await self._fn(*attempt.args, **attempt.kwargs)
            except Exception as exc:
                value, error = None, exc
            async with cond:
                result = core.settle(attempt, value, error, loop.time())
                cond.notify_all()
            if result is not None:
                return result

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> BulkResult[R]:
        cond = self._condition()
        async with cond:
            while (step := self._core.step()) is None:
                await cond.wait()
            cond.notify_all()
        if isinstance(step, _Over):
            step.stop(StopAsyncIteration)
        return step

    async def aclose(self) -> None:
        """Stop reading calls; cancel the calls in flight."""
        self._core.stopping = True
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def bulk_iter_async(
    fn: Callable[..., Awaitable[R]],
    calls: Iterable[Call],
    *,
    max_concurrency: int = 16,
    min_concurrency: int = 1,
    initial_concurrency: int | None = None,
    max_attempts: int = 6,
    manage_retries: bool = True,
    window: int | None = None,
) -> BulkIteratorAsync[R]:
    """Async twin of :func:`bulk_iter`: ``fn`` is a coroutine function
    (``client.chat.complete_async``), run on ``max_concurrency`` tasks."""
    return BulkIteratorAsync(
        fn,
        calls,
        max_concurrency=max_concurrency,
        min_concurrency=min_concurrency,
        initial_concurrency=initial_concurrency,
        max_attempts=max_attempts,
        manage_retries=manage_retries,
        window=window,
    )


async def bulk_async(
    fn: Callable[..., Awaitable[R]],
    calls: Iterable[Call],
    *,
    max_concurrency: int = 16,
    min_concurrency: int = 1,
    initial_concurrency: int | None = None,
    max_attempts: int = 6,
    manage_retries: bool = True,
    window: int | None = None,
    on_result: Callable[[BulkResult[R]], Awaitable[None] | None] | None = None,
) -> BulkResults[R]:
    """Async twin of :func:`bulk`; ``on_result`` may be a coroutine function."""
    results: list[BulkResult[R]] = []
    async with bulk_iter_async(
        fn,
        calls,
        max_concurrency=max_concurrency,
        min_concurrency=min_concurrency,
        initial_concurrency=initial_concurrency,
        max_attempts=max_attempts,
        manage_retries=manage_retries,
        window=window,
    ) as iterator:
        async for result in iterator:
            results.append(result)
            if on_result is not None:
                outcome = on_result(result)
                if inspect.isawaitable(outcome):
                    await outcome
    return BulkResults(results, iterator.stats)
