"""The request pipeline shared by every resource, sync and async.

build (arguments → wire values, validated) → per attempt: the provider's ``prepare_attempt``
hook (authentication, URL), middleware, send (a 401 retried once when the provider asks) →
map status to a typed error or retry → parse into the response model, or hand back a stream. Everything that can be prepared once lives on the ``Operation``.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

from mistralai.core import __version__, _options
from mistralai.core._prepared import OPERATION_ID, PreparedRequest
from mistralai.core._streaming import (
    ByteStream,
    ByteStreamAsync,
    DeferredCloses,
    EventStream,
    EventStreamAsync,
    decoder_for,
)
from mistralai.core._types import UNSET, Unset
from mistralai.core.errors import (
    MAX_ERROR_BODY,
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    RequestValidationError,
    ResponseValidationError,
    UnsupportedOperationError,
    status_error_class,
)
from mistralai.core.provider import run_attempt_hook, run_attempt_hook_async
from mistralai.core.retries import (
    DEFAULT_RETRY,
    NO_RETRY,
    NOT_PROCESSED_STATUS,
    RETRYABLE_STATUS,
    RetryConfig,
    RetryState,
    retry_after_seconds,
)

# httpx (through ``_http``) and pydantic (through ``_encoding``) are imported on the first
# request, not at import: ``from mistralai.client import Mistral`` stays cheap.
if TYPE_CHECKING:
    import httpx

    from mistralai.core import _http
    from mistralai.core._operation import Operation, StreamOperation
    from mistralai.core.plugins import Middleware
    from mistralai.core.provider import Provider

R = TypeVar("R")
E = TypeVar("E")

USER_AGENT = f"mistralai-modular-python/{__version__}"
"""Sent on every request; follows core's version (bumped by tools/release)."""

_TARGET = "mistralai.prepared_target"
"""``request.extensions`` key: the (URL, query) the request was built or last moved to."""
_REDACTED = "[redacted]"
_SECRET_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "proxy-authorization"})


