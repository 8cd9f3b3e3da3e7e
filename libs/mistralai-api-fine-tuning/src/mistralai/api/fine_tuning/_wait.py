"""Polling a job until it reaches a terminal status (shared by fine-tuning and batch jobs)."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, get_args

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning.errors import WaitTimeoutError

J = TypeVar("J")

DEFAULT_POLL_INTERVAL = 5.0


def _literal_values(alias: object) -> frozenset[str]:
    """The string values of an open enum alias (``Literal[...] | str``)."""
    values: set[str] = set()
    for member in get_args(alias):
        values.update(v for v in get_args(member) if isinstance(v, str))
    return frozenset(values)


def _terminal(alias: object, wanted: set[str]) -> frozenset[str]:
    known = _literal_values(alias)
    missing = wanted - known
    if missing:  # the spec changed: fail loudly rather than poll forever
        raise RuntimeError(f"statuses {sorted(missing)} are no longer in the generated models")
    return frozenset(wanted)


FINE_TUNING_TERMINAL_STATUSES: frozenset[str] = _terminal(
    models.CompletionDetailedJobOutStatus, {"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"}
) | _terminal(
    models.ClassifierDetailedJobOutStatus, {"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"}
)
"""Fine-tuning job statuses after which the status no longer changes."""

BATCH_TERMINAL_STATUSES: frozenset[str] = _terminal(
    models.BatchJobStatus, {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}
)
"""Batch job statuses after which the status no longer changes."""


def status_of(job: object) -> str | None:
    status = getattr(job, "status", None)
    return status if isinstance(status, str) else None


def done(job: object, terminal: frozenset[str]) -> bool:
    """Whether polling can stop: a terminal status, or a fine-tuning job created with
    ``auto_start=False`` that is validated and waits for ``start`` (it would never move)."""
    status = status_of(job)
    if status in terminal:
        return True
    return status == "VALIDATED" and getattr(job, "auto_start", None) is False


def _check(poll_interval: float, timeout: float | None) -> None:
    from mistralai.core.errors import RequestValidationError

    if poll_interval < 0:
        raise RequestValidationError(f"poll_interval must be >= 0, not {poll_interval}")
    if timeout is not None and timeout < 0:
        raise RequestValidationError(f"timeout must be >= 0 or None, not {timeout}")


def _timed_out(kind: str, job_id: str, job: object, timeout: float) -> WaitTimeoutError:
    return WaitTimeoutError(
        f"{kind} {job_id} did not finish within {timeout:g}s (last status: "
        f"{status_of(job)}); it keeps running on the server",
        job_id=job_id,
        job=job,
        timeout=timeout,
    )


def poll(
    kind: str,
    job_id: str,
    get: Callable[[], J],
    terminal: frozenset[str],
    *,
    poll_interval: float,
    timeout: float | None,
    progress: Callable[[J], Any] | None,
) -> J:
    """Call ``get`` until the job's status is in ``terminal``; raise on timeout."""
    _check(poll_interval, timeout)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        job = get()
        if progress is not None:
            progress(job)
        if done(job, terminal):
            return job
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _timed_out(kind, job_id, job, timeout or 0.0)
            time.sleep(min(poll_interval, remaining))
        else:
            time.sleep(poll_interval)


async def poll_async(
    kind: str,
    job_id: str,
    get: Callable[[], Awaitable[J]],
    terminal: frozenset[str],
    *,
    poll_interval: float,
    timeout: float | None,
    progress: Callable[[J], Any] | None,
) -> J:
    """Async twin of :func:`poll`; ``progress`` may be a coroutine function."""
    _check(poll_interval, timeout)
    loop = asyncio.get_running_loop()
    deadline = None if timeout is None else loop.time() + timeout
    while True:
        job = await get()
        if progress is not None:
            outcome = progress(job)
            if inspect.isawaitable(outcome):
                await outcome
        if done(job, terminal):
            return job
        if deadline is not None:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise _timed_out(kind, job_id, job, timeout or 0.0)
            await asyncio.sleep(min(poll_interval, remaining))
        else:
            await asyncio.sleep(poll_interval)
