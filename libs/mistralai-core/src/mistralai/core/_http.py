"""The only module that imports httpx: client creation, sending, and error mapping.

Every httpx exception is turned into an SDK error here, so nothing from httpx reaches the
caller. Users may hand in their own ``httpx.Client``/``httpx.AsyncClient``; those are used as
given and never closed by us.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from mistralai.core.errors import (
    APIConnectionError,
    APITimeoutError,
    StreamInterruptedError,
)

Client = httpx.Client
AsyncClient = httpx.AsyncClient
Request = httpx.Request
Response = httpx.Response
Auth = httpx.Auth

DEFAULT_TIMEOUT_S = 300.0
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def new_client(timeout_s: float | None) -> httpx.Client:
    return httpx.Client(
        timeout=timeout_s if timeout_s is not None else DEFAULT_TIMEOUT_S,
        limits=_LIMITS,
        follow_redirects=True,
    )


def new_async_client(timeout_s: float | None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=timeout_s if timeout_s is not None else DEFAULT_TIMEOUT_S,
        limits=_LIMITS,
        follow_redirects=True,
    )


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
    return client.build_request(
        method,
        url,
        params=params,  # pyright: ignore[reportArgumentType] - list of str pairs is valid
        headers=headers,
        content=content,
        files=files,
        data=data,
        timeout=timeout_s if timeout_s is not None else httpx.USE_CLIENT_DEFAULT,
    )


def _connection_error(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    target = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{target} timed out ({type(exc).__name__})")
    return APIConnectionError(f"{target} failed: {type(exc).__name__}: {exc}")


def send(
    client: httpx.Client, request: httpx.Request, *, stream: bool, auth: httpx.Auth | None
) -> httpx.Response:
    try:
        return client.send(request, stream=stream, auth=auth or httpx.USE_CLIENT_DEFAULT)
    except httpx.HTTPError as exc:
        raise _connection_error(exc, request) from exc


async def send_async(
    client: httpx.AsyncClient, request: httpx.Request, *, stream: bool, auth: httpx.Auth | None
) -> httpx.Response:
    try:
        return await client.send(request, stream=stream, auth=auth or httpx.USE_CLIENT_DEFAULT)
    except httpx.HTTPError as exc:
        raise _connection_error(exc, request) from exc


def read(response: httpx.Response) -> bytes:
    try:
        return response.read()
    except httpx.HTTPError as exc:
        raise _connection_error(exc, response.request) from exc
    finally:
        response.close()


async def read_async(response: httpx.Response) -> bytes:
    try:
        return await response.aread()
    except httpx.HTTPError as exc:
        raise _connection_error(exc, response.request) from exc
    finally:
        await response.aclose()


def iter_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body as it arrives; a broken connection becomes ``StreamInterruptedError``."""
    try:
        yield from response.iter_bytes()
    except httpx.HTTPError as exc:
        raise StreamInterruptedError(
            f"the stream was interrupted: {type(exc).__name__}: {exc}"
        ) from exc


async def aiter_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    try:
        async for chunk in response.aiter_bytes():
            yield chunk
    except httpx.HTTPError as exc:
        raise StreamInterruptedError(
            f"the stream was interrupted: {type(exc).__name__}: {exc}"
        ) from exc