class BaseClient:
    """Holds the transport, provider, retry policy and logger; resources call into it.

    Thread-safe: the SDK's own transports are created once (under a lock) however many
    threads make the first call. The SDK's own async transport is bound to the event loop it
    was created in; a call from another loop (a second ``asyncio.run()``) gets a new one.
    """

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
        max_event_bytes: int | None = None,
    ) -> None:
        self._provider = provider
        self._http_client = client
        self._http_async_client = async_client
        self._owns_client = client is None
        self._owns_async_client = async_client is None
        self._own_sync: list[httpx.Client] = []  # the SDK's own sync client, once created
        self._own_async: dict[Any, httpx.AsyncClient] = {}  # event loop -> the SDK's client
        self._lock = threading.Lock()
        # Dropped without close(): the transports this client created are closed as soon as it
        # is unreachable (no garbage collection needed, so no socket lingers). The callback
        # holds the two containers, never ``self``: no cycle keeps the client alive.
        self._finalizer = weakref.finalize(self, _release_dropped, self._own_sync, self._own_async)
        self._deferred = DeferredCloses()
        self._retry = _retry_policy(retry_config)
        self._timeout_s = _options.check_timeout_ms(timeout_ms, "", ConfigurationError)
        self._logger = logger
        self._middleware = middleware
        self._max_event_bytes = _options.check_max_event_bytes(max_event_bytes)
        self._headers = {"user-agent": USER_AGENT}

    @property
    def provider(self) -> Provider:
        """The provider this client sends through (read-only): its ``name``, ``base_url`` and
        ``auth_headers()`` for connections outside the HTTP pipeline (WebSockets)."""
        return self._provider

    @property
    def middleware(self) -> tuple[Middleware, ...]:
        """The middleware of this client, given by the plugins' ``mistralai_middleware`` hook
        when it was created (read-only: a plugin finds its own here)."""
        return tuple(self._middleware)

    def _twin(self) -> BaseClient:
        """A plain ``BaseClient`` sharing this one's settings and transports (the containers
        are shared, and no attribute is reassigned after ``__init__``: the SDK's own transports
        live in ``_own_sync``/``_own_async``), for resources to hold. The finalizer moves to
        the twin: the owner (``Mistral``) caches its resources, they hold the twin, so the
        twin becomes unreachable, without any cycle, once the owner and every resource and
        stream are gone; closing either closes the same transports."""
        self._finalizer.detach()
        twin = BaseClient.__new__(BaseClient)
        twin.__dict__.update(self.__dict__)
        twin._finalizer = self._finalizer = weakref.finalize(
            twin, _release_dropped, self._own_sync, self._own_async
        )
        return twin

    def _raw_twin(self) -> BaseClient:
        """A raw-mode twin (``with_raw_response``): the same settings and transports, whose
        ``request``/``stream`` (and async twins) answer a raw response. A separate class, so
        the normal client tests no flag and allocates nothing more per call. It holds this
        client (its finalizer owns the transports) and no finalizer of its own."""
        raw = _RawModeClient.__new__(_RawModeClient)
        raw.__dict__.update(self.__dict__)
        raw._parent = self  # pyright: ignore[reportPrivateUsage]
        return raw

    # -- transport (created on first use) --------------------------------------------------
    def _sync_client(self) -> httpx.Client:
        client = self._http_client  # the caller's own client, used as given
        if client is not None:
            return client
        own = self._own_sync
        if not own:
            with self._lock:
                if not own:
                    from mistralai.core import _http

                    own.append(_http.new_client(self._timeout_s))
        return own[0]

    def _async_client(self) -> httpx.AsyncClient:
        if not self._owns_async_client:
            assert self._http_async_client is not None
            return self._http_async_client
        import asyncio

        try:
            loop: Any = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        client = self._own_async.get(loop)
        if client is None:
            with self._lock:
                client = self._own_async.get(loop)
                if client is None:
                    from mistralai.core import _http

                    for other, stale in list(self._own_async.items()):
                        if other is not None and other.is_closed():  # a finished asyncio.run()
                            del self._own_async[other]
                            _http.abandon(stale)
                    client = self._own_async[loop] = _http.new_async_client(self._timeout_s)
        return client

    def close(self) -> None:
        """Close the transports this client created (never one the caller passed in)."""
        self._deferred.drain()
        owned: list[httpx.Client] = []
        with self._lock:
            if self._owns_client:
                owned = self._own_sync[:]
                self._own_sync.clear()
            stale = [
                (loop, c) for loop, c in self._own_async.items() if loop is None or loop.is_closed()
            ]
            for loop, _ in stale:
                del self._own_async[loop]
        for client in owned:
            client.close()
        if stale:
            from mistralai.core import _http

            for _, c in stale:
                _http.abandon(c)

    async def aclose(self) -> None:
        """Close the transports this client created, sync and async."""
        import asyncio

        self.close()
        if not self._owns_async_client:
            return
        current = asyncio.get_running_loop()
        with self._lock:
            clients = list(self._own_async.items())
            self._own_async.clear()
        from mistralai.core import _http

        for loop, client in clients:
            if loop is current:
                await client.aclose()
            else:
                _http.abandon(client)

    # -- building --------------------------------------------------------------------------
    def _prepare(
        self, op: Operation[Any], args: CallArgs, stream: bool, is_async: bool = False
    ) -> PreparedRequest:
        from mistralai.core import _encoding

        provider = self._provider
        if not provider.supports(op):
            raise UnsupportedOperationError(provider.name, op.operation_id)
        error = RequestValidationError
        http_headers = _options.check_http_headers(args.get("http_headers"), error)
        timeout_s = _options.check_timeout_ms(args.get("timeout_ms"), "", error)
        _options.check_retry_config(args.get("retries", UNSET), "retries ", error)
        path = args.get("path")
        path_params: dict[str, str] | None = None
        if path:
            _encoding.path_params(op, path)  # checks the values (required, no dot segments)
            path_params = {name: _encoding.scalar(value) for name, value in path.items()}
        server_url = args.get("server_url")
        if server_url is not None:
            base = _options.check_server_url(
                server_url, "", error, v1_paths=op.path.startswith("/v1/")
            )
        else:
            base = provider.base_url
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
        if http_headers:
            request_headers.update(http_headers)
        query = args.get("query")
        return PreparedRequest(
            op,
            base,
            path_params=path_params,
            query=_encoding.query_params(op, query) if query else None,
            headers=request_headers,
            body=body_values,
            content=content,
            files=files,
            data=data,
            timeout_s=timeout_s if timeout_s is not None else self._timeout_s,
            stream=stream,
            is_async=is_async,
            caller_headers=frozenset(k.lower() for k in http_headers)
            if http_headers
            else _NO_HEADERS,
        )

    def _build(self, client: Any, prepared: PreparedRequest) -> httpx.Request:
        from mistralai.core import _http

        request = _http.build_request(
            client,
            prepared.method,
            prepared.url,
            params=prepared.query or None,
            headers=prepared.headers,
            content=prepared.content,
            files=prepared.files,
            data=prepared.data,
            timeout_s=prepared.timeout_s,
        )
        request.extensions[OPERATION_ID] = prepared.op.operation_id
        return request

    def _attempt(
        self, client: Any, prepared: PreparedRequest, request: httpx.Request | None
    ) -> httpx.Request:
        """The request of one attempt, after the provider's hook ran: built on the first
        attempt, the same object updated on the next ones (middleware sets headers on it, and
        a multipart body is not rebuilt)."""
        # The credential is checked here (a callable or the environment gives it only now):
        # an illegal character fails before anything is sent.
        for name, value in prepared.credentials().items():
            if not _plain_credential(value):
                _options.check_auth_value(name, value)  # raises, saying what is wrong
        target = (prepared.url, tuple(prepared.query))
        if request is None:
            request = self._build(client, prepared)
        else:
            if request.extensions.get(_TARGET) != target:  # the hook moved it (rarely)
                import httpx

                request.url = httpx.URL(prepared.url, params=prepared.query or None)
            request.headers.update(prepared.headers)  # a refreshed credential
        request.extensions[_TARGET] = target
        return request

    def _before_send(self, request: httpx.Request, prepared: PreparedRequest) -> None:
        # Runs before every attempt on the same request object: middleware must set headers,
        # not append to them.
        for middleware in self._middleware:
            middleware.before_send(request)
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "request %s %s headers=%s",
                request.method,
                request.url,
                redact(request.headers, prepared.secret_headers),
            )

    def _on_error(self, request: httpx.Request | None, exc: BaseException) -> None:
        """Tell middleware that an attempt got no response (before it is retried or raised)."""
        if request is None:
            return
        for middleware in self._middleware:
            on_error = getattr(middleware, "on_error", None)
            if on_error is not None:
                on_error(request, exc)

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

    def _plan(self, op: Operation[Any], args: CallArgs, kind: str, is_async: bool = False) -> _Plan:
        """Check the options, build the request once, and work out its time limits."""
        prepared = self._prepare(op, args, kind != "request", is_async)
        per_call = _options.check_timeout_ms(args.get("timeout_ms"), "", RequestValidationError)
        effective = prepared.timeout_s
        files = kind == "bytes" or op.body_kind in ("multipart", "binary") or op.response is bytes
        if kind == "events":
            total = None  # a stream is bounded per event (idle), not as a whole
        elif files:
            total = per_call  # uploads/downloads: idle per chunk; a total only if asked for
        else:
            from mistralai.core import _http

            total = effective if effective is not None else _http.DEFAULT_TIMEOUT_S
        return _Plan(prepared, self._retry_state(args), total, effective)

    def _deadline(self, plan: _Plan) -> _http.Deadline:
        from mistralai.core import _http

        total = plan.total
        if plan.state.attempt > 0:  # a retry: the whole call stays within max_elapsed_time
            left = plan.state.remaining_s()
            if left is not None:
                total = left if total is None else min(total, left)
        return _http.Deadline(total)

    @staticmethod
    def _error_body_deadline(plan: _Plan) -> _http.Deadline:
        """The deadline for reading the body of a final error answer: the call's own timeout,
        not what is left of the retry budget (``max_elapsed_time``). The answer is final once
        its status is known; a budget running out while its small body is in flight must not
        turn a 503 into a timeout."""
        from mistralai.core import _http

        return _http.Deadline(plan.total)

    def _decide(
        self,
        op: Operation[Any],
        state: RetryState,
        status: int | None,
        exc: APIConnectionError | None,
        retry_after: float | None,
    ) -> tuple[float | None, bool]:
        """(delay before the next attempt or ``None``, whether the request may have been
        processed and was not retried for that reason)."""
        if exc is not None:
            if not state.retries_connections:
                return None, False
            if exc.request_sent and not op.retry_safe and not state.retries_unsafe:
                return None, True
            return state.next_delay(None), False
        assert status is not None
        if status not in RETRYABLE_STATUS:
            return None, False
        if status not in NOT_PROCESSED_STATUS and not op.retry_safe and not state.retries_unsafe:
            return None, True
        return state.next_delay(retry_after), False

    # -- one attempt, I/O-free: the decisions both loops below share ------------------------
    def _ready(
        self, client: Any, plan: _Plan, request: httpx.Request | None, timeouts: dict[str, Any]
    ) -> tuple[httpx.Request, _http.Deadline]:
        """The request of the next attempt, after the provider's hook ran (the caller runs it:
        sync or async): middleware applied, its deadline bounding its timeouts. ``timeouts``
        is filled with the client's own on the first attempt."""
        from mistralai.core import _http

        prepared = plan.prepared
        prepared.unauthorized = False  # it was for that run of the hook only
        first = request is None
        request = self._attempt(client, prepared, request)
        if first:
            timeouts.update(request.extensions.get("timeout") or {})
        self._before_send(request, prepared)
        deadline = self._deadline(plan)
        _http.bound_timeouts(request, timeouts, deadline.remaining())
        return request, deadline

    def _verdict(self, plan: _Plan, response: httpx.Response) -> tuple[str, float | None, bool]:
        """What an answer means: ``("again", ...)`` (re-authenticate, at once), ``("ok", ...)``,
        ``("retry", delay, ...)`` or ``("fail", None, may_have_been_processed)``."""
        status = response.status_code
        if _reauthenticate(plan.prepared, status):
            return "again", None, False
        if 200 <= status < 300:
            return "ok", None, False
        if status not in RETRYABLE_STATUS:
            return "fail", None, False
        delay, unsafe = self._decide(
            plan.prepared.op, plan.state, status, None, retry_after_seconds(response.headers)
        )
        if delay is None:
            return "fail", None, unsafe
        self._logger.debug("retrying after status %d in %.2fs", status, delay)
        return "retry", delay, False

    def _connection_retry(self, plan: _Plan, exc: APIConnectionError) -> float:
        """The delay before retrying after ``exc`` (no answer), or raise the error to give."""
        delay, unsafe = self._decide(plan.prepared.op, plan.state, None, exc, None)
        if delay is None:
            if unsafe:
                raise _maybe_processed(exc, plan.prepared.op) from exc.__cause__
            raise exc
        self._logger.debug("retrying after %s in %.2fs", type(exc).__name__, delay)
        return delay

    # -- sync ------------------------------------------------------------------------------
    def _send(self, op: Operation[Any], args: CallArgs, kind: str) -> tuple[httpx.Response, bytes]:
        """One call: attempts and retries. ``kind`` is ``request`` (the body is read, within
        the deadline), ``events`` or ``bytes`` (the response is handed back unread)."""
        from mistralai.core import _http

        self._deferred.drain()
        plan = self._plan(op, args, kind)
        client = self._sync_client()
        prepared = plan.prepared
        provider = self._provider
        auth = provider.httpx_auth()  # None but for providers of the former contract
        request: httpx.Request | None = None
        timeouts: dict[str, Any] = {}
        while True:
            if request is not None:
                prepared.attempt += 1
            run_attempt_hook(provider, prepared)
            request, deadline = self._ready(client, plan, request, timeouts)
            started = time.perf_counter()
            try:
                try:
                    response = _http.send(client, request, auth=auth)
                except APIConnectionError as exc:
                    self._on_error(request, exc)
                    raise
            except APIConnectionError as exc:
                time.sleep(self._connection_retry(plan, exc))
                continue
            self._after_response(response, started)
            verdict, delay, unsafe = self._verdict(plan, response)
            if verdict == "ok":
                if kind != "request":
                    # the body of a stream is bounded per event/chunk, not by the budget
                    _http.bound_timeouts(request, timeouts, None)
                    return response, b""
                try:
                    return response, _http.read(response, deadline)[0]
                except APIConnectionError as exc:
                    time.sleep(self._connection_retry(plan, exc))
                    continue
            if verdict == "fail":
                try:
                    content, size = _http.read(
                        response, self._error_body_deadline(plan), MAX_ERROR_BODY
                    )
                except APIConnectionError as exc:
                    time.sleep(self._connection_retry(plan, exc))
                    continue
                raise status_error(response, content, size, may_have_been_processed=unsafe)
            response.close()
            if delay is not None:
                time.sleep(delay)

    def request(self, op: Operation[R], **args: Unpack[CallArgs]) -> R:
        """Send ``op`` and parse its answer (see :class:`CallArgs` for the arguments)."""
        response, content = self._send(op, args, "request")
        return parse_response(op, response.status_code, content, response)

    def stream(self, op: StreamOperation[E], **args: Unpack[CallArgs]) -> EventStream[E]:
        """Send ``op`` and return its server-sent events as they arrive."""
        return self._open_stream(op, args)[1]

    def _open_stream(
        self, op: StreamOperation[E], args: CallArgs
    ) -> tuple[httpx.Response, EventStream[E]]:
        """The answer and its events, for the normal and the raw entry points alike (the raw
        one reads the headers before any event: the stream reads nothing until iterated)."""
        from mistralai.core import _http

        response, _ = self._send(op, args, "events")
        events = EventStream(
            _http.iter_chunks(response),
            decoder_for(op),
            _holding(response.close, self),
            idle_timeout_s=_idle(response),
            max_event_bytes=self._max_event_bytes,
            deferred=self._deferred,
        )
        return response, events

    def stream_bytes(self, op: Operation[Any], **args: Unpack[CallArgs]) -> ByteStream:
        """The response body of ``op`` as it arrives (downloads), never held whole in memory."""
        from mistralai.core import _http

        response, _ = self._send(op, args, "bytes")
        total = _options.check_timeout_ms(args.get("timeout_ms"), "", RequestValidationError)
        return ByteStream(
            _http.iter_chunks(response, _http.Deadline(total)),
            dict(response.headers),
            _holding(response.close, self),
            deferred=self._deferred,
        )

    # -- async -----------------------------------------------------------------------------
    async def _send_async(
        self, op: Operation[Any], args: CallArgs, kind: str
    ) -> tuple[httpx.Response, bytes]:
        import asyncio

        from mistralai.core import _http

        plan = self._plan(op, args, kind, is_async=True)
        client = self._async_client()
        owned = self._owns_async_client
        prepared = plan.prepared
        provider = self._provider
        auth = provider.httpx_auth()  # None but for providers of the former contract
        request: httpx.Request | None = None
        timeouts: dict[str, Any] = {}
        while True:
            if request is not None:
                prepared.attempt += 1
            await run_attempt_hook_async(provider, prepared)
            request, deadline = self._ready(client, plan, request, timeouts)
            started = time.perf_counter()
            failed = False
            try:
                # the deadline also bounds what httpx's own timeouts do not (a slow trickle)
                async with asyncio.timeout(deadline.remaining()):
                    try:
                        response = await _http.send_async(client, request, auth=auth, owned=owned)
                    except APIConnectionError as exc:
                        self._on_error(request, exc)
                        raise
                    self._after_response(response, started)
                    verdict, delay, unsafe = self._verdict(plan, response)
                    if verdict == "ok":
                        if kind != "request":
                            _http.bound_timeouts(request, timeouts, None)
                            return response, b""
                        return response, (await _http.read_async(response))[0]
                    failed = verdict == "fail"
                    if not failed:
                        await response.aclose()
                if failed:
                    deadline = self._error_body_deadline(plan)
                    async with asyncio.timeout(deadline.remaining()):
                        content, size = await _http.read_async(response, MAX_ERROR_BODY)
                    raise status_error(response, content, size, may_have_been_processed=unsafe)
            except TimeoutError:
                error = deadline.error(request)
                self._on_error(request, error)
                raise error from None
            except APIConnectionError as exc:
                await asyncio.sleep(self._connection_retry(plan, exc))
                continue
            if delay is not None:
                await asyncio.sleep(delay)

    async def request_async(self, op: Operation[R], **args: Unpack[CallArgs]) -> R:
        response, content = await self._send_async(op, args, "request")
        return parse_response(op, response.status_code, content, response)

    async def stream_async(
        self, op: StreamOperation[E], **args: Unpack[CallArgs]
    ) -> EventStreamAsync[E]:
        return (await self._open_stream_async(op, args))[1]

    async def _open_stream_async(
        self, op: StreamOperation[E], args: CallArgs
    ) -> tuple[httpx.Response, EventStreamAsync[E]]:
        from mistralai.core import _http

        response, _ = await self._send_async(op, args, "events")
        events = EventStreamAsync(
            _http.aiter_chunks(response),
            decoder_for(op),
            _holding(response.aclose, self),
            idle_timeout_s=_idle(response),
            max_event_bytes=self._max_event_bytes,
        )
        return response, events

    async def stream_bytes_async(
        self, op: Operation[Any], **args: Unpack[CallArgs]
    ) -> ByteStreamAsync:
        from mistralai.core import _http

        response, _ = await self._send_async(op, args, "bytes")
        total = _options.check_timeout_ms(args.get("timeout_ms"), "", RequestValidationError)
        return ByteStreamAsync(
            _http.aiter_chunks(response, _http.Deadline(total)),
            dict(response.headers),
            _holding(response.aclose, self),
        )


