"""Event streams that reconnect after a broken connection, resuming from the last event id.

The workflow log streams and the execution event stream give every event an SSE ``id`` and
accept a resume cursor (``last_event_id``). :class:`ResumableEventStream` wraps the first stream of a call; when the
connection breaks (:class:`~mistralai.core.errors.StreamInterruptedError`) it opens the same
stream again from the last id it saw, so the caller sees every event once. It is an
:class:`~mistralai.core.runtime.EventStream` (same iteration, ``with`` block, ``close()``,
``last_event_id``), with ``reconnects`` counting the reconnections made.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TypeVar

from mistralai.core.errors import StreamInterruptedError
from mistralai.core.runtime import EventStream, EventStreamAsync

__all__ = ["DEFAULT_MAX_RECONNECTS", "ResumableEventStream", "ResumableEventStreamAsync"]

E = TypeVar("E")

DEFAULT_MAX_RECONNECTS = 3
"""Reconnections allowed in a row without receiving an event in between."""


def _check(max_reconnects: int) -> int:
    if max_reconnects < 0:
        raise ValueError("max_reconnects must be >= 0")
    return max_reconnects


def _event_id(event: object) -> str | None:
    """The SSE ``id`` of a typed event (event models carry it as ``id``), if any."""
    value: object = getattr(event, "id", None)
    return value if isinstance(value, str) else None


class ResumableEventStream(EventStream[E]):
    """An :class:`EventStream` that reopens itself after an interruption.

    ``reopen(cursor)`` opens the stream again after event id ``cursor`` (``None``: with the
    original arguments, when no event id was seen yet). Up to ``max_reconnects`` reconnections
    are made in a row without an event in between; then the interruption is raised. An event
    repeating the resume cursor's id at the start of a resumed stream is skipped.
    """

    def __init__(
        self,
        first: EventStream[E],
        reopen: Callable[[str | None], EventStream[E]],
        *,
        last_event_id: str | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> None:
        self._current = first
        self._reopen = reopen
        self._max_reconnects = _check(max_reconnects)
        self._last_id = last_event_id
        self.reconnects = 0
        """Reconnections made so far."""
        self._iterator = self._events()

    def _events(self) -> Generator[E]:
        failures = 0
        resumed_from: str | None = None
        try:
            while True:
                stream = self._current
                first = True
                try:
                    for event in stream:
                        event_id = _event_id(event)
                        if first and resumed_from is not None and event_id == resumed_from:
                            first = False  # the server repeated the cursor event: skip it
                            continue
                        if event_id is not None:
                            self._last_id = event_id
                        first = False
                        failures = 0
                        yield event
                    return
                except StreamInterruptedError:
                    if failures >= self._max_reconnects:
                        raise
                    failures += 1
                    self.reconnects += 1
                    stream.close()
                    if self._last_id is None:
                        self._last_id = stream.last_event_id
                    resumed_from = self._last_id
                    self._current = self._reopen(resumed_from)
        finally:
            self._current.close()

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event delivered, across reconnections."""
        return self._last_id

    def close(self) -> None:
        self._iterator.close()
        self._current.close()


class ResumableEventStreamAsync(EventStreamAsync[E]):
    """Async twin of :class:`ResumableEventStream` (``reopen`` is a coroutine function)."""

    def __init__(
        self,
        first: EventStreamAsync[E],
        reopen: Callable[[str | None], Awaitable[EventStreamAsync[E]]],
        *,
        last_event_id: str | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> None:
        self._current = first
        self._reopen = reopen
        self._max_reconnects = _check(max_reconnects)
        self._last_id = last_event_id
        self.reconnects = 0
        """Reconnections made so far."""
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[E]:
        failures = 0
        resumed_from: str | None = None
        try:
            while True:
                stream = self._current
                first = True
                try:
                    async for event in stream:
                        event_id = _event_id(event)
                        if first and resumed_from is not None and event_id == resumed_from:
                            first = False  # the server repeated the cursor event: skip it
                            continue
                        if event_id is not None:
                            self._last_id = event_id
                        first = False
                        failures = 0
                        yield event
                    return
                except StreamInterruptedError:
                    if failures >= self._max_reconnects:
                        raise
                    failures += 1
                    self.reconnects += 1
                    await stream.close()
                    if self._last_id is None:
                        self._last_id = stream.last_event_id
                    resumed_from = self._last_id
                    self._current = await self._reopen(resumed_from)
        finally:
            await self._current.close()

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event delivered, across reconnections."""
        return self._last_id

    async def close(self) -> None:
        await self._iterator.aclose()
        await self._current.close()
