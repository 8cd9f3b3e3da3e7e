"""Waiting for fine-tuning and batch jobs to end, with core's polling engine
(:mod:`mistralai.core.polling`): the statuses that end a wait, the flow of one job, and the
parameter names (``polling_interval``, ``max_attempts``, ``timeout``, ``on_poll``, shared with
the workflow helpers) with the older names of these helpers (``poll_interval``, ``progress``)
still accepted."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from mistralai.api.fine_tuning.errors import WaitTimeoutError
from mistralai.core.errors import RequestValidationError
from mistralai.core.polling import (
    DEFAULT_POLLING_INTERVAL,
    PollFlow,
    check_polling,
    poll_flow,
    run,
    run_async,
)

J = TypeVar("J")

DEFAULT_POLL_INTERVAL = DEFAULT_POLLING_INTERVAL
"""Seconds between polls (older name of ``mistralai.core.polling.DEFAULT_POLLING_INTERVAL``)."""

# Kept in step with the generated status types by tests/test_wait_and_cleanup.py (a test, so a
# spec change fails CI instead of making this package fail to import).
FINE_TUNING_TERMINAL_STATUSES: frozenset[str] = frozenset(
    {"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"}
)
"""Fine-tuning job statuses after which the status no longer changes."""

BATCH_TERMINAL_STATUSES: frozenset[str] = frozenset(
    {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}
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


@dataclass(frozen=True, slots=True)
class WaitOptions(Generic[J]):
    """How to wait, checked: see :func:`wait_options`."""

    polling_interval: float
    max_attempts: int | None
    timeout: float | None
    on_poll: Callable[[J], object] | None


def wait_options(
    *,
    polling_interval: float | None,
    max_attempts: int | None,
    timeout: float | None,
    on_poll: Callable[[J], object] | None,
    poll_interval: float | None = None,
    progress: Callable[[J], object] | None = None,
) -> WaitOptions[J]:
    """The options of a wait helper, from the current names or the older ones
    (``poll_interval``, ``progress``; giving both names of one option is an error), checked
    before anything is sent (:class:`~mistralai.core.errors.RequestValidationError`)."""
    if poll_interval is not None and polling_interval is not None:
        raise RequestValidationError(
            "give polling_interval or its older name poll_interval, not both"
        )
    if progress is not None and on_poll is not None:
        raise RequestValidationError("give on_poll or its older name progress, not both")
    interval = polling_interval if poll_interval is None else poll_interval
    if interval is None:
        interval = DEFAULT_POLLING_INTERVAL
    name = "polling_interval" if poll_interval is None else "poll_interval"
    check_polling(interval, timeout, max_attempts, interval_name=name)
    return WaitOptions(interval, max_attempts, timeout, on_poll if progress is None else progress)


def timed_out(
    kind: str,
    job_id: str,
    job: object,
    *,
    timeout: float | None,
    attempts: int,
    elapsed: float,
) -> WaitTimeoutError:
    """The error of a wait that gave up (``timeout`` passed or ``attempts`` polls made)."""
    within = (
        f"within {timeout:g}s"
        if timeout is not None and elapsed >= timeout
        else f"after {attempts} polls"
    )
    return WaitTimeoutError(
        f"{kind} {job_id} did not finish {within} (last status: {status_of(job)}); "
        "it keeps running on the server",
        job_id=job_id,
        job=job,
        timeout=timeout,
        attempts=attempts,
    )


def _job_flow(
    kind: str, job_id: str, terminal: frozenset[str], options: WaitOptions[J]
) -> PollFlow[J, J]:
    """Poll one job until :func:`done`; :class:`WaitTimeoutError` when the wait is over."""

    def expired(job: J, attempts: int, elapsed: float) -> WaitTimeoutError:
        return timed_out(
            kind, job_id, job, timeout=options.timeout, attempts=attempts, elapsed=elapsed
        )

    return poll_flow(
        lambda job: done(job, terminal),
        expired,
        polling_interval=options.polling_interval,
        timeout=options.timeout,
        max_attempts=options.max_attempts,
    )


def wait_job(
    kind: str,
    job_id: str,
    terminal: frozenset[str],
    options: WaitOptions[J],
    fetch: Callable[[], J],
) -> J:
    """Poll ``fetch`` until the job is done (sync runner)."""
    return run(_job_flow(kind, job_id, terminal, options), fetch, on_poll=options.on_poll)


async def wait_job_async(
    kind: str,
    job_id: str,
    terminal: frozenset[str],
    options: WaitOptions[J],
    fetch: Callable[[], Awaitable[J]],
) -> J:
    """Async twin of :func:`wait_job` (``on_poll`` may be a coroutine function)."""
    flow = _job_flow(kind, job_id, terminal, options)
    return await run_async(flow, fetch, on_poll=options.on_poll)