class _RawModeClient(BaseClient):
    """The client of ``with_raw_response`` resources: the same pipeline (``_send``: retries,
    deadlines, errors) answering :class:`~mistralai.core.raw.RawResponse` objects whose
    ``parse()`` does what the normal entry point does. ``stream_bytes`` is left as is: only
    hand-written helpers (``files.download_to``) use it, and they are not offered raw."""

    _parent: BaseClient

    def request(self, op: Operation[R], **args: Unpack[CallArgs]) -> R:
        from mistralai.core.raw import RawResponse

        response, content = self._send(op, args, "request")
        raw = RawResponse(
            response, functools.partial(parse_response, op, response.status_code, content, response)
        )
        return raw  # pyright: ignore[reportReturnType]  # the facade types it RawResponse[R]

    def stream(self, op: StreamOperation[E], **args: Unpack[CallArgs]) -> EventStream[E]:
        from mistralai.core.raw import RawResponse

        response, events = self._open_stream(op, args)
        return RawResponse(response, lambda: events, events.close)  # pyright: ignore[reportReturnType]

    async def request_async(self, op: Operation[R], **args: Unpack[CallArgs]) -> R:
        from mistralai.core.raw import AsyncRawResponse

        response, content = await self._send_async(op, args, "request")
        raw = AsyncRawResponse(
            response, functools.partial(parse_response, op, response.status_code, content, response)
        )
        return raw  # pyright: ignore[reportReturnType]

    async def stream_async(
        self, op: StreamOperation[E], **args: Unpack[CallArgs]
    ) -> EventStreamAsync[E]:
        from mistralai.core.raw import AsyncRawResponse

        response, events = await self._open_stream_async(op, args)
        return AsyncRawResponse(response, lambda: events, events.close)  # pyright: ignore[reportReturnType]

    def _raw_twin(self) -> BaseClient:
        return self


