"""The request pipeline shared by every resource, sync and async.

build (arguments → wire values, validated) → provider ``prepare`` → per attempt: auth,
middleware, send → map status to a typed error or retry → parse into the response model, or
hand back a stream. Everything that can be prepared once lives on the ``Operation``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

from mistralai.core._prepared import PreparedRequest
from mistralai.core._streaming import (
    ByteStream,
    ByteStreamAsync,
    EventStream,
    EventStreamAsync,
    decoder_for,
)
from mistralai.core._types import UNSET, Unset
from mistralai.core.errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    RequestValidationError,
    ResponseValidationError,
    UnsupportedOperationError,
    status_error_class,
)
from mistralai.core.retries import (
    DEFAULT_RETRY,
    NO_RETRY,
    RETRYABLE_STATUS,
    RetryConfig,
    RetryState,
    retry_after_seconds,
)

# httpx (through ``_http``) and pydantic (through ``_encoding``) are imported on the first
# request, not at import: ``from mistralai.client import Mistral`` stays cheap.
if TYPE_CHECKING:
    import httpx

    from mistralai.core._operation import Operation, StreamOperation
    from mistralai.core.plugins import Middleware
    from mistralai.core.provider import Provider

R = TypeVar("R")
E = TypeVar("E")

_REDACTED = "[redacted]"
_SECRET_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "proxy-authorization"})


class BaseClient:
    """Holds the transport, provider, retry policy and logger; resources call into it."""

    _provider: Provider
    _retry: RetryConfig
    _timeout_s: float | None
    _logger: logging.Logger
    _middleware: list[Middleware]

    def __init__(
        self,
        *,
        provider: Provider,
        client: httpx.Client | None,
        async_client: httpx.AsyncClient | None,
        retry_config: RetryConfig | Unset | None,
        timeout_ms: int | None,
        logger: logging.Logger,
        middleware: list[Middleware],
    ) -> None:
        self._provider = provider
        self._http_client = client
        self._http_async_client = async_client
        self._owns_client = client is None
        self._owns_async_client = async_client is None
        self._retry = _retry_policy(retry_config)
        self._timeout_s = timeout_ms / 1000 if timeout_ms is not None else None
        self._logger = logger
        self._middleware = middleware
        self._headers = {"user-agent": "mistralai-modular-python/0.1.0"}

    # -- transport (created on first use) --------------------------------------------------
    def _sync_client(self) -> httpx.Client:
        client = self._http_client
        if client is None:
            from mistralai.core import _http

            client = self._http_client = _http.new_client(self._timeout_s)
        return client

    def _async_client(self) -> httpx.AsyncClient:
        client = self._http_async_client
        if client is None:
            from mistralai.core import _http

            client = self._http_async_client = _http.new_async_client(self._timeout_s)
        return client

    def close(self) -> None:
        """Close the transports this client created (never one the caller passed in)."""
        if self._owns_client and self._http_client is not None:
            self._http_client.close()
            self._http_client = None

    async def aclose(self) -> None:
        self.close()
        if self._owns_async_client and self._http_async_client is not None:
            await self._http_async_client.aclose()
            self._http_async_client = None

    # -- building --------------------------------------------------------------------------
    def _prepare(self, op: Operation[Any], args: CallArgs, stream: bool) -> PreparedRequest:
        from mistralai.core import _encoding

        provider = self._provider
        if not provider.supports(op):
            raise UnsupportedOperationError(provider.name, op.operation_id)
        path = args.get("path")
        url_path = _encoding.path_params(op, path) if path else op.path
        server_url = args.get("server_url")
        base = server_url.rstrip("/") if server_url else provider.base_url
        request_headers = dict(self._headers)
        request_headers["accept"] = op.accept
        headers = args.get("headers")
        if headers:
            request_headers.update(_encoding.header_params(headers))
        content: bytes | None = None
        body_values: Mapping[str, Any] | None = None
        files: list[tuple[str, Any]] | None = None
        data: dict[str, Any] | None = None
        kind = op.body_kind
        body: Any = args.get("body", UNSET)
        if kind == "json" and body is not UNSET:
            content, body_values = _encoding.json_body(op, body)
            request_headers["content-type"] = "application/json"
        elif kind == "multipart":
            files = _encoding.multipart_body(op, body or {})
        elif kind == "form":
            data = _encoding.form_body(op, body or {})
        elif kind == "binary" and body is not UNSET:
            if not isinstance(body, bytes | bytearray):
                raise RequestValidationError(f"{op.operation_id}: the body must be bytes")
            content = bytes(body)
            request_headers["content-type"] = "application/octet-stream"
        http_headers = args.get("http_headers")
        if http_headers:
            request_headers.update(http_headers)
        query = args.get("query")
        timeout_ms = args.get("timeout_ms")
        prepared = PreparedRequest(
            op,
            base + url_path,
            params=_encoding.query_params(op, query) if query else None,
            headers=request_headers,
            body=body_values,
            content=content,
            files=files,
            data=data,
            timeout_s=timeout_ms / 1000 if timeout_ms is not None else self._timeout_s,
            stream=stream,
        )
        provider.prepare(prepared)
        return prepared

    def _build(self, client: Any, prepared: PreparedRequest) -> httpx.Request:
        from mistralai.core import _http

        return _http.build_request(
            client,
            prepared.method,
            prepared.url,
            params=prepared.params,
            headers=prepared.headers,
            content=prepared.content,
            files=prepared.files,
            data=prepared.data,
            timeout_s=prepared.timeout_s,
        )

    def _before_send(self, request: httpx.Request, auth_headers: Mapping[str, str]) -> None:
        # Runs before every attempt on the same request object: middleware must set headers,
        # not append to them.
        request.headers.update(auth_headers)
        for middleware in self._middleware:
            middleware.before_send(request)
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "request %s %s headers=%s", request.method, request.url, redact(request.headers)
            )

    def _after_response(self, response: httpx.Response, started: float) -> None:
        for middleware in self._middleware:
            middleware.after_response(response)
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "response %s %s -> %d in %.1f ms (request id %s)",
                response.request.method,
                response.request.url,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                _request_id(response.headers),
            )

    def _retry_state(self, args: CallArgs) -> RetryState:
        retries = args.get("retries", UNSET)
        config = self._retry if retries is UNSET else _retry_policy(retries)
        return RetryState(config)

    # -- sync ------------------------------------------------------------------------------
    def _send(self, op: Operation[Any], args: CallArgs, stream: bool) -> httpx.Response:
        from mistralai.core import _http

        prepared = self._prepare(op, args, stream)
        client = self._sync_client()
        request = self._build(client, prepared)
        state = self._retry_state(args)
        auth = self._provider.httpx_auth()
        while True:
            self._before_send(request, self._provider.auth_headers())
            started = time.perf_counter()
            try:
                response = _http.send(client, request, stream=stream, auth=auth)
            except APIConnectionError as exc:
                delay = state.next_delay(None) if state.retries_connections else None
                if delay is None:
                    raise
                self._logger.debug("retrying after %s in %.2fs", type(exc).__name__, delay)
                time.sleep(delay)
                continue
            self._after_response(response, started)
            status = response.status_code
            if status < 400:
                return response
            if status in RETRYABLE_STATUS:
                delay = state.next_delay(retry_after_seconds(response.headers))
                if delay is not None:
                    response.close()
                    self._logger.debug("retrying after status %d in %.2fs", status, delay)
                    time.sleep(delay)
                    continue
            raise status_error(response, _http.read(response))

    def request(self, op: Operation[R], **args: Unpack[CallArgs]) -> R:
        """Send ``op`` and parse its answer (see :class:`CallArgs` for the arguments)."""
        response = self._send(op, args, False)
        return parse_response(op, response.status_code, response.content, response)

    def stream(self, op: StreamOperation[E], **args: Unpack[CallArgs]) -> EventStream[E]:
        """Send ``op`` and return its server-sent events as they arrive."""
        from mistralai.core import _http

        response = self._send(op, args, True)
        return EventStream(_http.iter_chunks(response), decoder_for(op), response.close)

    def stream_bytes(self, op: Operation[Any], **args: Unpack[CallArgs]) -> ByteStream:
        """The response body of ``op`` as it arrives (downloads), never held whole in memory."""
        from mistralai.core import _http

        response = self._send(op, args, True)
        return ByteStream(_http.iter_chunks(response), dict(response.headers), response.close)

    # -- async -----------------------------------------------------------------------------
    async def _send_async(self, op: Operation[Any], args: CallArgs, stream: bool) -> httpx.Response:
        import asyncio

        from mistralai.core import _http

        prepared = self._prepare(op, args, stream)
        client = self._async_client()
        request = self._build(client, prepared)
        state = self._retry_state(args)
        auth = self._provider.httpx_auth()
        while True:
            self._before_send(request, await self._provider.auth_headers_async())
            started = time.perf_counter()
            try:
                response = await _http.send_async(client, request, stream=stream, auth=auth)
            except APIConnectionError as exc:
                delay = state.next_delay(None) if state.retries_connections else None
                if delay is None:
                    raise
                self._logger.debug("retrying after %s in %.2fs", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                continue
            self._after_response(response, started)
            status = response.status_code
            if status < 400:
                return response
            if status in RETRYABLE_STATUS:
                delay = state.next_delay(retry_after_seconds(response.headers))
                if delay is not None:
                    await response.aclose()
                    self._logger.debug("retrying after status %d in %.2fs", status, delay)
                    await asyncio.sleep(delay)
                    continue
            raise status_error(response, await _http.read_async(response))

    async def request_async(self, op: Operation[R], **args: Unpack[CallArgs]) -> R:
        response = await self._send_async(op, args, False)
        return parse_response(op, response.status_code, response.content, response)

    async def stream_async(
        self, op: StreamOperation[E], **args: Unpack[CallArgs]
    ) -> EventStreamAsync[E]:
        from mistralai.core import _http

        response = await self._send_async(op, args, True)
        return EventStreamAsync(_http.aiter_chunks(response), decoder_for(op), response.aclose)

    async def stream_bytes_async(
        self, op: Operation[Any], **args: Unpack[CallArgs]
    ) -> ByteStreamAsync:
        from mistralai.core import _http

        response = await self._send_async(op, args, True)
        return ByteStreamAsync(
            _http.aiter_chunks(response), dict(response.headers), response.aclose
        )


class CallArgs(TypedDict, total=False):
    """What a generated method passes along with its operation (all optional).

    ``path``, ``query`` and ``headers`` map wire names to values; ``body`` maps wire field names
    to values (or is the whole body); the rest are the per-call options every method takes.
    """

    path: Mapping[str, Any] | None
    query: Mapping[str, Any] | None
    headers: Mapping[str, Any] | None
    body: Any
    retries: RetryConfig | Unset | None
    server_url: str | None
    timeout_ms: int | None
    http_headers: Mapping[str, str] | None


def _retry_policy(config: RetryConfig | Unset | None) -> RetryConfig:
    if config is UNSET:
        return DEFAULT_RETRY
    if config is None:
        return NO_RETRY
    if not isinstance(config, RetryConfig):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ConfigurationError(f"retries must be a RetryConfig or None, not {config!r}")
    return config


def _request_id(headers: Mapping[str, str]) -> str | None:
    return headers.get("x-request-id") or headers.get("mistral-correlation-id")


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers safe to log: credentials replaced."""
    return {k: (_REDACTED if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}


def status_error(response: httpx.Response, content: bytes) -> APIStatusError:
    body = content.decode("utf-8", "replace")
    status = response.status_code
    cls = status_error_class(status)
    reason = response.reason_phrase or "error"
    detail = _short(body)
    message = f"API error {status} {reason}" + (f": {detail}" if detail else "")
    return cls(
        message,
        status_code=status,
        headers=dict(response.headers),
        body=body,
        request_id=_request_id(response.headers),
    )


def _short(body: str, limit: int = 500) -> str:
    body = body.strip()
    return body if len(body) <= limit else body[:limit] + "..."


def parse_response(op: Operation[R], status: int, content: bytes, response: Any) -> R:
    rtype = op.response
    if rtype is None or (not content and status == 204):
        return None  # pyright: ignore[reportReturnType]
    if rtype is bytes:
        return content  # pyright: ignore[reportReturnType]
    if rtype is str:
        return content.decode(response.encoding or "utf-8")  # pyright: ignore[reportReturnType]
    try:
        return op.response_adapter.validate_json(content)
    except ValueError as exc:
        raise ResponseValidationError(
            f"the answer to {op.operation_id} could not be read: {exc}",
            body=content.decode("utf-8", "replace"),
            status_code=status,
        ) from exc
