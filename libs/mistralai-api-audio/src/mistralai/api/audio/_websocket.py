"""What the WebSocket APIs of ``audio`` share (transcription and speech): the socket URL derived
from the client's server URL, the provider that signs the upgrade, the server's error sentence.

No ``websockets`` import here: the callers import it (and raise the extra's ImportError).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Coroutine, Mapping
from typing import Any, Protocol, TypeVar, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from mistralai.core.provider import Provider
from mistralai.core.runtime import BaseClient

__all__ = [
    "USER_AGENT",
    "close_quietly",
    "error_message",
    "provider_of",
    "send_while_receiving",
    "websocket_url",
]

E = TypeVar("E")

USER_AGENT = "mistralai-modular-python/0.2.0"


class _Closable(Protocol):
    async def close(self) -> None: ...


def provider_of(client: BaseClient) -> Provider | None:
    """The provider behind a resource's client (base URL and credentials), or ``None`` for a
    client that has none (a test double): the socket is opened outside the HTTP transport,
    so the provider signs the upgrade itself."""
    provider: object = getattr(client, "provider", None)
    return provider if isinstance(provider, Provider) else None


def websocket_url(base: str, path: str, query: Mapping[str, str]) -> str:
    """``base + path`` with ``query`` merged into any query ``base`` already has, and the
    scheme switched to its WebSocket twin (``https`` -> ``wss``, ``http`` -> ``ws``)."""
    parts = urlsplit(base.rstrip("/") + path)
    merged = dict(parse_qsl(parts.query, keep_blank_values=True))
    merged.update(query)
    scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
    return urlunsplit(parts._replace(scheme=scheme, query=urlencode(merged)))


async def close_quietly(websocket: _Closable | None) -> None:
    if websocket is not None:
        await websocket.close()


def error_message(payload: object, default: str) -> str:
    """The server's sentence in an ``error`` message: ``error.message``, or
    ``error.message.detail`` (the server sends either), else ``default``."""
    error = cast(dict[str, Any], payload).get("error") if isinstance(payload, dict) else None
    message = cast(dict[str, Any], error).get("message") if isinstance(error, dict) else None
    if isinstance(message, dict):
        message = cast(dict[str, Any], message).get("detail")
    return message if isinstance(message, str) else default


async def send_while_receiving(
    send: Callable[[], Coroutine[Any, Any, None]],
    events: AsyncGenerator[E],
    is_last: Callable[[E], bool],
) -> AsyncGenerator[E]:
    """Run ``send()`` in the background and yield ``events`` until one ``is_last`` (yielded) or
    they end. An error raised by ``send()`` (the caller's input source failed) ends the
    iteration and is raised here: the answer to an input that cannot complete never comes, so
    waiting for it would hang. ``events`` is closed on the way out."""
    sender = asyncio.ensure_future(send())
    pending: asyncio.Future[E] | None = None
    try:
        while True:
            pending = asyncio.ensure_future(anext(events))
            waiting: set[asyncio.Future[Any]] = {pending}
            if not sender.done():
                waiting.add(sender)
            await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            # Checked even when an event arrived too: the failure must not wait for the next.
            failure = sender.exception() if sender.done() else None
            if failure is not None:
                raise failure
            if not pending.done():
                await asyncio.wait({pending})
            try:
                event = pending.result()
            except StopAsyncIteration:
                return
            finally:
                pending = None
            yield event
            if is_last(event):
                return
    finally:
        # The cancelled tasks must finish before the event generator can be closed (it cannot
        # be closed while a task is still running it).
        tasks: list[asyncio.Future[Any]] = [sender]
        if pending is not None:
            tasks.append(pending)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await events.aclose()
