"""``client.workflows``: the generated operations plus the hand-written helpers.

- ``execute_workflow_and_wait`` / ``wait_for_workflow_completion`` (and ``_async`` twins), with
  the 2.x parameter names (``polling_interval``, ``max_attempts``, ``use_api_sync``...);
- (generated, ``wrap: resumable`` in tools/codegen/mapping.yaml, behaviour in
  :mod:`~mistralai.api.workflows._resumable`) ``workflows.executions.stream_workflow_execution_logs``,
  ``workflows.executions.stream`` and ``workflows.deployments.stream_deployment_logs`` return
  streams that reconnect after a broken connection and resume from the last event id
  (:mod:`mistralai.api.workflows.streams`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import pydantic

from mistralai.api.workflows import _waiting
from mistralai.api.workflows._generated import models
from mistralai.api.workflows._generated.resources import Workflows as GeneratedWorkflows
from mistralai.api.workflows._waiting import IN_PROGRESS_STATUSES
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig

__all__ = ["IN_PROGRESS_STATUSES", "Workflows"]

OnPoll = Callable[[models.WorkflowExecutionResponse], None]
"""Progress callback: called with the execution after every poll."""

OnPollAsync = Callable[[models.WorkflowExecutionResponse], Awaitable[None] | None]
"""Progress callback of the async helpers: may also be a coroutine function (awaited)."""

WorkflowInput = Mapping[str, Any] | pydantic.BaseModel


def _options(
    retries: OptionalNullable[RetryConfig],
    server_url: str | None,
    timeout_ms: int | None,
    http_headers: Mapping[str, str] | None,
) -> dict[str, Any]:
    """The per-call options of a helper, passed on to every call it makes."""
    return {
        "retries": retries,
        "server_url": server_url,
        "timeout_ms": timeout_ms,
        "http_headers": http_headers,
    }


def _execute_request(
    workflow_identifier: str,
    input: OptionalNullable[WorkflowInput],
    execution_id: OptionalNullable[str],
    deployment_name: OptionalNullable[str],
    custom_tracing_attributes: OptionalNullable[Mapping[str, str]],
    task_queue: OptionalNullable[str],
    use_api_sync: bool,
    timeout_seconds: OptionalNullable[float],
) -> dict[str, Any]:
    """The ``execute_workflow`` arguments of ``execute_workflow_and_wait``."""
    if isinstance(input, pydantic.BaseModel):
        input = input.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return {
        "workflow_identifier": workflow_identifier,
        "input": input,
        "execution_id": execution_id,
        "deployment_name": deployment_name,
        "custom_tracing_attributes": custom_tracing_attributes,
        "task_queue": task_queue,
        "wait_for_result": use_api_sync,
        "timeout_seconds": timeout_seconds if use_api_sync else UNSET,
    }


class Workflows(GeneratedWorkflows):
    """``client.workflows``: the generated operations plus the wait helpers."""

    __slots__ = ()

    def wait_for_workflow_completion(
        self,
        execution_id: str,
        polling_interval: float = 5,
        max_attempts: int | None = None,
        *,
        timeout: float | None = None,
        on_poll: OnPoll | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse:
        """Poll an execution until it completes and return its final state.

        :param execution_id: The execution to wait for.
        :param polling_interval: Seconds between polls (2.x default: 5).
        :param max_attempts: Give up after this many polls (None: no limit).
        :param timeout: Give up after this many seconds (None: no limit).
        :param on_poll: Called with the execution after every poll (progress).
        :raises WorkflowExecutionFailedError: (a ``RuntimeError``) the execution ended
            ``FAILED``, ``CANCELED``, ``TERMINATED``, ``TIMED_OUT``...; ``.execution`` is its
            final state.
        :raises WorkflowWaitTimeoutError: (a ``TimeoutError``) still running when the wait gave
            up; ``.execution`` is the last state seen.
        """
        rules = _waiting.poll(polling_interval, max_attempts, timeout)
        options = _options(retries, server_url, timeout_ms, http_headers)
        return _waiting.drive(self, _waiting.wait_flow(execution_id, rules, options), on_poll)

    async def wait_for_workflow_completion_async(
        self,
        execution_id: str,
        polling_interval: float = 5,
        max_attempts: int | None = None,
        *,
        timeout: float | None = None,
        on_poll: OnPollAsync | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.WorkflowExecutionResponse:
        """Async twin of :meth:`wait_for_workflow_completion` (sleeps without blocking the
        event loop; ``on_poll`` may also be a coroutine function)."""
        rules = _waiting.poll(polling_interval, max_attempts, timeout)
        options = _options(retries, server_url, timeout_ms, http_headers)
        flow = _waiting.wait_flow(execution_id, rules, options)
        return await _waiting.drive_async(self, flow, on_poll)

    def execute_workflow_and_wait(
        self,
        workflow_identifier: str,
        input: OptionalNullable[WorkflowInput] = UNSET,
        execution_id: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        custom_tracing_attributes: OptionalNullable[Mapping[str, str]] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        polling_interval: float = 5,
        max_attempts: int | None = None,
        use_api_sync: bool = False,
        timeout_seconds: OptionalNullable[float] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        *,
        timeout: float | None = None,
        on_poll: OnPoll | None = None,
    ) -> Any:
        """Execute a workflow, wait for it to complete and return its result (as 2.x did).

        :param workflow_identifier: The workflow name or id.
        :param input: The workflow input: a mapping or a pydantic model (dumped to JSON).
        :param execution_id: A custom execution id (default: generated by the server).
        :param polling_interval: Seconds between polls.
        :param max_attempts: Give up after this many polls (None: no limit).
        :param use_api_sync: Let the API wait (``wait_for_result``) instead of polling.
        :param timeout_seconds: With ``use_api_sync``, how long the API waits.
        :param timeout: Give up polling after this many seconds (None: no limit).
        :param on_poll: Called with the execution after every poll (progress).
        :returns: The execution's ``result``. For the whole final execution, call
            ``execute_workflow`` then :meth:`wait_for_workflow_completion`.
        :raises WorkflowExecutionFailedError: the execution did not complete.
        :raises WorkflowWaitTimeoutError: still running when the wait gave up.
        """
        rules = _waiting.poll(polling_interval, max_attempts, timeout)  # checked before sending
        request = _execute_request(
            workflow_identifier,
            input,
            execution_id,
            deployment_name,
            custom_tracing_attributes,
            task_queue,
            use_api_sync,
            timeout_seconds,
        )
        options = _options(retries, server_url, timeout_ms, http_headers)
        return _waiting.drive(
            self, _waiting.execute_and_wait_flow(request, rules, options), on_poll
        )

    async def execute_workflow_and_wait_async(
        self,
        workflow_identifier: str,
        input: OptionalNullable[WorkflowInput] = UNSET,
        execution_id: OptionalNullable[str] = UNSET,
        deployment_name: OptionalNullable[str] = UNSET,
        custom_tracing_attributes: OptionalNullable[Mapping[str, str]] = UNSET,
        task_queue: OptionalNullable[str] = UNSET,
        polling_interval: float = 5,
        max_attempts: int | None = None,
        use_api_sync: bool = False,
        timeout_seconds: OptionalNullable[float] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        *,
        timeout: float | None = None,
        on_poll: OnPollAsync | None = None,
    ) -> Any:
        """Async twin of :meth:`execute_workflow_and_wait` (``on_poll`` may also be a
        coroutine function)."""
        rules = _waiting.poll(polling_interval, max_attempts, timeout)  # checked before sending
        request = _execute_request(
            workflow_identifier,
            input,
            execution_id,
            deployment_name,
            custom_tracing_attributes,
            task_queue,
            use_api_sync,
            timeout_seconds,
        )
        options = _options(retries, server_url, timeout_ms, http_headers)
        flow = _waiting.execute_and_wait_flow(request, rules, options)
        return await _waiting.drive_async(self, flow, on_poll)
