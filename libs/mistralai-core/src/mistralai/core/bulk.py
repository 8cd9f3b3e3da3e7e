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
again); every ``limit`` successes in a row add one (AIMD, as TCP congestion control). The
throttled call is retried (up to ``max_attempts`` attempts in all).

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
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, Self, TypeAlias, TypeVar, cast, overload

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
        self.stats = stats
        stats.concurrency = stats.lowest_concurrency = initial

    def wait_s(self, now: float) -> float | None:
        """``None``: a call may start now; else how long to wait at most before checking
        again (``inf``: until a call ends)."""
        if now < self.paused_until:
            return self.paused_until - now
        if self.in_flight >= self.limit:
            return math.inf
        return None

    def start(self) -> int:
        self.in_flight += 1
        self.stats.calls += 1
        self.stats.peak_in_flight = max(self.stats.peak_in_flight, self.in_flight)
        return self.epoch

    def done(self, ok: bool) -> None:
        self.in_flight -= 1
        if not ok:
            return
        self.streak = 0
        self.successes += 1
        if self.successes >= self.limit and self.limit < self.maximum:  # additive increase
            self.limit += 1
            self.successes = 0
            self.stats.concurrency = self.limit

    def throttled(self, epoch: int, retry_after: float | None, now: float) -> None:
        self.in_flight -= 1
        self.stats.throttled += 1
        if epoch == self.epoch:  # the first throttle of this burst: multiplicative decrease
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
        window = window if window is not None else 4 * max_concurrency
        start = _check(max_concurrency, min_concurrency, initial_concurrency, max_attempts, window)
        self.stats = BulkStats()
        self._fn = fn
        self._source = enumerate(calls)
        self._inject = manage_retries and _accepts_retries(fn)
        self._attempts = max_attempts
        self._window = window
        self._limiter = _Limiter(start, min_concurrency, max_concurrency, self.stats)
        self._cond = threading.Condition()
        self._ready: dict[int, BulkResult[R]] = {}
        self._taken = 0  # calls read from the source
        self._next = 0  # the next index to yield
        self._exhausted = False
        self._stopping = False
        self._source_error: BaseException | None = None
        self._threads = [
            threading.Thread(target=self._work, name=f"mistralai-bulk-{n}", daemon=True)
            for n in range(max_concurrency)
        ]
        self._started = False

    # -- workers

    def _take(self) -> tuple[int, Any] | None:
        with self._cond:
            while not self._stopping and self._taken - self._next >= self._window:
                self._cond.wait()
            if self._stopping or self._exhausted:
                return None
            try:
                item = next(self._source)
            except StopIteration:
                self._exhausted = True
                self._cond.notify_all()
                return None
            except BaseException as exc:  # the caller's iterable failed: give it to them
                self._source_error = exc
                self._exhausted = True
                self._cond.notify_all()
                return None
            self._taken += 1
            return item

    def _work(self) -> None:
        while (item := self._take()) is not None:
            index, call = item
            self._finish(self._run(index, call))

    def _run(self, index: int, call: Any) -> BulkResult[R]:
        attempts = 0
        try:
            args, kwargs = _split(call, index, self._inject)
        except Exception as exc:
            return BulkResult(index, None, exc, 0)
        limiter = self._limiter
        while True:
            with self._cond:
                while (wait := limiter.wait_s(time.monotonic())) is not None:
                    if self._stopping:  # closed early: this result is never read
                        return BulkResult(index, None, _closed(), attempts)
                    self._cond.wait(None if math.isinf(wait) else wait)
                epoch = limiter.start()
            attempts += 1
            try:
                value = self._fn(*args, **kwargs)
            except Exception as exc:
                throttle, hint = _throttle(exc)
                with self._cond:
                    if throttle:
                        limiter.throttled(epoch, hint, time.monotonic())
                    else:
                        limiter.done(False)
                    self._cond.notify_all()
                    if throttle and attempts < self._attempts and not self._stopping:
                        self.stats.retried += 1
                        continue
                return BulkResult(index, None, exc, attempts)
            with self._cond:
                limiter.done(True)
                self._cond.notify_all()
            return BulkResult(index, value, None, attempts)

    def _finish(self, result: BulkResult[R]) -> None:
        with self._cond:
            if result.ok:
                self.stats.succeeded += 1
            else:
                self.stats.failed += 1
            self._ready[result.index] = result
            self._cond.notify_all()

    # -- consumer

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> BulkResult[R]:
        if not self._started:
            self._started = True
            for thread in self._threads:
                thread.start()
        with self._cond:
            while self._next not in self._ready:
                if self._exhausted and self._next >= self._taken:
                    error, self._source_error = self._source_error, None
                    self._stop_locked()
                    if error is not None:
                        raise error
                    raise StopIteration
                if self._stopping:
                    raise StopIteration
                self._cond.wait()
            result = self._ready.pop(self._next)
            self._next += 1
            self._cond.notify_all()
            return result

    def _stop_locked(self) -> None:
        self._stopping = True
        self._cond.notify_all()

    def close(self) -> None:
        """Stop reading calls and wait for the ones in flight."""
        with self._cond:
            self._stop_locked()
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
    :param max_attempts: attempts per call when it is throttled (429/503), first included.
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


