"""The only module that imports httpx: client creation, sending, and error mapping.

Every httpx exception is turned into an SDK error here, so nothing from httpx reaches the
caller, and no message built here carries a header value (the API key travels in one). Users
may hand in their own ``httpx.Client``/``httpx.AsyncClient``; those are used as given and never
closed by us. The SDK's own clients never follow redirects.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, TypeVar

import httpx

from mistralai.core._tls import tls_context
from mistralai.core.errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    StreamInterruptedError,
    StreamTimeoutError,
)

Client = httpx.Client
AsyncClient = httpx.AsyncClient
Request = httpx.Request
Response = httpx.Response
Auth = httpx.Auth

DEFAULT_TIMEOUT_S = 300.0
"""Default ``timeout_ms`` (300 s): the deadline of one attempt, the longest wait for the next
stream event, the longest idle time of an upload or download."""
DEFAULT_CONNECT_TIMEOUT_S = 30.0
"""Connecting never waits longer than this (nor than the timeout itself)."""
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""httpx's own defaults, chosen from measurements (tools/bench/README.md, "Pool limits"): on
every request start and end, httpcore's pool walks all its connections (and polls each idle
socket), so keeping up to 100 idle connections alive made each request of a 64-wide burst pay
for all of them: 0.3x the requests/s of a plain ``httpx.AsyncClient()``. Keeping 20 alive bounds
that walk; up to 100 connections still open when a burst needs them."""

# Failures that happen before any byte of the request left: always safe to retry.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def timeout_config(timeout_s: float | None) -> httpx.Timeout:
    total = timeout_s if timeout_s is not None else DEFAULT_TIMEOUT_S
    return httpx.Timeout(total, connect=min(total, DEFAULT_CONNECT_TIMEOUT_S))


# The SDK's own clients -> their default headers (httpx's: accept, accept-encoding,
# connection, user-agent). Only these get the direct request building of ``build_request``.
_own_clients: weakref.WeakKeyDictionary[httpx.Client | httpx.AsyncClient, list[tuple[str, str]]] = (
    weakref.WeakKeyDictionary()
)
_urls: dict[str, httpx.URL] = {}  # parsed request URLs: a client calls a handful, again and again
_MAX_URLS = 256


_SET_COOKIE = (b"set-cookie", b"set-cookie2")


class _Cookies(httpx.Cookies):
    """The cookie jar of the SDK's own clients: reads ``Set-Cookie`` answers as httpx does,
    and skips the rest. httpx hands every response to the standard library's cookie machinery
    (a ``urllib`` request, an ``email`` message of all the headers), which found nothing to
    store in an API answer without cookies, after about a tenth of the client-side CPU of a
    small call."""

    def extract_cookies(self, response: httpx.Response) -> None:
        for name, _ in response.headers.raw:
            if name.lower() in _SET_COOKIE:
                super().extract_cookies(response)
                return


def _own(client: httpx.Client | httpx.AsyncClient) -> None:
    """Register one of the SDK's own clients (see ``build_request``) and give it the jar above
    (an attribute of httpx's clients since 0.18; left as it is should it ever go)."""
    if type(getattr(client, "_cookies", None)) is httpx.Cookies:
        client._cookies = _Cookies()  # pyright: ignore[reportPrivateUsage]
    _own_clients[client] = list(client.headers.multi_items())


_C = TypeVar("_C", httpx.Client, httpx.AsyncClient)


def _new(cls: type[_C], timeout_s: float | None) -> _C:
    """One of the SDK's own clients, sync or async: the same settings for both, except the
    async client's pool (several small ones, see ``_pool``: async code runs many requests at
    once; proxies from the environment keep httpx's own pools)."""
    extra: dict[str, Any] = {}
    if cls is httpx.AsyncClient:
        from mistralai.core._pool import ShardedAsyncTransport

        extra["transport"] = ShardedAsyncTransport(tls_context())
    client = cls(
        timeout=timeout_config(timeout_s),
        limits=_LIMITS,
        follow_redirects=False,
        verify=tls_context(),
        **extra,
    )
    _own(client)
    return client


def new_client(timeout_s: float | None) -> httpx.Client:
    return _new(httpx.Client, timeout_s)


def new_async_client(timeout_s: float | None) -> httpx.AsyncClient:
    return _new(httpx.AsyncClient, timeout_s)


def close_quietly(client: httpx.Client) -> None:
    """Close a client from a finalizer: nothing may escape (the caller is the interpreter)."""
    with contextlib.suppress(Exception):
        client.close()


_pending_closes: set[Any] = set()  # closes scheduled on a running loop, kept until they finish
_pending_lock = threading.Lock()


def release_async(client: httpx.AsyncClient, loop: Any) -> None:
    """Close an async client nobody can await any more (its owner was dropped): on its own
    loop when that loop still runs (from any thread), else by closing its sockets directly."""
    try:
        if loop is not None and loop.is_running() and not loop.is_closed():
            import asyncio

            future = asyncio.run_coroutine_threadsafe(client.aclose(), loop)
            with _pending_lock:
                _pending_closes.add(future)
            future.add_done_callback(_forget_close)
            return
    except Exception:  # the loop stopped in between: fall back to the sockets
        pass
    abandon(client)


