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


class ConfigurationError(MistralError, ValueError):
    """The client was configured in a way that cannot work (missing URL, unknown provider...)."""


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
    """The API could not be reached, or the connection broke before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class StreamInterruptedError(APIConnectionError):
    """A stream ended before its terminating event; events received so far were delivered."""


# -- answers -------------------------------------------------------------------------------


class APIStatusError(SDKError):
    """The API answered with an error status.

    ``body`` is the raw text; ``data`` the parsed JSON when the body was JSON, else ``None``.
    """

    status_code: int
    headers: Mapping[str, str]
    body: str
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: str,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self.request_id = request_id
        self.data: Any = _parse_json(body)

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
        from mistralai.core.retries import retry_after_seconds

        return retry_after_seconds(self.headers)


class InternalServerError(APIStatusError):
    """5xx."""


class ResponseValidationError(MistralError):
    """A successful answer could not be read as the model the spec describes."""

    def __init__(self, message: str, *, body: str, status_code: int) -> None:
        super().__init__(message)
        self.body = body
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
    return _BY_STATUS.get(status, APIStatusError)


def _parse_json(body: str) -> Any:
    if body.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return json.loads(body)
    except ValueError:
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
    "RequestValidationError",
    "ResponseValidationError",
    "SDKError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
]
