"""2.x ``mistralai.extra.workflows.connector_auth``: run a workflow whose connectors may need
the user to sign in (OAuth).

:func:`execute_with_connector_auth_async` starts the execution (with the connector bindings),
follows its event stream, calls ``on_auth_required`` for each ``connector_auth`` custom task
that starts (its payload names the connector and the URL to visit; the worker waits for the
credentials server-side, nothing is sent back), and once the stream has ended polls the
execution until it is no longer running.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, cast

import pydantic

from mistralai.core.errors import APIConnectionError, StreamInterruptedError

from .connector_slot import ConnectorSlot, WorkflowExtensions

__all__ = ["ConnectorAuthTaskState", "execute_with_connector_auth_async"]

logger = logging.getLogger(__name__)

_TERMINAL_EVENTS = frozenset(
    {"WORKFLOW_EXECUTION_COMPLETED", "WORKFLOW_EXECUTION_FAILED", "WORKFLOW_EXECUTION_CANCELED"}
)
_MAX_RECONNECT_ATTEMPTS = 10
_MAX_BACKOFF_S = 30.0


class ConnectorAuthTaskState(pydantic.BaseModel):
    """The payload of a ``connector_auth`` custom task: a connector waiting for sign-in."""

    connector_name: str
    connector_id: str
    credentials_name: str | None = None
    auth_url: str | None = None
    message: str | None = None


class _StreamBroken(Exception):
    """The event stream reported an error after it started: reconnect like a cut."""


async def execute_with_connector_auth_async(
    client: Any,
    workflow_identifier: str,
    input_data: Any = None,
    *,
    on_auth_required: Callable[[ConnectorAuthTaskState], Awaitable[None]] | None = None,
    execution_id: str | None = None,
    task_queue: str | None = None,
    deployment_name: str | None = None,
    connectors: Sequence[ConnectorSlot] = (),
    polling_interval: float = 2,
    max_polling_attempts: int | None = None,
) -> Any:
    """Execute ``workflow_identifier`` and handle its connector sign-ins.

    Returns the execution (``WorkflowExecutionResponse``) once it is ``COMPLETED``; raises
    ``RuntimeError`` when it ends with another status and ``TimeoutError`` after
    ``max_polling_attempts`` polls (``None``: no limit). A pydantic model as ``input_data`` is
    sent as its JSON form.
    """
    if isinstance(input_data, pydantic.BaseModel):
        input_data = input_data.model_dump(mode="json")
    arguments: dict[str, Any] = {
        "workflow_identifier": workflow_identifier,
        "input": input_data,
        "execution_id": execution_id,
        "task_queue": task_queue,
        "deployment_name": deployment_name,
    }
    if connectors:
        arguments["extensions"] = WorkflowExtensions.from_connectors(connectors).to_dict()
    execution = await client.workflows.execute_workflow_async(**arguments)
    exec_id: str = execution.execution_id
    await _follow_events(client, exec_id, on_auth_required)
    return await _poll_until_done(client, exec_id, polling_interval, max_polling_attempts)


def _dump(value: Any) -> dict[str, Any]:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    return cast(dict[str, Any], value) if isinstance(value, dict) else {}


async def _follow_events(
    client: Any,
    exec_id: str,
    on_auth_required: Callable[[ConnectorAuthTaskState], Awaitable[None]] | None,
) -> None:
    """Read the execution's events until a terminal one; reconnect (from the next broker
    sequence) with exponential back-off when the stream breaks or ends early."""
    next_seq = 0
    for attempt in range(_MAX_RECONNECT_ATTEMPTS):
        try:
            stream = await client.workflows.events.get_stream_events_async(
                root_workflow_exec_id=exec_id,
                workflow_exec_id="*",
                parent_workflow_exec_id="*",
                start_seq=next_seq,
            )
            async with stream:
                async for sse in stream:
                    payload = _dump(getattr(sse, "data", None))
                    if not payload:
                        continue
                    if "error" in payload and "broker_sequence" not in payload:
                        raise _StreamBroken(f"{payload.get('error')} ({payload.get('reason')})")
                    next_seq = int(payload.get("broker_sequence", next_seq - 1)) + 1
                    event = _dump(payload.get("data"))
                    if event.get("event_type") in _TERMINAL_EVENTS:
                        return
                    state = _auth_state(event)
                    if state is not None and on_auth_required is not None:
                        await on_auth_required(state)
            # the stream ended without a terminal event: open it again
        except (_StreamBroken, StreamInterruptedError, APIConnectionError, ConnectionError):
            logger.debug(
                "event stream lost, reconnecting (execution_id=%s, attempt=%d)", exec_id, attempt
            )
            await asyncio.sleep(min(2.0**attempt, _MAX_BACKOFF_S))
    logger.warning(
        "gave up following the event stream after %d attempts (execution_id=%s)",
        _MAX_RECONNECT_ATTEMPTS,
        exec_id,
    )


def _auth_state(event: dict[str, Any]) -> ConnectorAuthTaskState | None:
    if event.get("event_type") != "CUSTOM_TASK_STARTED":
        return None
    attributes = _dump(event.get("attributes"))
    if attributes.get("custom_task_type") != "connector_auth":
        return None
    value = _dump(attributes.get("payload")).get("value")
    if not isinstance(value, dict):
        return None
    return ConnectorAuthTaskState.model_validate(value)


async def _poll_until_done(
    client: Any, exec_id: str, polling_interval: float, max_attempts: int | None
) -> Any:
    attempts = 0
    while True:
        result = await client.workflows.executions.get_workflow_execution_async(
            execution_id=exec_id
        )
        if result.status != "RUNNING":
            if result.status == "COMPLETED":
                return result
            raise RuntimeError(f"Workflow failed with status: {result.status}")
        attempts += 1
        if max_attempts is not None and attempts >= max_attempts:
            raise TimeoutError(f"Workflow still running after {max_attempts} polling attempts")
        await asyncio.sleep(polling_interval)