def _forget_close(future: Any) -> None:
    with _pending_lock:
        _pending_closes.discard(future)
    if not future.cancelled():
        future.exception()  # retrieved, so asyncio does not log it as never retrieved


def is_sync_client(value: object) -> bool:
    return isinstance(value, httpx.Client)


def is_async_client(value: object) -> bool:
    return isinstance(value, httpx.AsyncClient)


def build_request(
    client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: str,
    *,
    params: list[tuple[str, str]] | None,
    headers: Mapping[str, str],
    content: bytes | None,
    files: list[tuple[str, Any]] | None,
    data: Mapping[str, Any] | None,
    timeout_s: float | None,
) -> httpx.Request:
    defaults = _own_clients.get(client)
    if defaults is not None and not client.cookies:
        # The SDK's own client, no cookie received: nothing of the client to merge but its
        # default headers, so build the request directly. ``client.build_request`` would parse
        # the URL again (httpx's URL parser is pure Python) and copy the header list twice:
        # about a tenth of the client-side CPU of a small call. Same request either way.
        url_obj = _urls.get(url)
        if url_obj is None:
            url_obj = httpx.URL(url)
            if len(_urls) >= _MAX_URLS:
                _urls.clear()
            _urls[url] = url_obj
        # as httpx's merge: one header per name (case-insensitive), the last value given wins
        given: dict[str, tuple[str, str]] = {}
        for name, value in headers.items():
            given[name.lower()] = (name, value)
        merged = [(k, v) for k, v in defaults if k.lower() not in given]
        merged.extend(given.values())
        timeout = client.timeout if timeout_s is None else timeout_config(timeout_s)
        return httpx.Request(
            method,
            url_obj,
            params=params,  # pyright: ignore[reportArgumentType] - list of str pairs is valid
            headers=merged,
            content=content,
            files=files,
            data=data,
            extensions={"timeout": timeout.as_dict()},
        )
    return client.build_request(
        method,
        url,
        params=params,  # pyright: ignore[reportArgumentType] - list of str pairs is valid
        headers=headers,
        content=content,
        files=files,
        data=data,
        timeout=timeout_config(timeout_s) if timeout_s is not None else httpx.USE_CLIENT_DEFAULT,
    )


_QUOTED = re.compile(r"""b?(['"]).*?\1""")


def scrub(message: str, request: httpx.Request | None) -> str:
    """``message`` without any header value of ``request`` (nor quoted bytes after the word
    'header', as h11 puts them in 'Illegal header value b"Bearer sk-..."')."""
    if request is not None:
        for _, value in request.headers.multi_items():
            if len(value) >= 4 and value in message:
                message = message.replace(value, "[redacted]")
    if "header" in message.lower():
        message = _QUOTED.sub("[redacted]", message)
    return message


def _connection_error(exc: BaseException, request: httpx.Request) -> APIConnectionError:
    target = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(exc, httpx.TimeoutException):
        error: APIConnectionError = APITimeoutError(f"{target} timed out ({type(exc).__name__})")
        cause: BaseException | None = exc
    else:
        text = str(exc)
        detail = scrub(text, request)
        error = APIConnectionError(f"{target} failed: {type(exc).__name__}: {detail}")
        cause = exc if detail == text else None  # never chain a message that holds a secret
    error.request_sent = not isinstance(exc, _NOT_SENT)
    error.__cause__ = cause
    error.__suppress_context__ = True
    return error


def _chained(error: APIConnectionError) -> APIConnectionError:
    """``raise _chained(e)``: keeps the cause chosen by ``_connection_error`` (none when the
    transport's message held a secret) and hides the implicit context."""
    error.__suppress_context__ = True
    return error


def abandon(client: httpx.AsyncClient) -> None:
    """Release an async client whose event loop is gone (it cannot be awaited any more): close
    its sockets directly, so none stays open until the garbage collector finds them."""
    try:
        from mistralai.core._pool import connections

        for connection in connections(client._transport):  # pyright: ignore[reportPrivateUsage]
            stream: Any = getattr(getattr(connection, "_connection", None), "_network_stream", None)
            sock: Any = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                # asyncio hands out a TransportSocket wrapper without close(): the real socket
                # object is inside (closing it, not its fd number, rules out a double close)
                getattr(sock, "_sock", sock).close()
    except Exception:
        pass


def _is_loop_closed(exc: RuntimeError) -> bool:
    text = str(exc).lower()
    return "loop is closed" in text or "different event loop" in text or "attached to a" in text


