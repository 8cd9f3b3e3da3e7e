"""2.x ``mistralai.extra.observability.otel``: the span helpers 2.x's hooks used, by operation
id. The client's own tracing goes through :mod:`mistralai.telemetry` (a middleware); these are
kept for code that called them directly (agent runs, custom hooks)."""

from __future__ import annotations

import json
import logging
from enum import Enum
from typing import Any, cast

import httpx
from opentelemetry import propagate, trace
from opentelemetry.trace import Span, Status, StatusCode, Tracer

from mistralai.telemetry import _genai, _middleware
from mistralai.telemetry._genai import Attr, parse_time_to_nanos
from mistralai.telemetry._middleware import (
    OTEL_SERVICE_NAME,
    TRACER_NAME,
    capture_content_from_env,
)

__all__ = [
    "MISTRAL_SDK_OTEL_TRACER_NAME",
    "OTEL_SERVICE_NAME",
    "GenAISpanEnum",
    "MistralAIAttributes",
    "MistralAINameValues",
    "TracedResponse",
    "TracingErrors",
    "end_span",
    "enrich_span_from_request",
    "get_or_create_otel_tracer",
    "get_response_and_error",
    "get_traced_request_and_span",
    "get_traced_response",
    "parse_time_to_nanos",
    "set_available_attributes",
]

logger = logging.getLogger("mistralai.telemetry")

MISTRAL_SDK_OTEL_TRACER_NAME = TRACER_NAME


class MistralAIAttributes:
    MISTRAL_AI_OCR_USAGE_PAGES_PROCESSED = Attr.OCR_PAGES
    MISTRAL_AI_OCR_USAGE_DOC_SIZE_BYTES = Attr.OCR_DOC_SIZE
    MISTRAL_AI_ERROR_CODE = Attr.MISTRAL_ERROR_CODE


class MistralAINameValues(Enum):
    OCR = "ocr"


class TracingErrors(Exception, Enum):
    """Messages logged when tracing fails (tracing never fails a call)."""

    FAILED_TO_CREATE_SPAN_FOR_REQUEST = "Failed to create span for request."
    FAILED_TO_ENRICH_SPAN_WITH_RESPONSE = "Failed to enrich span with response."
    FAILED_TO_HANDLE_ERROR_IN_SPAN = "Failed to handle error in span."
    FAILED_TO_END_SPAN = "Failed to end span."

    def __str__(self) -> str:
        return str(self.value)


class GenAISpanEnum(str, Enum):  # noqa: UP042 - 2.x's base classes, kept
    CONVERSATION = "conversation"
    VALIDATE_RUN = "validate_run"


def set_available_attributes(span: Span, attributes: dict[str, Any]) -> None:
    """Set the attributes that have a value."""
    _genai.set_available(span, attributes)


def end_span(span: Span) -> None:
    try:
        span.end()
    except Exception:
        logger.warning("%s", TracingErrors.FAILED_TO_END_SPAN, exc_info=True)


def get_or_create_otel_tracer(provider: trace.TracerProvider | None = None) -> tuple[bool, Tracer]:
    """(whether a real provider is configured, a tracer of ``provider`` or the global one)."""
    source = provider if provider is not None else trace.get_tracer_provider()
    enabled = not isinstance(source, trace.ProxyTracerProvider)
    return enabled, source.get_tracer(TRACER_NAME)


def enrich_span_from_request(span: Span, operation_id: str, request: httpx.Request) -> Span:
    url = request.url
    _genai.set_available(
        span,
        {
            Attr.HTTP_METHOD: request.method,
            Attr.URL_FULL: str(url),
            Attr.SERVER_ADDRESS: url.host,
            Attr.SERVER_PORT: url.port or {"https": 443, "http": 80}.get(url.scheme, -1),
        },
    )
    op = _genai.operation_for_id(operation_id) or _genai.operation_for(request.method, url.path)
    if op is None:
        return span
    body: dict[str, Any] = {}
    try:
        if request.content:
            value = json.loads(request.content)
            body = cast(dict[str, Any], value) if isinstance(value, dict) else {}
    except (httpx.RequestNotRead, ValueError):
        body = {}
    _genai.enrich_request(span, op, body, capture_content_from_env())
    return span