_NO_HEADERS: frozenset[str] = frozenset()


def _plain_credential(value: str) -> bool:
    """Whether ``_options.check_auth_value`` accepts ``value``, tested with string methods (C)
    rather than its loop over every character: the token after an optional scheme (``Bearer
    <key>``) is non-empty printable ASCII without spaces. Checked before every attempt."""
    scheme, sep, rest = value.partition(" ")
    token = rest if sep and scheme.isalpha() else value
    return bool(token) and token.isascii() and token.isprintable() and " " not in token


def _reauthenticate(prepared: PreparedRequest, status: int) -> bool:
    """Whether a 401 is retried once, the provider's hook replacing the rejected credential
    (it asked for it with ``retry_unauthorized``). Not counted as a retry of the policy."""
    if status == 401 and prepared.retry_unauthorized and not prepared.reauthenticated:
        prepared.reauthenticated = prepared.unauthorized = True
        return True
    return False


def _call(close: Callable[[], Any], client: BaseClient) -> Any:
    return close()


def _holding(close: Callable[[], R], client: BaseClient) -> Callable[[], R]:
    """``close``, holding ``client``: a stream keeps the client that opened it reachable, so
    ``Mistral(...).chat.stream(...)`` is not cut by the dropped client's finalizer."""
    return functools.partial(_call, close, client)


