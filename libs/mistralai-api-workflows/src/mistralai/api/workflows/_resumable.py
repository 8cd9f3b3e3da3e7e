"""What the resumable stream methods do beyond the generated request: they answer a
:class:`~mistralai.api.workflows.streams.ResumableEventStream`, which reopens the stream after a
broken connection, resuming after the last event id seen.

The methods themselves (``workflows.executions.stream``, ``stream_workflow_execution_logs``,
``workflows.deployments.stream_deployment_logs``: signature with ``max_reconnects``, docstring,
raw twin) are generated: ``wrap: resumable`` in ``tools/codegen/mapping.yaml``; their bodies hand
the request pieces to :func:`open_stream` / :func:`open_stream_async`.

What changes between the first connection and a reconnection (the resume cursor replaces the
``last_event_id`` query parameter, and the ``Last-Event-ID`` header when the caller sent one) is
decided once, by :class:`_Resumption`, which does no I/O; the drivers only open the streams.
Over the raw-mode client (``with_raw_response``) the first answer is a raw response whose
``parse()`` gives the resumable stream; reconnections read the streams of their raw answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from mistralai.api.workflows.streams import ResumableEventStream, ResumableEventStreamAsync
from mistralai.core.runtime import (
    UNSET,
    AsyncRawResponse,
    BaseClient,
    EventStream,
    EventStreamAsync,
    RawResponse,
    StreamOperation,
    then,
)

__all__ = ["open_stream", "open_stream_async"]

E = TypeVar("E")

_QUERY = "last_event_id"
_HEADER = "Last-Event-ID"


class _Resumption:
    """The query and headers of each connection of one call (no I/O).

    The first connection gets the caller's; a reconnection after event id ``cursor`` gets
    ``last_event_id=cursor`` and, when the caller sent the ``Last-Event-ID`` header (which
    wins over the query parameter on the server), the header set to the cursor too. Before
    any event id was seen, a reconnection repeats the caller's.
    """

    __slots__ = ("_headers", "_query", "cursor", "max_reconnects")

    def __init__(
        self,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        max_reconnects: int,
    ) -> None:
        # Checked before the first connection is opened, so a bad value opens nothing.
        if max_reconnects < 0:
            raise ValueError("max_reconnects must be >= 0")
        self.max_reconnects = max_reconnects
        self._query = query
        self._headers = headers
        header: object = (headers or {}).get(_HEADER, UNSET)
        given: object = (query or {}).get(_QUERY, UNSET)
        # The cursor the call starts from (the header wins, as on the server).
        self.cursor = next((v for v in (header, given) if isinstance(v, str)), None)

    def arguments(self, cursor: str | None) -> dict[str, Any]:
        """``query`` and ``headers`` of a connection resuming after ``cursor`` (``None``: the
        caller's own), as ``client.stream`` takes them."""
        query, headers = self._query, self._headers
        if cursor is not None:
            query = {**(query or {}), _QUERY: cursor}
            if headers is not None and isinstance(headers.get(_HEADER), str):
                headers = {**headers, _HEADER: cursor}
        out: dict[str, Any] = {"query": query}
        if headers is not None:
            out["headers"] = headers
        return out


def open_stream(
    client: BaseClient,
    op: StreamOperation[E],
    *,
    max_reconnects: int,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    **request: Any,
) -> ResumableEventStream[E]:
    """``client.stream(op, query=query, headers=headers, **request)``, reopened after a broken
    connection (``request``: the path, body and per-call options)."""
    plan = _Resumption(query, headers, max_reconnects)

    def reopen(cursor: str | None) -> EventStream[E]:
        answer = client.stream(op, **plan.arguments(cursor), **request)
        if isinstance(answer, RawResponse):  # the raw-mode client
            answer = cast(RawResponse[EventStream[E]], answer).parse()
        return answer

    def resumable(first: EventStream[E]) -> ResumableEventStream[E]:
        return ResumableEventStream(
            first, reopen, last_event_id=plan.cursor, max_reconnects=plan.max_reconnects
        )

    return then(client.stream(op, **plan.arguments(None), **request), resumable)


async def open_stream_async(
    client: BaseClient,
    op: StreamOperation[E],
    *,
    max_reconnects: int,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    **request: Any,
) -> ResumableEventStreamAsync[E]:
    """Async twin of :func:`open_stream`."""
    plan = _Resumption(query, headers, max_reconnects)

    async def reopen(cursor: str | None) -> EventStreamAsync[E]:
        answer = await client.stream_async(op, **plan.arguments(cursor), **request)
        if isinstance(answer, AsyncRawResponse):  # the raw-mode client
            answer = await cast(AsyncRawResponse[EventStreamAsync[E]], answer).parse()
        return answer

    def resumable(first: EventStreamAsync[E]) -> ResumableEventStreamAsync[E]:
        return ResumableEventStreamAsync(
            first, reopen, last_event_id=plan.cursor, max_reconnects=plan.max_reconnects
        )

    return then(await client.stream_async(op, **plan.arguments(None), **request), resumable)
