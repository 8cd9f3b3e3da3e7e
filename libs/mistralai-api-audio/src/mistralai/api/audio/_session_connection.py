"""A realtime session's connection, written once for transcription and speech: the session as
the server last described it, sending (a closed connection raises the kind's typed error),
the events (those read while waiting for ``session.created`` replayed first), closing. Each
kind adds its messages and names its decoder and errors.

Imported only by the modules that already need ``websockets`` (the ``realtime`` extra).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from types import TracebackType
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar, cast

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosedError, ConnectionClosedOK

__all__ = ["SessionConnection"]


class _Session(Protocol):
    @property
    def request_id(self) -> str: ...


E = TypeVar("E")
S = TypeVar("S", bound=_Session)


class SessionConnection(Generic[E, S]):
    """An open session. Closing is idempotent; ``async with`` closes it."""

    _closed_error: ClassVar[Callable[..., Exception]]
    """The kind's error for a closed connection: ``(message, code=...)``."""
    _session_events: ClassVar[tuple[type[Any], ...]]
    """The events that carry a new ``session`` (``session.created`` / ``updated``)."""

    def __init__(
        self,
        websocket: ClientConnection,
        session: S,
        *,
        initial_events: list[E] | None = None,
    ) -> None:
        self._websocket = websocket
        self._session = session
        self._closed = False
        # Messages read while waiting for session.created are replayed first: nothing is lost.
        self._initial_events: deque[E] = deque(initial_events or [])

    def _decode(self, message: str | bytes) -> E:
        raise NotImplementedError

    def _abnormal_close(self, exc: ConnectionClosedError) -> Exception:
        """The error raised when the server closes the connection abnormally."""
        raise NotImplementedError

    @property
    def request_id(self) -> str:
        return self._session.request_id

    @property
    def session(self) -> S:
        """The session as the server last described it (``session.created``/``updated``)."""
        return self._session

    @property
    def is_closed(self) -> bool:
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            raise self._closed_error("Connection is closed")

    async def _send(self, text: str) -> None:
        self._check_open()
        try:
            await self._websocket.send(text)
        except (ConnectionClosedOK, ConnectionClosedError) as exc:
            self._closed = True
            code = exc.rcvd.code if exc.rcvd is not None else None
            raise self._closed_error(f"the server closed the connection: {exc}", code=code) from exc

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        if self._closed:
            return
        self._closed = True
        await self._websocket.close(code=code, reason=reason)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __aiter__(self) -> AsyncIterator[E]:
        return self.events()

    async def events(self) -> AsyncGenerator[E]:
        """Every event until the server closes the connection (normally after the last one:
        ``transcription.done``, ``speech.audio.done``). An abnormal close raises the kind's
        ``...ConnectionClosedError`` with the close code rather than ending silently, so a
        cut connection (or a refused setting) is not mistaken for the end."""
        while self._initial_events:
            event = self._initial_events.popleft()
            self._apply(event)
            yield event
        try:
            async for message in self._websocket:
                event = self._decode(message)
                self._apply(event)
                yield event
        except ConnectionClosedError as exc:
            raise self._abnormal_close(exc) from exc
        finally:
            await self.close()

    def _apply(self, event: E) -> None:
        if isinstance(event, self._session_events):
            self._session = cast(Any, event).session
