"""The tracing middleware: one span per attempt, ended when the response body is closed.

Core calls ``before_send(request)`` before every attempt, ``after_response(response)`` once
the headers are in, before the body is read, and ``on_error(request, exc)`` when an attempt
gets no response (``mistralai.core.plugins.Middleware``). The operation id of the call is in
``request.extensions`` (``mistralai.core.plugins.OPERATION_ID``). The body,
plain or streamed, is observed by wrapping ``response.stream`` (httpx's public byte-stream
interface): the span is enriched and ended when the SDK (or the user leaving a stream) closes
the response, so streamed calls are timed to their last event and get their token usage.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import threading
import weakref
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx
from opentelemetry import propagate, trace
from opentelemetry.baggage import get_baggage
from opentelemetry.trace import Span, Status, StatusCode, Tracer, TracerProvider

from mistralai.core.plugins import OPERATION_ID
from mistralai.telemetry import _genai
from mistralai.telemetry._genai import Attr, GenAIOperation
from mistralai.telemetry._streaming import accumulate_dicts, parse_sse_json

logger = logging.getLogger("mistralai.telemetry")

OTEL_SERVICE_NAME = "mistralai_sdk"
TRACER_NAME = OTEL_SERVICE_NAME + "_tracer"
CAPTURE_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
"""The GenAI conventions' switch for recording prompts and answers (``true`` to enable)."""
MAX_BODY_BYTES = 8 * 1024 * 1024
"""Bodies larger than this are not kept for span attributes (the span still ends)."""

_SPAN_KEY = "mistralai.telemetry.span"
_WORKFLOW_EXECUTE = re.compile(r"/v1/workflows/(registrations/)?[^/]+/execute$")


def capture_content_from_env() -> bool:
    return os.environ.get(CAPTURE_CONTENT_ENV, "").strip().lower() in ("1", "true", "yes")


