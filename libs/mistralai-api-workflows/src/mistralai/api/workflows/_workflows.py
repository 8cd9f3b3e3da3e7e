"""``client.workflows``: the generated operations plus the hand-written helpers.

- ``execute_workflow_and_wait`` / ``wait_for_workflow_completion`` (and ``_async`` twins), with
  the 2.x parameter names (``polling_interval``, ``max_attempts``, ``use_api_sync``...);
- ``workflows.executions.stream_workflow_execution_logs``, ``workflows.executions.stream`` and
  ``workflows.deployments.stream_deployment_logs`` return streams that reconnect after a broken
  connection and resume from the last event id (:mod:`mistralai.api.workflows.streams`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pydantic

from mistralai.api.workflows._generated import models
from mistralai.api.workflows._generated.resources import Deployments as GeneratedDeployments
from mistralai.api.workflows._generated.resources import Executions as GeneratedExecutions
from mistralai.api.workflows._generated.resources import Workflows as GeneratedWorkflows
from mistralai.api.workflows.errors import WorkflowExecutionFailedError, WorkflowWaitTimeoutError
from mistralai.api.workflows.streams import (
    DEFAULT_MAX_RECONNECTS,
    ResumableEventStream,
    ResumableEventStreamAsync,
)
from mistralai.core.polling import PollFlow, poll_flow, run, run_async
from mistralai.core.runtime import (
    UNSET,
    EventStream,
    EventStreamAsync,
    OptionalNullable,
    RetryConfig,
)

__all__ = ["IN_PROGRESS_STATUSES", "Deployments", "Executions", "Workflows"]

IN_PROGRESS_STATUSES: frozenset[str] = frozenset(
    {"RUNNING", "RETRYING_AFTER_ERROR", "CONTINUED_AS_NEW"}
)
"""Statuses the wait helpers keep polling on. ``COMPLETED`` is success; any other status
(``FAILED``, ``CANCELED``, ``TERMINATED``, ``TIMED_OUT``, or one unknown to this version) ends
the wait with :class:`~mistralai.api.workflows.errors.WorkflowExecutionFailedError`."""

OnPoll = Callable[[models.WorkflowExecutionResponse], None]
"""Progress callback: called with the execution after every poll."""

OnPollAsync = Callable[[models.WorkflowExecutionResponse], Awaitable[None] | None]
"""Progress callback of the async helpers: may also be a coroutine function (awaited)."""

WorkflowInput = Mapping[str, Any] | pydantic.BaseModel


def _as_input(value: OptionalNullable[WorkflowInput]) -> OptionalNullable[Mapping[str, Any]]:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return value


def _completed(execution: models.WorkflowExecutionResponse) -> bool:
    """Whether the wait is over with success; raises when the execution ended otherwise."""
    status = execution.status
    if status == "COMPLETED":
        return True
    if status is not None and status not in IN_PROGRESS_STATUSES:
        raise WorkflowExecutionFailedError(execution)
    return False


def _expired(
    execution: models.WorkflowExecutionResponse, attempts: int, elapsed: float
) -> WorkflowWaitTimeoutError:
    return WorkflowWaitTimeoutError(execution, attempts=attempts, elapsed=elapsed)


def _wait_flow(
    polling_interval: float, max_attempts: int | None, timeout: float | None
) -> PollFlow[models.WorkflowExecutionResponse, models.WorkflowExecutionResponse]:
    """The wait, with core's polling engine (arguments checked now, before anything is sent;
    time counts from the first poll)."""
    return poll_flow(
        _completed,
        _expired,
        polling_interval=polling_interval,
        timeout=timeout,
        max_attempts=max_attempts,
    )


@dataclass(frozen=True, slots=True)
class _Options:
    """The per-call options of a helper, passed on to every call it makes."""

    retries: OptionalNullable[RetryConfig]
    server_url: str | None
    timeout_ms: int | None
    http_headers: Mapping[str, str] | None

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "retries": self.retries,
            "server_url": self.server_url,
            "timeout_ms": self.timeout_ms,
            "http_headers": self.http_headers,
        }


class Executions(GeneratedExecutions):
    """``client.workflows.executions``: the generated operations; the event and log streams
    resume after a broken connection."""

    __slots__ = ()

    def stream_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: OptionalNullable[str] = UNSET,
        activity_id: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStream[models.StreamWorkflowExecutionLogsEvent]:
        """Stream the logs of a workflow execution (SSE), resuming after interruptions.

        Arguments as in the API (``last_event_id``: start after this event id). When the
        connection breaks, the stream reconnects with the last event id it saw, up to
        ``max_reconnects`` times in a row without an event in between, so every log record is
        delivered once; ``stream.last_event_id`` is the id to resume from later.
        """

        def reopen(cursor: str | None) -> EventStream[models.StreamWorkflowExecutionLogsEvent]:
            return GeneratedExecutions.stream_workflow_execution_logs(
                self,
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                last_event_id=last_event_id if cursor is None else cursor,
                last_event_id_header=_header(last_event_id_header, cursor),
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        return ResumableEventStream(
            reopen(None),
            reopen,
            last_event_id=_cursor(last_event_id, last_event_id_header),
            max_reconnects=max_reconnects,
        )

    async def stream_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: OptionalNullable[str] = UNSET,
        activity_id: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStreamAsync[models.StreamWorkflowExecutionLogsEvent]:
        """Async twin of :meth:`stream_workflow_execution_logs`."""

        async def reopen(
            cursor: str | None,
        ) -> EventStreamAsync[models.StreamWorkflowExecutionLogsEvent]:
            return await GeneratedExecutions.stream_workflow_execution_logs_async(
                self,
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                last_event_id=last_event_id if cursor is None else cursor,
                last_event_id_header=_header(last_event_id_header, cursor),
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        return ResumableEventStreamAsync(
            await reopen(None),
            reopen,
            last_event_id=_cursor(last_event_id, last_event_id_header),
            max_reconnects=max_reconnects,
        )

    def stream(
        self,
        *,
        execution_id: str,
        event_source: OptionalNullable[models.EventSource] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStream[models.StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent]:
        """Stream the events of a workflow execution (SSE), resuming after interruptions
        from the last event id seen (see :meth:`stream_workflow_execution_logs`)."""

        def reopen(
            cursor: str | None,
        ) -> EventStream[models.StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent]:
            return GeneratedExecutions.stream(
                self,
                execution_id=execution_id,
                event_source=event_source,
                last_event_id=last_event_id if cursor is None else cursor,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        return ResumableEventStream(
            reopen(None),
            reopen,
            last_event_id=_cursor(last_event_id, UNSET),
            max_reconnects=max_reconnects,
        )

    async def stream_async(
        self,
        *,
        execution_id: str,
        event_source: OptionalNullable[models.EventSource] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStreamAsync[models.StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent]:
        """Async twin of :meth:`stream`."""

        async def reopen(
            cursor: str | None,
        ) -> EventStreamAsync[models.StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent]:
            return await GeneratedExecutions.stream_async(
                self,
                execution_id=execution_id,
                event_source=event_source,
                last_event_id=last_event_id if cursor is None else cursor,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        return ResumableEventStreamAsync(
            await reopen(None),
            reopen,
            last_event_id=_cursor(last_event_id, UNSET),
            max_reconnects=max_reconnects,
        )


class Deployments(GeneratedDeployments):
    """``client.workflows.deployments``: the generated operations; the log stream resumes
    after a broken connection."""

    __slots__ = ()

    def stream_deployment_logs(
        self,
        *,
        name: str,
        worker_name: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStream[models.StreamDeploymentLogsEvent]:
        """Stream the logs of a deployment (SSE), resuming after interruptions from the last
        event id seen, up to ``max_reconnects`` times in a row without an event in between."""

        def reopen(cursor: str | None) -> EventStream[models.StreamDeploymentLogsEvent]:
            return GeneratedDeployments.stream_deployment_logs(
                self,
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                last_event_id=last_event_id if cursor is None else cursor,
                last_event_id_header=_header(last_event_id_header, cursor),
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        return ResumableEventStream(
            reopen(None),
            reopen,
            last_event_id=_cursor(last_event_id, last_event_id_header),
            max_reconnects=max_reconnects,
        )

    async def stream_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: OptionalNullable[str] = UNSET,
        workflow_name: OptionalNullable[str] = UNSET,
        after: OptionalNullable[datetime] = UNSET,
        last_event_id: OptionalNullable[str] = UNSET,
        last_event_id_header: OptionalNullable[str] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> ResumableEventStreamAsync[models.StreamDeploymentLogsEvent]:
        """Async twin of :meth:`stream_deployment_logs`."""

        async def reopen(cursor: str | None) -> EventStreamAsync[models.StreamDeploymentLogsEvent]:
            return await GeneratedDeployments.stream_deployment_logs_async(
                self,
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                last_event_id=last_event_id if cursor is None else cursor,
                last_event_id_header=_header(last_event_id_header, cursor),
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

        return ResumableEventStreamAsync(
            await reopen(None),
            reopen,
            last_event_id=_cursor(last_event_id, last_event_id_header),
            max_reconnects=max_reconnects,
        )


def _header(given: OptionalNullable[str], cursor: str | None) -> OptionalNullable[str]:
    """The ``Last-Event-ID`` header of a (re)connection: the cursor replaces a header the
    caller gave (the header wins over the query parameter on the server)."""
    if cursor is None or given is UNSET or given is None:
        return given
    return cursor


def _cursor(query: OptionalNullable[str], header: OptionalNullable[str]) -> str | None:
    """The resume cursor a call starts from (the header wins, as on the server)."""
    for value in (header, query):
        if isinstance(value, str):
            return value
    return None


class Workflows(GeneratedWorkflows):
    """``client.workflows``: the generated operations plus the wait helpers."""

    __slots__ = ()

    @property
    def executions(self) -> Executions:
        """Operations of ``workflows.executions``."""
        try:
            namespace = self._ns_executions
        except AttributeError:
            namespace = None
        if not isinstance(namespace, Executions):
            namespace = Executions(self._client)
            self._ns_executions = namespace
        return namespace

    @property
    def deployments(self) -> Deployments:
        """Operations of ``workflows.deployments``."""
        try:
            namespace = self._ns_deployments
        except AttributeError:
            namespace = None
        if not isinstance(namespace, Deployments):
            namespace = Deployments(self._client)
            self._ns_deployments = namespace
        return namespace

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
        flow = _wait_flow(polling_interval, max_attempts, timeout)
        options = _Options(retries, server_url, timeout_ms, http_headers)
        return self._poll(flow, execution_id, options, on_poll)

    def _poll(
        self,
        flow: PollFlow[models.WorkflowExecutionResponse, models.WorkflowExecutionResponse],
        execution_id: str,
        options: _Options,
        on_poll: OnPoll | None,
    ) -> models.WorkflowExecutionResponse:
        def fetch() -> models.WorkflowExecutionResponse:
            return self.executions.get_workflow_execution(
                execution_id=execution_id, **options.as_kwargs()
            )

        return run(flow, fetch, on_poll=on_poll)

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
        flow = _wait_flow(polling_interval, max_attempts, timeout)
        options = _Options(retries, server_url, timeout_ms, http_headers)
        return await self._poll_async(flow, execution_id, options, on_poll)

    async def _poll_async(
        self,
        flow: PollFlow[models.WorkflowExecutionResponse, models.WorkflowExecutionResponse],
        execution_id: str,
        options: _Options,
        on_poll: OnPollAsync | None,
    ) -> models.WorkflowExecutionResponse:
        async def fetch() -> models.WorkflowExecutionResponse:
            return await self.executions.get_workflow_execution_async(
                execution_id=execution_id, **options.as_kwargs()
            )

        return await run_async(flow, fetch, on_poll=on_poll)

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
        flow = _wait_flow(polling_interval, max_attempts, timeout)  # checked before sending
        options = _Options(retries, server_url, timeout_ms, http_headers)
        started = self.execute_workflow(
            workflow_identifier=workflow_identifier,
            input=_as_input(input),
            execution_id=execution_id,
            deployment_name=deployment_name,
            custom_tracing_attributes=custom_tracing_attributes,
            task_queue=task_queue,
            wait_for_result=use_api_sync,
            timeout_seconds=timeout_seconds if use_api_sync else UNSET,
            **options.as_kwargs(),
        )
        if isinstance(started, models.WorkflowExecutionSyncResponse):
            return started.result
        final = self._poll(flow, started.execution_id, options, on_poll)
        return final.result

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
        flow = _wait_flow(polling_interval, max_attempts, timeout)  # checked before sending
        options = _Options(retries, server_url, timeout_ms, http_headers)
        started = await self.execute_workflow_async(
            workflow_identifier=workflow_identifier,
            input=_as_input(input),
            execution_id=execution_id,
            deployment_name=deployment_name,
            custom_tracing_attributes=custom_tracing_attributes,
            task_queue=task_queue,
            wait_for_result=use_api_sync,
            timeout_seconds=timeout_seconds if use_api_sync else UNSET,
            **options.as_kwargs(),
        )
        if isinstance(started, models.WorkflowExecutionSyncResponse):
            return started.result
        final = await self._poll_async(flow, started.execution_id, options, on_poll)
        return final.result
