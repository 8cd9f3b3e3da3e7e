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


def _event_id(event: object) -> str | None:
    """The SSE ``id`` of a typed event (event models carry it as ``id``), if any."""
    value: object = getattr(event, "id", None)
    return value if isinstance(value, str) else None


class _Resume:
    """What a resumable stream decides, sans I/O: which events to deliver, whether to
    reconnect after a cut and from which event id. The sync and async streams keep only the
    reading, closing and reopening."""

    def __init__(self, last_event_id: str | None, max_reconnects: int) -> None:
        if max_reconnects < 0:
            raise ValueError("max_reconnects must be >= 0")
        self.max_reconnects = max_reconnects
        self.last_id = last_event_id
        self._failures = 0  # reconnections in a row without an event in between
        self._resumed_from: str | None = None
        self._first = True

    def opened(self) -> None:
        """A stream is (re)opened: its first event may repeat the resume cursor's."""
        self._first = True

    def deliver(self, event: object) -> bool:
        """Whether to yield ``event`` (and remember its id)."""
        event_id = _event_id(event)
        first, self._first = self._first, False
        if first and self._resumed_from is not None and event_id == self._resumed_from:
            return False  # the server repeated the cursor event: skip it
        if event_id is not None:
            self.last_id = event_id
        self._failures = 0
        return True

    def reconnect(self) -> bool:
        """After a cut: whether to reconnect (else the cut is raised)."""
        if self._failures >= self.max_reconnects:
            return False
        self._failures += 1
        return True

    def cursor(self, cut_last_id: str | None) -> str | None:
        """The event id to resume after: the last delivered, else the cut stream's own."""
        if self.last_id is None:
            self.last_id = cut_last_id
        self._resumed_from = self.last_id
        return self._resumed_from


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
        self._resume = _Resume(last_event_id, max_reconnects)
        self.reconnects = 0
        """Reconnections made so far."""
        self._iterator = self._events()

    def _events(self) -> Generator[E]:
        resume = self._resume
        try:
            while True:
                stream = self._current
                resume.opened()
                try:
                    for event in stream:
                        if resume.deliver(event):
                            yield event
                    return
                except StreamInterruptedError:
                    if not resume.reconnect():
                        raise
                    self.reconnects += 1
                    stream.close()
                    self._current = self._reopen(resume.cursor(stream.last_event_id))
        finally:
            self._current.close()

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event delivered, across reconnections."""
        return self._resume.last_id

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
        self._resume = _Resume(last_event_id, max_reconnects)
        self.reconnects = 0
        """Reconnections made so far."""
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[E]:
        resume = self._resume
        try:
            while True:
                stream = self._current
                resume.opened()
                try:
                    async for event in stream:
                        if resume.deliver(event):
                            yield event
                    return
                except StreamInterruptedError:
                    if not resume.reconnect():
                        raise
                    self.reconnects += 1
                    await stream.close()
                    self._current = await self._reopen(resume.cursor(stream.last_event_id))
        finally:
            await self._current.close()

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event delivered, across reconnections."""
        return self._resume.last_id

    async def close(self) -> None:
        await self._iterator.aclose()
        await self._current.close()