def _release_dropped(own_sync: list[httpx.Client], own_async: dict[Any, httpx.AsyncClient]) -> None:
    """The finalizer of a client dropped without ``close()``: closes what it created (a no-op
    after ``close()``/``aclose()``, which empty both containers). Async transports are closed on
    their own loop when it still runs, or their sockets directly when it is gone."""
    if not own_sync and not own_async:
        return
    from mistralai.core import _http

    for client in own_sync:
        _http.close_quietly(client)
    own_sync.clear()
    for loop, client in list(own_async.items()):
        _http.release_async(client, loop)
    own_async.clear()


class _Plan:
    __slots__ = ("effective", "prepared", "state", "total")

    def __init__(
        self,
        prepared: PreparedRequest,
        state: RetryState,
        total: float | None,
        effective: float | None,
    ) -> None:
        self.prepared = prepared
        self.state = state
        self.total = total  # the deadline of one attempt, connect to last byte (None: none)
        self.effective = effective


def _idle(response: httpx.Response) -> float | None:
    """The longest wait for the next stream event: the request's read timeout."""
    timeout: Mapping[str, Any] = response.request.extensions.get("timeout") or {}
    read: object = timeout.get("read")
    return float(read) if isinstance(read, int | float) else None


def _maybe_processed(exc: APIConnectionError, op: Operation[Any]) -> APIConnectionError:
    error = type(exc)(
        f"{exc.message} (the request may have been processed: {op.operation_id} is not "
        "retry-safe, so it was not retried; pass retries=RetryConfig(..., retry_unsafe=True) "
        "to retry it anyway)"
    )
    error.request_sent = True
    error.may_have_been_processed = True
    return error


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
    _options.check_retry_config(config, "retries ", ConfigurationError)
    assert isinstance(config, RetryConfig)
    return config


