"""Raw responses: ``client.<resource>.with_raw_response.<method>(...)``.

The method is the same one (same arguments, same request, retries and errors); instead of the
parsed result it answers a :class:`RawResponse` (async methods an :class:`AsyncRawResponse`)
giving the status, the headers (rate limits, request id) and the ``httpx.Response``, and
``parse()``: the method's normal result, built on first call and then cached.

How it works, and why it costs nothing on the normal path: each resource's
``with_raw_response`` is a small facade (``ChatWithRawResponse``...) over the *same* resource
class bound to a raw-mode twin of the client, whose ``request``/``stream`` answer a raw response
instead of the parsed value. The method bodies are not duplicated, and the normal client is
untouched: no flag is tested and nothing is allocated per normal call.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

if TYPE_CHECKING:
    import httpx

    from mistralai.core._resource import Resource

__all__ = [
    "AsyncRawResponse",
    "RateLimits",
    "RawResource",
    "RawResponse",
    "raw_method",
    "request_id",
    "then",
]

T = TypeVar("T")
U = TypeVar("U")
P = ParamSpec("P")
R = TypeVar("R")

_MISSING: Any = object()


def request_id(headers: Mapping[str, str]) -> str | None:
    """The request id of an answer: ``x-request-id``, or ``mistral-correlation-id`` (the one
    the Mistral API sends). Also on every :class:`~mistralai.core.errors.APIStatusError`."""
    return headers.get("x-request-id") or headers.get("mistral-correlation-id")


def _int(headers: Mapping[str, str], *names: str) -> int | None:
    for name in names:
        value = headers.get(name)
        if value is not None:
            try:
                return int(value.strip())
            except ValueError:
                continue  # a malformed value is "not known", never an error
    return None


@dataclass(frozen=True, slots=True)
class RateLimits:
    """The rate-limit headers of one answer, as integers (``None``: the header was absent).

    The Mistral API sends per-workspace limits per minute and per month, for tokens and for
    requests: ``x-ratelimit-limit-tokens-minute``, ``x-ratelimit-remaining-tokens-minute``,
    ``x-ratelimit-limit-tokens-month``, ``x-ratelimit-remaining-tokens-month``,
    ``x-ratelimit-tokens-query-cost`` (tokens this request counted),
    ``x-ratelimit-limit-req-minute``, ``x-ratelimit-remaining-req-minute``,
    ``x-ratelimit-limit-req-month``, ``x-ratelimit-remaining-req-month``. The older
    ``x-ratelimitbysize-*`` names of the token limits are read when the new ones are absent.
    ``retry_after`` is the ``Retry-After`` hint in seconds (429 answers).
    """

    limit_tokens_minute: int | None = None
    remaining_tokens_minute: int | None = None
    limit_tokens_month: int | None = None
    remaining_tokens_month: int | None = None
    tokens_query_cost: int | None = None
    limit_requests_minute: int | None = None
    remaining_requests_minute: int | None = None
    limit_requests_month: int | None = None
    remaining_requests_month: int | None = None
    retry_after: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimits:
        """Read them from response headers (``httpx.Headers`` or a mapping with lower-case
        names)."""
        from mistralai.core.retries import retry_after_hint

        return cls(
            limit_tokens_minute=_int(
                headers, "x-ratelimit-limit-tokens-minute", "x-ratelimitbysize-limit-minute"
            ),
            remaining_tokens_minute=_int(
                headers,
                "x-ratelimit-remaining-tokens-minute",
                "x-ratelimitbysize-remaining-minute",
            ),
            limit_tokens_month=_int(
                headers, "x-ratelimit-limit-tokens-month", "x-ratelimitbysize-limit-month"
            ),
            remaining_tokens_month=_int(
                headers, "x-ratelimit-remaining-tokens-month", "x-ratelimitbysize-remaining-month"
            ),
            tokens_query_cost=_int(
                headers, "x-ratelimit-tokens-query-cost", "ratelimitbysize-query-cost"
            ),
            limit_requests_minute=_int(headers, "x-ratelimit-limit-req-minute"),
            remaining_requests_minute=_int(headers, "x-ratelimit-remaining-req-minute"),
            limit_requests_month=_int(headers, "x-ratelimit-limit-req-month"),
            remaining_requests_month=_int(headers, "x-ratelimit-remaining-req-month"),
            retry_after=retry_after_hint(headers),
        )


class _Raw(Generic[T]):
    """What sync and async raw responses share: everything but ``parse``."""

    __slots__ = ("_closer", "_parser", "_value", "http_response")

    http_response: httpx.Response
    """The answer as httpx gave it. For a non-streaming method its body is already read
    (``.content``, ``.json()``); for a streaming one it is the open stream: read it through
    ``parse()``."""

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[], T],
        closer: Callable[[], Any] | None = None,
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._closer = closer
        self._value: Any = _MISSING

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """``x-request-id`` or ``mistral-correlation-id``: quote it when reporting a problem."""
        return request_id(self.http_response.headers)

    @property
    def rate_limits(self) -> RateLimits:
        """The rate-limit headers, typed (see :class:`RateLimits`)."""
        return RateLimits.from_headers(self.http_response.headers)

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    def _parsed(self) -> T:
        value = self._value
        if value is _MISSING:
            value = self._value = self._parser()
        return value

    def _then(self, fn: Callable[[T], U]) -> Any:
        """The same answer, ``fn`` applied to the parsed value (what a helper adds: the pager
        of a list method, the parsed model of ``chat.parse``...)."""
        parser = self._parser
        cls: Any = type(self)
        return cls(self.http_response, lambda: fn(parser()), self._closer)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url}>"


class RawResponse(_Raw[T]):
    """The answer of ``client.<resource>.with_raw_response.<method>(...)``.

    ``status_code``, ``headers``, ``request_id``, ``rate_limits``, ``http_response``, and
    ``parse()``: the method's normal result (parsed on the first call, then cached). For a
    streaming method, ``parse()`` gives the :class:`~mistralai.core.runtime.EventStream`;
    the headers are readable before any event is consumed. Close a stream you do not read
    (``close()`` or ``with``).
    """

    __slots__ = ()

    def parse(self) -> T:
        """The method's normal result (built once, then the same object)."""
        return self._parsed()

    def close(self) -> None:
        """Release the connection of a streaming answer without reading it (no-op otherwise)."""
        if self._closer is not None:
            self._closer()
        else:
            self.http_response.close()

    def __enter__(self) -> RawResponse[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncRawResponse(_Raw[T]):
    """Async twin of :class:`RawResponse`: ``await raw.parse()``, ``await raw.aclose()``,
    ``async with``."""

    __slots__ = ()

    async def parse(self) -> T:
        """The method's normal result (built once, then the same object)."""
        return self._parsed()

    async def aclose(self) -> None:
        if self._closer is not None:
            await self._closer()
        else:
            await self.http_response.aclose()

    async def __aenter__(self) -> AsyncRawResponse[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def then(value: T, fn: Callable[[T], U]) -> U:
    """``fn(value)``; for a raw response, the same raw response whose ``parse()`` applies
    ``fn``. For hand-written methods that post-process one call's result (``chat.parse``), so
    they work unchanged over the raw-mode client."""
    if isinstance(value, _Raw):
        return _map_raw(value, fn)
    return fn(value)


def _map_raw(raw: Any, fn: Callable[[Any], Any]) -> Any:
    """``raw`` (a raw response) with ``fn`` applied when it is parsed (core's pagers)."""
    return cast("_Raw[Any]", raw)._then(fn)  # pyright: ignore[reportPrivateUsage]


def _unwrap(value: Any) -> Any:  # pyright: ignore[reportUnusedFunction]  # core's pagers
    """The parsed value of a raw response (a page fetched by a pager), else ``value``."""
    if isinstance(value, _Raw):
        return cast("_Raw[Any]", value)._parsed()  # pyright: ignore[reportPrivateUsage]
    return value


class RawResource:
    """Base of the generated ``<Resource>WithRawResponse`` facades: holds the resource bound
    to the raw-mode client; each method is a :func:`raw_method`."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Resource) -> None:
        cls = type(resource)
        twin = cls.__new__(cls)  # no __init__: a resource holds nothing but its client
        twin._client = resource._client._raw_twin()  # pyright: ignore[reportPrivateUsage]
        self._resource = twin


class _RawMethod(Generic[P, R]):
    """A method of a raw facade: the resource's own method, bound to the raw-mode resource."""

    # no __slots__: the instance carries the method's ``__doc__`` (help() on the facade)

    def __init__(self, fn: Callable[..., Any]) -> None:
        self._fn = fn
        self.__doc__ = fn.__doc__

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> _RawMethod[P, R]: ...
    @overload
    def __get__(self, obj: RawResource, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, obj: RawResource | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        return types.MethodType(self._fn, obj._resource)  # pyright: ignore[reportPrivateUsage]


# Coroutine functions first (the overlap is the point: an async method answers an awaitable
# AsyncRawResponse, any other a RawResponse).
@overload
def raw_method(  # pyright: ignore[reportOverlappingOverload]
    fn: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> _RawMethod[P, Coroutine[Any, Any, AsyncRawResponse[R]]]: ...
@overload
def raw_method(fn: Callable[Concatenate[Any, P], R]) -> _RawMethod[P, RawResponse[R]]: ...
def raw_method(fn: Callable[..., Any]) -> Any:
    """Declare ``fn`` (a resource method, taken from the class) on a raw facade: same
    parameters, answering ``RawResponse[result]`` (``AsyncRawResponse`` for coroutines)."""
    return _RawMethod[Any, Any](fn)
