"""Opening a realtime session (transcription or speech), written once: the upgrade signed by
the provider and the server's ``session.created`` under one deadline, then the caller's first
settings, with every failure mapped to the caller's typed errors and the socket closed.

Imported only by the modules that already need ``websockets`` (the ``realtime`` extra).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosedError, InvalidStatus, WebSocketException

from mistralai.api.audio._realtime_connection import UnknownRealtimeEvent
from mistralai.api.audio._websocket import USER_AGENT, close_quietly, error_message, websocket_url
from mistralai.core.errors import MistralError
from mistralai.core.provider import Provider

__all__ = ["SessionErrors", "open_session", "read_greeting"]

C = TypeVar("C")
E = TypeVar("E")
H = TypeVar("H")


@dataclass(frozen=True)
class SessionErrors:
    """How one kind of session reports a failure to open: ``timeout(message)`` past the
    deadline, ``failed(message, code, payload)`` for a refused or broken connection, and
    ``closed(exc)`` for a close frame during the handshake (``None``: reported as failed)."""

    timeout: Callable[[str], Exception]
    failed: Callable[[str, int | None, Any], Exception]
    closed: Callable[[ConnectionClosedError], Exception] | None = None


async def open_session(
    provider: Provider,
    *,
    path: str,
    model: str,
    server_url: str | None,
    timeout_ms: int | None,
    default_timeout_ms: int,
    http_headers: Mapping[str, str] | None,
    handshake: Callable[[ClientConnection], Awaitable[H]],
    ready: Callable[[ClientConnection, H], Awaitable[C]],
    errors: SessionErrors,
) -> C:
    """Connect to ``path`` of the provider's (or ``server_url``'s) WebSocket endpoint, run
    ``handshake`` on the socket within the same deadline, then ``ready`` (the connection
    object, with the first settings sent)."""
    headers: dict[str, str] = dict(await provider.auth_headers_async())
    if http_headers is not None:
        headers.update(http_headers)
    url = websocket_url(server_url or provider.base_url, path, {"model": model})
    timeout_s = (timeout_ms if timeout_ms is not None else default_timeout_ms) / 1000
    websocket: ClientConnection | None = None
    try:
        # one deadline covers both the WebSocket upgrade and session.created
        async with asyncio.timeout(timeout_s):
            websocket = await connect(
                url, additional_headers=headers, open_timeout=None, user_agent_header=USER_AGENT
            )
            greeting = await handshake(websocket)
        return await ready(websocket, greeting)
    except TimeoutError as exc:
        await close_quietly(websocket)
        raise errors.timeout(f"Timeout waiting for session creation ({timeout_s:g} s).") from exc
    except MistralError:
        await close_quietly(websocket)
        raise
    except InvalidStatus as exc:
        status = exc.response.status_code
        raise errors.failed(
            f"Failed to connect: the server refused the WebSocket with HTTP {status}",
            status,
            exc.response.body,
        ) from exc
    except ConnectionClosedError as exc:
        await close_quietly(websocket)
        if errors.closed is not None:
            raise errors.closed(exc) from exc
        raise errors.failed(f"Failed to connect: {exc}", None, None) from exc
    except (OSError, WebSocketException) as exc:
        await close_quietly(websocket)
        raise errors.failed(f"Failed to connect: {exc}", None, None) from exc


async def read_greeting(
    websocket: ClientConnection,
    decode: Callable[[str | bytes], E],
    *,
    error: type[Any],
    created: type[Any],
    ws_error: Callable[..., Exception],
    default_message: str,
) -> tuple[Any, list[E]]:
    """A ``handshake`` for :func:`open_session`: read until ``created`` (its session returned
    with every message read so far, replayed to the caller) or an ``error`` message, raised as
    ``ws_error`` (with the typed event, or the raw content of one that did not validate)."""
    initial: list[E] = []
    while True:
        event = decode(await websocket.recv())
        if isinstance(event, error):
            raw = cast(Any, event).model_dump()
            raise ws_error(error_message(raw, default_message), payload=event, raw=raw)
        if isinstance(event, UnknownRealtimeEvent) and event.type == "error":
            content: object = event.content
            raise ws_error(error_message(content, default_message), raw=content)
        initial.append(event)
        if isinstance(event, created):
            return cast(Any, event).session, initial