def _request_id(headers: Mapping[str, str]) -> str | None:
    return headers.get("x-request-id") or headers.get("mistral-correlation-id")


def redact(
    headers: Mapping[str, str], secrets: set[str] | frozenset[str] = frozenset()
) -> dict[str, str]:
    """Headers safe to log: credentials (standard names, and ``secrets``: the lower-cased
    names a provider set with ``set_credential``) replaced."""
    return {
        k: (_REDACTED if k.lower() in _SECRET_HEADERS or k.lower() in secrets else v)
        for k, v in headers.items()
    }


def status_error(
    response: httpx.Response,
    content: bytes,
    size: int | None = None,
    *,
    may_have_been_processed: bool = False,
) -> APIStatusError:
    """The typed error of an error (or redirect) answer. ``content`` is at most
    :data:`~mistralai.core.errors.MAX_ERROR_BODY` bytes of the body; ``size`` its full size."""
    body = content.decode("utf-8", "replace")
    status = response.status_code
    cls = status_error_class(status)
    reason = response.reason_phrase or "error"
    if 300 <= status < 400:
        location = response.headers.get("location")
        message = (
            f"API answered {status} {reason}: redirected to {location!r}; the SDK does not "
            "follow redirects (pass that address as server_url if you trust it)"
        )
    else:
        detail = _short(body)
        message = f"API error {status} {reason}" + (f": {detail}" if detail else "")
    if may_have_been_processed:
        message += (
            " (the request may have been processed: the operation is not retry-safe, so it "
            "was not retried)"
        )
    error = cls(
        message,
        status_code=status,
        headers=dict(response.headers),
        body=body,
        request_id=_request_id(response.headers),
        body_size=len(content) if size is None else size,
    )
    error.may_have_been_processed = may_have_been_processed
    return error


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
        return op.validate_response_json(content)
    except (ValueError, RecursionError) as exc:
        raise ResponseValidationError(
            f"the answer to {op.operation_id} could not be read: {exc}",
            body=content.decode("utf-8", "replace"),
            status_code=status,
        ) from exc