def loop_closed_error(owned: bool) -> APIConnectionError | ConfigurationError:
    if owned:
        return APIConnectionError("the connection belongs to an event loop that is closed")
    return ConfigurationError(
        "the httpx.AsyncClient given as async_client is bound to an event loop that is "
        "closed (each asyncio.run() has its own loop): create the AsyncClient inside the "
        "running loop, or let the SDK create its own"
    )


class Deadline:
    """The end of one attempt (monotonic seconds), checked between reads of the body."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds if seconds is not None else None

    def remaining(self) -> float | None:
        return None if self.at is None else max(self.at - time.monotonic(), 0.0)

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() > self.at

    def error(self, request: httpx.Request) -> APITimeoutError:
        target = f"{request.method} {request.url.copy_with(query=None)}"
        return APITimeoutError(
            f"{target} timed out: no complete answer within {self.seconds or 0:g}s (timeout_ms)"
        )


def bound_timeouts(
    request: httpx.Request, base: Mapping[str, Any], remaining: float | None
) -> None:
    """Cap each of the request's timeouts (connect, read, write, pool) at what is left of the
    attempt's deadline, so one blocked read cannot outlast it."""
    if remaining is None:
        request.extensions["timeout"] = dict(base)
        return
    request.extensions["timeout"] = {
        k: (remaining if v is None else min(v, remaining)) for k, v in base.items()
    }


def send(
    client: httpx.Client, request: httpx.Request, *, auth: httpx.Auth | None
) -> httpx.Response:
    """Send and return once the headers are in; the body is read by the caller."""
    try:
        return client.send(
            request, stream=True, auth=auth or httpx.USE_CLIENT_DEFAULT, follow_redirects=False
        )
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise _chained(_connection_error(exc, request))  # noqa: B904 - cause set inside


async def send_async(
    client: httpx.AsyncClient, request: httpx.Request, *, auth: httpx.Auth | None, owned: bool
) -> httpx.Response:
    try:
        return await client.send(
            request, stream=True, auth=auth or httpx.USE_CLIENT_DEFAULT, follow_redirects=False
        )
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise _chained(_connection_error(exc, request))  # noqa: B904 - cause set inside
    except RuntimeError as exc:
        if _is_loop_closed(exc):
            raise loop_closed_error(owned) from None
        raise


def read(
    response: httpx.Response, deadline: Deadline | None = None, limit: int | None = None
) -> tuple[bytes, int]:
    """The body (at most ``limit`` bytes of it) and its full size; past ``deadline`` (checked
    after each chunk, so a trickling body cannot run past it) ``APITimeoutError``. Closes."""
    parts: list[bytes] = []
    kept = size = 0
    request = response.request
    try:
        for part in response.iter_bytes():
            size += len(part)
            if limit is None:
                parts.append(part)
            elif kept < limit:
                parts.append(part[: limit - kept])
                kept += len(parts[-1])
            if deadline is not None and deadline.expired():
                raise deadline.error(request)
    except httpx.HTTPError as exc:
        raise _chained(_connection_error(exc, request))  # noqa: B904 - cause set inside
    finally:
        response.close()
    return b"".join(parts), size


async def read_async(response: httpx.Response, limit: int | None = None) -> tuple[bytes, int]:
    parts: list[bytes] = []
    kept = size = 0
    try:
        async for part in response.aiter_bytes():
            size += len(part)
            if limit is None:
                parts.append(part)
            elif kept < limit:
                parts.append(part[: limit - kept])
                kept += len(parts[-1])
    except httpx.HTTPError as exc:
        raise _chained(_connection_error(exc, response.request))  # noqa: B904
    finally:
        await response.aclose()
    return b"".join(parts), size


def _stream_error(exc: httpx.HTTPError) -> StreamInterruptedError:
    if isinstance(exc, httpx.TimeoutException):
        return StreamTimeoutError(
            f"the stream stalled: no data within the timeout ({type(exc).__name__})"
        )
    return StreamInterruptedError(
        f"the stream was interrupted: {type(exc).__name__}: {scrub(str(exc), None)}"
    )


def iter_chunks(response: httpx.Response, deadline: Deadline | None = None) -> Iterator[bytes]:
    """The body as it arrives; a broken connection becomes ``StreamInterruptedError``, a
    stall ``StreamTimeoutError``; past ``deadline`` (downloads with a total deadline) too."""
    try:
        for chunk in response.iter_bytes():
            yield chunk
            if deadline is not None and deadline.at is not None and time.monotonic() > deadline.at:
                raise StreamTimeoutError(
                    f"the download did not finish within {deadline.seconds:g}s (timeout_ms)"
                )
    except httpx.HTTPError as exc:
        raise _stream_error(exc) from exc


async def aiter_chunks(
    response: httpx.Response, deadline: Deadline | None = None
) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.aiter_bytes():
            yield chunk
            if deadline is not None and deadline.at is not None and time.monotonic() > deadline.at:
                raise StreamTimeoutError(
                    f"the download did not finish within {deadline.seconds:g}s (timeout_ms)"
                )
    except httpx.HTTPError as exc:
        raise _stream_error(exc) from exc
