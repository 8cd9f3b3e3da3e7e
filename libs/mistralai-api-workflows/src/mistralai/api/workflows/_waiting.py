"""The workflow wait helpers, written once: sans-I/O flows and their sync and async drivers.

A flow (as httpx's ``Auth.auth_flow``) yields steps and is sent their outcome:

- :class:`Call`: call an operation of the ``workflows`` resource (its ``_async`` twin in the
  async driver) and send back what it returned;
- :class:`Polled`: hand the execution just fetched to ``on_poll`` (awaited in the async driver
  when it returns an awaitable);
- :class:`~mistralai.core.polling.Sleep`: sleep, then send ``None``.

The waiting rules (interval, timeout, attempts) are core's polling engine
(:func:`mistralai.core.polling.poll_flow`), run inside these flows with ``run_nested``.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from mistralai.api.workflows._generated import models
from mistralai.api.workflows.errors import WorkflowExecutionFailedError, WorkflowWaitTimeoutError
from mistralai.core.polling import PollFlow, Sleep, poll_flow, run_nested

__all__ = [
    "IN_PROGRESS_STATUSES",
    "Call",
    "Polled",
    "drive",
    "drive_async",
    "execute_and_wait_flow",
    "poll",
    "wait_flow",
]

R = TypeVar("R")
Execution = models.WorkflowExecutionResponse

IN_PROGRESS_STATUSES: frozenset[str] = frozenset(
    {"RUNNING", "RETRYING_AFTER_ERROR", "CONTINUED_AS_NEW"}
)
"""Statuses the wait helpers keep polling on. ``COMPLETED`` is success; any other status
(``FAILED``, ``CANCELED``, ``TERMINATED``, ``TIMED_OUT``, or one unknown to this version) ends
the wait with :class:`~mistralai.api.workflows.errors.WorkflowExecutionFailedError`."""


@dataclass(frozen=True, slots=True)
class Call:
    """Step: call the operation at ``path`` (dotted, from ``client.workflows``) with
    ``kwargs``; send back its answer."""

    path: str
    kwargs: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Polled:
    """Step: an execution was fetched (for ``on_poll``); send back ``None``."""

    execution: Execution


Step = Call | Polled | Sleep
Flow = Generator[Step, Any, R]


def _completed(execution: Execution) -> bool:
    """Whether the wait is over with success; raises when the execution ended otherwise."""
    status = execution.status
    if status == "COMPLETED":
        return True
    if status is not None and status not in IN_PROGRESS_STATUSES:
        raise WorkflowExecutionFailedError(execution)
    return False


def _expired(execution: Execution, attempts: int, elapsed: float) -> WorkflowWaitTimeoutError:
    return WorkflowWaitTimeoutError(execution, attempts=attempts, elapsed=elapsed)


def poll(
    polling_interval: float, max_attempts: int | None, timeout: float | None
) -> PollFlow[Execution, Execution]:
    """The waiting rules, with core's polling engine (arguments checked now, before anything
    is sent; time counts from the first poll)."""
    return poll_flow(
        _completed,
        _expired,
        polling_interval=polling_interval,
        timeout=timeout,
        max_attempts=max_attempts,
    )


def wait_flow(
    execution_id: str, rules: PollFlow[Execution, Execution], options: Mapping[str, Any]
) -> Flow[Execution]:
    """Poll the execution until ``rules`` end the wait; return its final state."""

    def fetch() -> Generator[Step, Any, Execution]:
        call = Call("executions.get_workflow_execution", {"execution_id": execution_id, **options})
        execution: Execution = yield call
        yield Polled(execution)
        return execution

    return (yield from run_nested(rules, fetch))


def execute_and_wait_flow(
    request: Mapping[str, Any], rules: PollFlow[Execution, Execution], options: Mapping[str, Any]
) -> Flow[Any]:
    """Execute a workflow (``request``: the ``execute_workflow`` arguments) and return its
    result, polling unless the API answered with the result already."""
    started: Execution | models.WorkflowExecutionSyncResponse = yield Call(
        "execute_workflow", {**request, **options}
    )
    if isinstance(started, models.WorkflowExecutionSyncResponse):
        return started.result
    final = yield from wait_flow(started.execution_id, rules, options)
    return final.result


def _operation(resource: object, path: str) -> Callable[..., Any]:
    target: Any = resource
    for name in path.split("."):
        target = getattr(target, name)
    return target


def drive(
    resource: object, flow: Flow[R], on_poll: Callable[[Execution], object] | None = None
) -> R:
    """Carry out ``flow``'s steps with blocking calls and ``time.sleep``."""
    sent: object = None
    while True:
        try:
            step = flow.send(sent)
        except StopIteration as stop:
            result: R = stop.value
            return result
        sent = None
        if isinstance(step, Call):
            sent = _operation(resource, step.path)(**step.kwargs)
        elif isinstance(step, Polled):
            if on_poll is not None:
                on_poll(step.execution)
        else:
            time.sleep(step.seconds)


async def drive_async(
    resource: object,
    flow: Flow[R],
    on_poll: Callable[[Execution], Awaitable[None] | None] | None = None,
) -> R:
    """Async twin of :func:`drive`: the operations' ``_async`` twins are awaited, and so is
    what ``on_poll`` returns when it is awaitable; sleeps do not block the event loop."""
    sent: object = None
    while True:
        try:
            step = flow.send(sent)
        except StopIteration as stop:
            result: R = stop.value
            return result
        sent = None
        if isinstance(step, Call):
            sent = await _operation(resource, f"{step.path}_async")(**step.kwargs)
        elif isinstance(step, Polled):
            outcome = None if on_poll is None else on_poll(step.execution)
            if inspect.isawaitable(outcome):
                await outcome
        else:
            await asyncio.sleep(step.seconds)