@dataclass(slots=True)
class _AsyncState(Generic[R]):
    ready: dict[int, BulkResult[R]] = field(default_factory=dict[int, BulkResult[R]])
    taken: int = 0
    next: int = 0
    exhausted: bool = False
    stopping: bool = False
    source_error: BaseException | None = None


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
        window = window if window is not None else 4 * max_concurrency
        start = _check(max_concurrency, min_concurrency, initial_concurrency, max_attempts, window)
        self.stats = BulkStats()
        self._fn = fn
        self._source = enumerate(calls)
        self._inject = manage_retries and _accepts_retries(fn)
        self._attempts = max_attempts
        self._window = window
        self._workers = max_concurrency
        self._limiter = _Limiter(start, min_concurrency, max_concurrency, self.stats)
        self._state: _AsyncState[R] = _AsyncState()
        self._cond: asyncio.Condition | None = None
        self._tasks: list[asyncio.Task[None]] = []

    def _condition(self) -> asyncio.Condition:
        if self._cond is None:  # created in the loop that iterates
            self._cond = asyncio.Condition()
            self._tasks = [asyncio.ensure_future(self._work()) for _ in range(self._workers)]
        return self._cond

    async def _take(self) -> tuple[int, Any] | None:
        cond, state = self._condition(), self._state
        async with cond:
            while not state.stopping and state.taken - state.next >= self._window:
                await cond.wait()
            if state.stopping or state.exhausted:
                return None
            try:
                item = next(self._source)
            except StopIteration:
                state.exhausted = True
                cond.notify_all()
                return None
            except Exception as exc:
                state.source_error = exc
                state.exhausted = True
                cond.notify_all()
                return None
            state.taken += 1
            return item

    async def _work(self) -> None:
        while (item := await self._take()) is not None:
            index, call = item
            result = await self._run(index, call)
            cond = self._condition()
            async with cond:
                if result.ok:
                    self.stats.succeeded += 1
                else:
                    self.stats.failed += 1
                self._state.ready[result.index] = result
                cond.notify_all()

    async def _run(self, index: int, call: Any) -> BulkResult[R]:
        attempts = 0
        try:
            args, kwargs = _split(call, index, self._inject)
        except Exception as exc:
            return BulkResult(index, None, exc, 0)
        cond, limiter, loop = self._condition(), self._limiter, asyncio.get_running_loop()
        while True:
            async with cond:
                while (wait := limiter.wait_s(loop.time())) is not None:
                    if self._state.stopping:
                        return BulkResult(index, None, _closed(), attempts)
                    if math.isinf(wait):
                        await cond.wait()
                    else:
                        with contextlib.suppress(TimeoutError):  # the pause is over
                            await asyncio.wait_for(cond.wait(), wait)
                epoch = limiter.start()
            attempts += 1
            try:
                value = await self._fn(*args, **kwargs)
            except Exception as exc:
                throttle, hint = _throttle(exc)
                async with cond:
                    if throttle:
                        limiter.throttled(epoch, hint, loop.time())
                    else:
                        limiter.done(False)
                    cond.notify_all()
                    if throttle and attempts < self._attempts and not self._state.stopping:
                        self.stats.retried += 1
                        continue
                return BulkResult(index, None, exc, attempts)
            async with cond:
                limiter.done(True)
                cond.notify_all()
            return BulkResult(index, value, None, attempts)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> BulkResult[R]:
        cond, state = self._condition(), self._state
        async with cond:
            while state.next not in state.ready:
                if state.exhausted and state.next >= state.taken:
                    error, state.source_error = state.source_error, None
                    state.stopping = True
                    cond.notify_all()
                    if error is not None:
                        raise error
                    raise StopAsyncIteration
                if state.stopping:
                    raise StopAsyncIteration
                await cond.wait()
            result = state.ready.pop(state.next)
            state.next += 1
            cond.notify_all()
            return result

    async def aclose(self) -> None:
        """Stop reading calls; cancel the calls in flight."""
        self._state.stopping = True
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
