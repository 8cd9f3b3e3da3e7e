"""What the WebSocket fakes share: a ``websockets`` server on 127.0.0.1 in its own thread and
event loop (so it serves sync and async tests alike), the record of each upgrade, and the
opening of a realtime session (``session.created`` and the handshake faults).

Imported inside the fakes' guard: it needs the ``websockets`` package.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from dataclasses import dataclass, field
from typing import Any, Literal, Self
from urllib.parse import parse_qsl, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

__all__ = ["Handshake", "SocketRecord", "ThreadedSocketServer", "dumps", "refuse", "send_raw"]

Handshake = Literal["ok", "error", "silent"]


@dataclass
class SocketRecord:
    """One WebSocket upgrade a fake accepted: its headers, query and the JSON it received."""

    headers: dict[str, str]
    query: dict[str, str]
    messages: list[dict[str, Any]] = field(default_factory=lambda: [])


def dumps(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


class ThreadedSocketServer:
    """A ``websockets`` server on 127.0.0.1 in its own thread and event loop."""

    path: str = "/"

    def __init__(self, *, api_key: str | None = None) -> None:
        self.api_key = api_key
        """When set, upgrades without ``Authorization: Bearer <api_key>`` get HTTP 401."""
        self.connections: list[SocketRecord] = []
        self.port = 0
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopped: asyncio.Event | None = None
        self._server: Server | None = None

    @property
    def url(self) -> str:
        """The HTTP base URL to give the client as ``server_url`` (it switches to ``ws://``)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def received(self) -> list[dict[str, Any]]:
        """Every JSON message received, over all connections, in order."""
        with self._lock:
            return [m for c in self.connections for m in c.messages]

    def start(self) -> Self:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(ready))
            except BaseException as exc:  # reported to start(), which is waiting
                errors.append(exc)
                ready.set()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name=type(self).__name__, daemon=True)
        self._thread.start()
        ready.wait()
        if errors:
            raise errors[0]
        return self

    async def _serve(self, ready: threading.Event) -> None:
        self._stopped = asyncio.Event()
        async with serve(
            self._handle, "127.0.0.1", 0, process_request=self._process_request
        ) as server:
            self._server = server
            self.port = next(iter(server.sockets)).getsockname()[1]
            ready.set()
            await self._stopped.wait()

    def stop(self) -> None:
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stopped.set)
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _authorized(self, request: Request) -> bool:
        if self.api_key is None:
            return True
        return request.headers.get("authorization") == f"Bearer {self.api_key}"

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        path = urlsplit(request.path).path
        if path != self.path:
            return connection.respond(404, f"no WebSocket at {path}\n")
        if not self._authorized(request):
            return connection.respond(401, '{"message":"Unauthorized"}\n')
        return None

    async def _handle(self, ws: ServerConnection) -> None:
        request = ws.request
        assert request is not None
        record = SocketRecord(
            headers={name.lower(): value for name, value in request.headers.raw_items()},
            query=dict(parse_qsl(urlsplit(request.path).query, keep_blank_values=True)),
        )
        with self._lock:
            self.connections.append(record)
        with contextlib.suppress(ConnectionClosed):  # the client went away: nothing to say
            await self._converse(ws, record)

    def _record(self, record: SocketRecord, message: dict[str, Any]) -> None:
        with self._lock:
            record.messages.append(message)

    async def _converse(self, ws: ServerConnection, record: SocketRecord) -> None:
        raise NotImplementedError

    async def _open_session(
        self,
        ws: ServerConnection,
        session: dict[str, Any],
        *,
        handshake: Handshake,
        error_message: object,
        after_session: list[Any],
        abort: bool,
    ) -> bool:
        """The opening both session fakes play (``False``: the conversation is over): the
        handshake fault (``silent``: say nothing; ``error``: an ``error`` message, then close
        1008), else ``session.created`` and the extra messages, then the abort fault (1011)."""
        if handshake == "silent":
            await ws.wait_closed()
            return False
        if handshake == "error":
            error = {"message": error_message, "code": 4001}
            await ws.send(dumps({"type": "error", "error": error}))
            await ws.close(1008, "invalid model")
            return False
        await ws.send(dumps({"type": "session.created", "session": session}))
        await send_raw(ws, after_session)
        if abort:
            await ws.close(1011, "internal error")
            return False
        return True


async def send_raw(ws: ServerConnection, messages: list[Any]) -> None:
    """Send messages as given: text as is, anything else as JSON (faults, unknown events)."""
    for raw in messages:
        await ws.send(raw if isinstance(raw, str) else dumps(raw))


async def refuse(ws: ServerConnection, kind: object) -> None:
    """Answer a message of an unknown ``type`` with an ``error`` message (the session goes on)."""
    error = {"message": f"unknown message type {kind!r}", "code": 4000}
    await ws.send(dumps({"type": "error", "error": error}))