def get_traced_request_and_span(
    tracing_enabled: bool,
    tracer: Tracer,
    span: Span | None,
    operation_id: str,
    request: httpx.Request,
) -> tuple[httpx.Request, Span | None]:
    """Start a span for ``request`` (named by ``operation_id`` until the body names it) and
    inject its ``traceparent``."""
    if not tracing_enabled:
        return request, span
    try:
        span = tracer.start_span(operation_id)
        propagate.inject(request.headers, context=trace.set_span_in_context(span))
        span = enrich_span_from_request(span, operation_id, request)
    except Exception:
        logger.warning("%s", TracingErrors.FAILED_TO_CREATE_SPAN_FOR_REQUEST, exc_info=True)
        if span is not None:
            end_span(span)
        span = None
    return request, span


def _op(operation_id: str, response: httpx.Response) -> _genai.GenAIOperation | None:
    return _genai.operation_for_id(operation_id) or _genai.operation_for(
        response.request.method, response.request.url.path
    )


class TracedResponse(httpx.Response):
    """A streamed response whose span is enriched and ended when it is closed."""

    span: Span | None
    tracer: Tracer
    operation_id: str

    @classmethod
    def from_response(
        cls, resp: httpx.Response, span: Span | None, tracer: Tracer, operation_id: str = ""
    ) -> TracedResponse:
        traced = cls.__new__(cls)
        traced.__dict__.update(resp.__dict__)  # same connection, headers and stream
        traced.span = span
        traced.tracer = tracer
        traced.operation_id = operation_id
        if span is not None:
            record = _middleware._SpanRecord(  # pyright: ignore[reportPrivateUsage]
                span, tracer, _op(operation_id, resp), capture_content_from_env()
            )
            traced.stream = _middleware._ObservedStream(  # pyright: ignore[reportPrivateUsage]
                resp.stream, record, resp
            )
        return traced


def get_traced_response(
    tracing_enabled: bool,
    tracer: Tracer,
    span: Span | None,
    operation_id: str,
    response: httpx.Response,
) -> httpx.Response:
    """End ``span`` with what ``response`` says (a stream: when it is closed)."""
    if not tracing_enabled or span is None:
        return response
    try:
        span.set_status(Status(StatusCode.OK))
        span.set_attribute(Attr.HTTP_STATUS, response.status_code)
        if not response.is_closed and not response.is_stream_consumed:
            return TracedResponse.from_response(response, span, tracer, operation_id)
        op = _op(operation_id, response)
        if op is not None and response.content:
            value = json.loads(response.content)
            if isinstance(value, dict):
                _genai.enrich_response(
                    tracer, span, op, cast(dict[str, Any], value), capture_content_from_env()
                )
    except Exception:
        logger.warning("%s", TracingErrors.FAILED_TO_ENRICH_SPAN_WITH_RESPONSE, exc_info=True)
    end_span(span)
    return response


def get_response_and_error(
    tracing_enabled: bool,
    tracer: Tracer,
    span: Span | None,
    operation_id: str,
    response: httpx.Response,
    error: Exception | None,
) -> tuple[httpx.Response, Exception | None]:
    """End ``span`` as failed, with the API's error message, type and code."""
    if not tracing_enabled or span is None:
        return response, error
    try:
        if error is not None:
            span.record_exception(error)
            span.set_status(Status(StatusCode.ERROR, str(error)))
        span.set_attribute(Attr.HTTP_STATUS, response.status_code)
        body = response.content if response.is_stream_consumed or response.is_closed else None
        _middleware._error(span, response.status_code, body)  # pyright: ignore[reportPrivateUsage]
    except Exception:
        logger.warning("%s", TracingErrors.FAILED_TO_HANDLE_ERROR_IN_SPAN, exc_info=True)
    end_span(span)
    return response, error
