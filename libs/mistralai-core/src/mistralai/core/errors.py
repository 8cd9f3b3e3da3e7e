"""The one error hierarchy of the SDK.

Everything a call can raise derives from :class:`MistralError`; no httpx, pydantic or
google-auth exception reaches the caller (the original is kept as ``__cause__``).
Status errors subclass the 2.x names (``SDKError``, ``HTTPValidationError``) so existing
``except`` clauses keep working.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class MistralError(Exception):
    """Base of every error raised by the SDK."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # The default (``cls(*self.args)``) cannot rebuild subclasses whose constructor takes
        # more than the message: rebuild from the attributes instead (pickle, copy).
        return (_restore, (type(self), self.args), self.__dict__)


def _restore(cls: type[MistralError], args: tuple[Any, ...]) -> MistralError:
    return cls.__new__(cls, *args)


class SDKError(MistralError):
    """2.x name: an error answer from the API (see :class:`APIStatusError`) or a transport
    failure. Catching ``SDKError`` catches both, as it did in 2.x."""


# -- before anything is sent ---------------------------------------------------------------


class RequestValidationError(MistralError, ValueError, TypeError):
    """An argument has the wrong type or value; nothing was sent."""

    def __init__(self, message: str, *, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class ConfigurationError(MistralError, ValueError, TypeError):
    """The client was configured in a way that cannot work (missing URL, unknown provider, an
    option of the wrong type or out of range, an API key with illegal characters...). Nothing
    was sent. Never contains the API key."""


class MissingDomainError(MistralError, AttributeError):
    """A resource (``client.fine_tuning``) whose domain package is not installed."""

    def __init__(self, name: str, distribution: str | None) -> None:
        hint = (
            f"install it with: pip install {distribution}"
            if distribution
            else "no installed package provides it"
        )
        super().__init__(f"'{name}' is not available: {hint}")
        self.name = name
        self.distribution = distribution


class PluginError(MistralError):
    """A plugin could not be loaded, clashes with another, or needs a newer core."""


class UnsupportedOperationError(MistralError):
    """The selected provider does not serve this operation; nothing was sent."""

    def __init__(self, provider: str, operation: str) -> None:
        super().__init__(f"provider '{provider}' does not serve '{operation}'")
        self.provider = provider
        self.operation = operation


class NoCredentialsError(MistralError):
    """No API key (or provider credential) could be found; nothing was sent."""


# -- transport -----------------------------------------------------------------------------


class APIConnectionError(SDKError):
    """The API could not be reached, or the connection broke before an answer arrived.

    ``request_sent`` is false when the failure happened before the request left (connect
    failure, no free connection): such failures are retried for every operation.
    ``may_have_been_processed`` is true when the request may have reached the server and was
    not retried because the operation is not retry-safe.
    """

    request_sent: bool = True
    may_have_been_processed: bool = False


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, an attempt's deadline, or a stalled stream)."""


class StreamError(SDKError):
    """Base of the errors raised while reading a stream (events received so far were
    delivered)."""


class StreamInterruptedError(APIConnectionError, StreamError):
    """A stream ended before its terminating event; events received so far were delivered."""


class StreamTimeoutError(StreamInterruptedError, APITimeoutError):
    """No stream event arrived within the timeout (``timeout_ms``): both a stream error and an
    :class:`APITimeoutError`."""


class EventTooLargeError(StreamError):
    """A stream event exceeded ``max_event_bytes``; the stream was closed."""

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


# -- answers -------------------------------------------------------------------------------


MAX_ERROR_BODY = 64 * 1024
"""Bytes of an error body kept on an exception (``body``); ``body_size`` is the full size."""


class APIStatusError(SDKError):
    """The API answered with an error status.

    ``body`` is the raw text, at most :data:`MAX_ERROR_BODY` bytes of it (``body_size`` is the
    size of the whole body, ``body_truncated`` says whether it was cut); ``data`` the parsed
    JSON when the body was JSON (and not cut, nor nested too deep), else ``None``.
    ``may_have_been_processed`` is true for a 500/502/504 to an operation that is not
    retry-safe (so it was not retried).
    """

    status_code: int
    headers: Mapping[str, str]
    body: str
    request_id: str | None
    may_have_been_processed: bool = False

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: str,
        request_id: str | None = None,
        body_size: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers = headers
        self.body_size = len(body.encode("utf-8", "replace")) if body_size is None else body_size
        if len(body) > MAX_ERROR_BODY:
            body = body[:MAX_ERROR_BODY]
        self.body = body
        self.body_truncated = self.body_size > len(body.encode("utf-8", "replace"))
        self.request_id = request_id
        self.data: Any = None if self.body_truncated else _parse_json(body)

    def __str__(self) -> str:
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.message}{rid}"


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class HTTPValidationError(APIStatusError):
    """2.x name of a 422 answer (the request did not validate); ``data["detail"]`` lists why."""


class UnprocessableEntityError(HTTPValidationError):
    """422: the API rejected the request's content."""


class RateLimitError(APIStatusError):
    """429; ``retry_after`` is the server's hint in seconds, when it gave one."""

    @property
    def retry_after(self) -> float | None:
        from mistralai.core.retries import retry_after_hint

        return retry_after_hint(self.headers)


class InternalServerError(APIStatusError):
    """5xx."""


class RedirectError(APIStatusError):
    """3xx: the SDK never follows redirects (a redirect could carry the API key elsewhere).
    ``location`` is where the server pointed to; use that URL as ``server_url`` if you trust
    it."""

    @property
    def location(self) -> str | None:
        return self.headers.get("location") or self.headers.get("Location")


class ResponseValidationError(MistralError):
    """A successful answer could not be read as the model the spec describes (also: a body
    that is not JSON, or nested too deep). ``body`` holds at most :data:`MAX_ERROR_BODY`
    characters; ``body_size`` the full size."""

    def __init__(self, message: str, *, body: str, status_code: int) -> None:
        super().__init__(message)
        self.body_size = len(body)
        self.body = body[:MAX_ERROR_BODY]
        self.status_code = status_code


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    if 300 <= status < 400:
        return RedirectError
    return _BY_STATUS.get(status, APIStatusError)


def _parse_json(body: str) -> Any:
    if body.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to parse safely
        return None


NoResponseError = APIConnectionError
"""2.x name of a transport failure."""

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EventTooLargeError",
    "HTTPValidationError",
    "InternalServerError",
    "MissingDomainError",
    "MistralError",
    "NoCredentialsError",
    "NoResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "PluginError",
    "RateLimitError",
    "RedirectError",
    "RequestValidationError",
    "ResponseValidationError",
    "SDKError",
    "StreamError",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
]
