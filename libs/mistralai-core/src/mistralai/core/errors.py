"""The one error hierarchy of the SDK.

Everything a call can raise derives from :class:`MistralError`; no httpx, pydantic or
google-auth exception reaches the caller (the original is kept as ``__cause__``).
Status errors subclass the 2.x names (``SDKError``, ``HTTPValidationError``) so existing
``except`` clauses keep working.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx


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

    @classmethod
    def from_pydantic(
        cls, exc: Any, what: str, *, root: str = "body", **extra: Any
    ) -> RequestValidationError:
        """The error for a pydantic ``ValidationError`` ``exc``: ``"<what>: loc: msg; ..."``
        (the first five, then how many more; ``root`` names an error at the top), with every
        error in :attr:`errors` (``extra`` added to each, e.g. a batch request's ``index``)."""
        errors: list[dict[str, Any]] = [
            {**dict(e), **extra} for e in exc.errors(include_url=False, include_input=False)
        ]
        parts = [f"{'.'.join(str(p) for p in e['loc']) or root}: {e['msg']}" for e in errors[:5]]
        more = len(errors) - len(parts)
        summary = "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")
        return cls(f"{what}: {summary}", errors=errors)


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


class MissingModelError(MistralError, ImportError):
    """``from mistralai.client.models import X`` where ``X`` belongs to a domain package that
    is not installed. An ``ImportError`` (not an ``AttributeError``, which ``from ... import``
    would turn into a bare "cannot import name") naming the package to install."""

    def __init__(self, name: str, distribution: str) -> None:
        super().__init__(
            f"cannot import {name!r}: it belongs to {distribution}, which is not installed; "
            f"install it with: pip install {distribution}"
        )
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
        self.data: Any = None if self.body_truncated else _attrs(_parse_json(body))
        if type(self) in _STATUS_CLASSES and _is_observability_error(status_code, self.data):
            # 2.x raised ObservabilityError for these answers of the observability API; keep
            # the status class too (``except NotFoundError`` still catches it).
            self.__class__ = _observability_class(type(self))  # pyright: ignore[reportAttributeAccessIssue]

    def __str__(self) -> str:
        rid = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.message}{rid}"

    @property
    def raw_response(self) -> httpx.Response:
        """2.x's ``raw_response``: the answer as an ``httpx.Response`` (status, headers and the
        kept ``body``; rebuilt from them, as the connection is closed by now)."""
        return _response(self.status_code, self.headers, self.body)


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


class ObservabilityError(APIStatusError):
    """2.x name of an error answer of the observability API (400, 404, 408, 409, 422 with a
    body ``{"detail": {"message": ..., "error_code": ...}}``): ``e.data.detail.message``.
    Raised as a subclass of both this and the status class (``NotFoundError``...)."""


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

    @property
    def raw_response(self) -> httpx.Response:
        """2.x's ``raw_response``, rebuilt from the status and the kept ``body``."""
        return _response(self.status_code, {}, self.body)


class ErrorData(dict[str, Any]):
    """The parsed JSON body of an error answer: a ``dict`` (``e.data["detail"]``) whose keys
    also read as attributes, nested ones too (``e.data.detail[0].msg``), as 2.x's typed error
    data did (``HTTPValidationError.data.detail``). A missing ``detail`` reads as ``None``."""

    def __getattr__(self, name: str) -> Any:
        if name in self:
            return self[name]
        if name == "detail":
            return None
        raise AttributeError(f"the error body has no field {name!r}")


def _attrs(value: Any) -> Any:
    if isinstance(value, dict):
        return ErrorData({str(k): _attrs(v) for k, v in value.items()})  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
    if isinstance(value, list):
        return [_attrs(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
    return value


def _response(status_code: int, headers: Mapping[str, str], body: str) -> httpx.Response:
    import httpx

    return httpx.Response(status_code, headers=dict(headers), content=body.encode("utf-8"))


_OBSERVABILITY_STATUSES = frozenset({400, 404, 408, 409, 422})
_OBSERVABILITY_CLASSES: dict[type[APIStatusError], type[APIStatusError]] = {}


def _is_observability_error(status: int, data: Any) -> bool:
    detail: object = cast("dict[str, Any]", data).get("detail") if isinstance(data, dict) else None
    return (
        status in _OBSERVABILITY_STATUSES
        and isinstance(detail, dict)
        and isinstance(detail.get("message"), str)  # pyright: ignore[reportUnknownMemberType]
        and "error_code" in detail
    )


def _observability_class(cls: type[APIStatusError]) -> type[APIStatusError]:
    return _OBSERVABILITY_CLASSES.get(cls, ObservabilityError)


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

_STATUS_CLASSES = frozenset(
    {
        APIStatusError,
        BadRequestError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        HTTPValidationError,
    }
)
for _cls in sorted(_STATUS_CLASSES, key=lambda c: c.__name__):
    # module attributes, so that these errors pickle like the others
    _name = "Observability" + _cls.__name__.removesuffix("Error") + "Error"
    if _cls is APIStatusError:
        _OBSERVABILITY_CLASSES[_cls] = ObservabilityError
        continue
    _OBSERVABILITY_CLASSES[_cls] = globals()[_name] = type(
        _name, (_cls, ObservabilityError), {"__module__": __name__, "__doc__": _cls.__doc__}
    )

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorData",
    "EventTooLargeError",
    "HTTPValidationError",
    "InternalServerError",
    "MissingDomainError",
    "MissingModelError",
    "MistralError",
    "NoCredentialsError",
    "NoResponseError",
    "NotFoundError",
    "ObservabilityError",
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