class TelemetryState:
    """Per-client telemetry settings (what ``configure_telemetry`` changes)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.provider: TracerProvider | None = None
        """A provider given by the user or created by us (then also in ``owned``)."""
        self.owned: Any = None
        self.finalizer: weakref.finalize[Any, Any] | None = None
        self.use_global = False
        self.resolved = False
        """Whether the environment (MISTRAL_SDK_TELEMETRY) was read; it is read once."""
        self.capture_content: bool | None = None
        """``None``: follow :data:`CAPTURE_CONTENT_ENV`."""

    def content(self) -> bool:
        if self.capture_content is not None:
            return self.capture_content
        return capture_content_from_env()


class _SpanRecord:
    """What the middleware keeps for one attempt."""

    __slots__ = ("content", "ended", "op", "span", "tracer")

    def __init__(
        self, span: Span, tracer: Tracer, op: GenAIOperation | None, content: bool
    ) -> None:
        self.span = span
        self.tracer = tracer
        self.op = op
        self.content = content
        self.ended = False

    def end(self) -> None:
        if not self.ended:
            self.ended = True
            try:
                self.span.end()
            except Exception:  # tracing must never break a call
                logger.debug("ending a span failed", exc_info=True)


def _end_failed(record: _SpanRecord, exc: BaseException | None) -> None:
    # The attempt got no response (connection error or timeout): its span ends now, failed.
    if not record.ended:
        message = "no response (connection failed)"
        if exc is not None:
            message = f"no response ({type(exc).__name__})"
            record.span.record_exception(exc)
        record.span.set_status(Status(StatusCode.ERROR, message))
        record.span.set_attribute(Attr.ERROR_TYPE, "connection_error")
        record.end()


class TelemetryMiddleware:
    """Traces every call of the client it is installed on (created by the plugin hook)."""

    def __init__(self) -> None:
        self.state = TelemetryState()

    # -- which tracer ----------------------------------------------------------------------
    def tracer(self, request: httpx.Request | None = None) -> Tracer | None:
        state = self.state
        provider = state.provider
        if provider is not None:
            return provider.get_tracer(TRACER_NAME)
        if state.use_global:
            return trace.get_tracer(TRACER_NAME)
        if not state.resolved:
            from mistralai.telemetry import _configure

            authorization = request.headers.get("authorization") if request is not None else None
            _configure.configure_from_env(self, authorization)
            if state.provider is not None or state.use_global:
                return self.tracer(request)
        return None

    # -- Middleware protocol ---------------------------------------------------------------
    def before_send(self, request: httpx.Request) -> None:
        try:
            previous = cast(_SpanRecord | None, request.extensions.get(_SPAN_KEY))
            if previous is not None and not previous.ended:
                # The previous attempt got no response (it is being retried).
                previous.span.set_status(Status(StatusCode.ERROR, "attempt failed, retried"))
                previous.end()
            tracer = self.tracer(request)
            if tracer is not None:
                self._start(tracer, request)
        except Exception:  # tracing must never break a call
            logger.debug("starting a span failed", exc_info=True)
        if request.method == "POST" and _WORKFLOW_EXECUTE.search(request.url.path):
            _workflow_traceparent(request)

    def on_error(self, request: httpx.Request, exc: BaseException) -> None:
        record = cast(_SpanRecord | None, request.extensions.get(_SPAN_KEY))
        if record is not None:
            _end_failed(record, exc)

    def after_response(self, response: httpx.Response) -> None:
        record = cast(_SpanRecord | None, response.request.extensions.get(_SPAN_KEY))
        if record is None or record.ended:
            return
        try:
            record.span.set_attribute(Attr.HTTP_STATUS, response.status_code)
            stream = response.stream
            response.stream = _ObservedStream(stream, record, response)
        except Exception:
            logger.debug("observing a response failed", exc_info=True)
            record.end()

    # -- spans -----------------------------------------------------------------------------
    def _start(self, tracer: Tracer, request: httpx.Request) -> None:
        # By URL (Mistral's paths), else by the call's operation id (a provider such as Azure
        # rewrites the URL): core puts it in the request's extensions.
        op = _genai.operation_for(request.method, request.url.path)
        operation_id = request.extensions.get(OPERATION_ID)
        if op is None and isinstance(operation_id, str) and operation_id:
            op = _genai.operation_for_id(operation_id)
        span = tracer.start_span(request.method if op is None else op.value)
        if not span.is_recording():
            span.end()
            propagate.inject(request.headers)
            return
        record = _SpanRecord(span, tracer, op, self.state.content())
        request.extensions[_SPAN_KEY] = record
        # Core calls on_error for an attempt without a response; this catches the rest (a
        # cancelled task): the span ends, failed, when the request is dropped.
        weakref.finalize(request, _end_failed, record, None)
        url = request.url
        port = url.port or {"https": 443, "http": 80}.get(url.scheme)
        # Mistral's own trace backend keys on this marker (2.x sets it on every span).
        span.set_attribute(Attr.TRACE_PUBLIC, "")
        full = str(url.copy_with(query=None))  # no query string: it may hold credentials
        _genai.set_available(
            span,
            {
                Attr.HTTP_METHOD: request.method,
                Attr.URL_FULL: full,
                Attr.HTTP_URL: full,
                Attr.SERVER_ADDRESS: url.host,
                Attr.SERVER_PORT: port,
            },
        )
        conversation = get_baggage(Attr.CONVERSATION_ID)
        if conversation:
            span.set_attribute(Attr.CONVERSATION_ID, str(conversation))
        # The server continues the trace from this span.
        propagate.inject(request.headers, context=trace.set_span_in_context(span))
        if op is not None:
            body = _json_body(request)
            if body is not None:
                _genai.enrich_request(span, op, body, record.content)
            else:
                _genai.set_available(
                    span, {Attr.OPERATION: op.value, Attr.PROVIDER: _genai.PROVIDER_NAME}
                )


def _json_body(request: httpx.Request) -> dict[str, Any] | None:
    if "json" not in request.headers.get("content-type", ""):
        return None
    try:
        value = json.loads(request.content)
    except (httpx.RequestNotRead, ValueError):
        return None
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _workflow_traceparent(request: httpx.Request) -> None:
    """A sampled ``traceparent`` on workflow executions (as 2.x sends), so that the workers'
    traces are recorded: the current trace's if it is sampled, a new one otherwise. A
    ``traceparent`` already there (the user's, or the span's just injected) is kept when it is
    sampled."""
    if _sampled(request.headers.get("traceparent", "")):
        return
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    value = carrier.get("traceparent", "")
    if not _sampled(value):
        value = f"00-{random.getrandbits(128):032x}-{random.getrandbits(64):016x}-01"
    request.headers["traceparent"] = value


def _sampled(traceparent: str) -> bool:
    # The sampled bit of the W3C trace flags (other bits, such as "random", may be set).
    flags = traceparent.rpartition("-")[2]
    try:
        return len(flags) == 2 and bool(int(flags, 16) & 1)
    except ValueError:
        return False


class _ObservedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The response body as core reads it, kept (up to :data:`MAX_BODY_BYTES`) for the span;
    closing it ends the span. Implements both byte-stream interfaces: the one the transport's
    stream has is the one core uses."""

    def __init__(self, inner: Any, record: _SpanRecord, response: httpx.Response) -> None:
        self._inner = inner
        self._record = record
        self._status = response.status_code
        self._headers = response.headers
        self._kept: list[bytes] | None = []
        self._size = 0

    def _keep(self, chunk: bytes) -> None:
        kept = self._kept
        if kept is not None:
            self._size += len(chunk)
            if self._size > MAX_BODY_BYTES:
                self._kept = None
            else:
                kept.append(chunk)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self._keep(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            self._keep(chunk)
            yield chunk

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._finish()

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._finish()

    def _finish(self) -> None:
        record = self._record
        if record.ended:
            return
        try:
            body = self._body()
            if self._status >= 400:
                _error(record.span, self._status, body)
            else:
                record.span.set_status(Status(StatusCode.OK))
                if record.op is not None and body:
                    data = _decode(body, self._headers.get("content-type", ""), record.op)
                    if data:
                        _genai.enrich_response(
                            record.tracer, record.span, record.op, data, record.content
                        )
        except Exception:
            logger.debug("enriching a span from its response failed", exc_info=True)
        finally:
            record.end()

    def _body(self) -> bytes | None:
        if self._kept is None:
            return None
        raw = b"".join(self._kept)
        encoding = self._headers.get("content-encoding", "").strip().lower()
        if encoding in ("gzip", "deflate"):
            wbits = 47 if encoding == "gzip" else 15 + 32
            return zlib.decompressobj(wbits).decompress(raw)
        if encoding not in ("", "identity"):
            return None  # an encoding we do not decode here: no body attributes
        return raw


def _decode(body: bytes, content_type: str, op: GenAIOperation) -> dict[str, Any] | None:
    if "event-stream" in content_type:
        events = parse_sse_json(body)
        if op is GenAIOperation.INVOKE_AGENT and any(
            str(e.get("type", "")).startswith("conversation.") for e in events
        ):
            return _genai.conversation_stream_to_response(events)
        return accumulate_dicts(events)
    value = json.loads(body)
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _error(span: Span, status: int, body: bytes | None) -> None:
    message = f"HTTP {status}"
    attributes: dict[str, Any] = {Attr.ERROR_TYPE: str(status)}
    if body:
        try:
            value = json.loads(body)
        except ValueError:
            value = None
        if isinstance(value, dict):
            data = cast(dict[str, Any], value)
            text = data.get("message") or data.get("detail")
            if isinstance(text, str) and text:
                message = text
            if isinstance(data.get("type"), str) and data["type"]:
                attributes[Attr.ERROR_TYPE] = data["type"]
            attributes[Attr.MISTRAL_ERROR_CODE] = data.get("code")
    span.set_status(Status(StatusCode.ERROR, message))
    span.add_event(
        "exception",
        {"exception.type": str(attributes[Attr.ERROR_TYPE]), "exception.message": message},
    )
    _genai.set_available(span, attributes)
