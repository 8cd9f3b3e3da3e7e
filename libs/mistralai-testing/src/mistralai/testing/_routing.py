"""Routing for the fake server: ``(method, path regex) -> handler``, and the response types.

A handler takes a :class:`RequestContext` and returns a :class:`Response` (a complete body) or a
:class:`StreamResponse` (server-sent events, written incrementally with chunked encoding).
Handlers run on the connection's thread; shared state lives in ``ctx.server.state`` guarded by
``ctx.server.lock``.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import parse_qs

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "Handler",
    "RequestContext",
    "Response",
    "Route",
    "Router",
    "StreamResponse",
    "as_dict",
    "as_list",
    "dumps",
    "error_response",
    "json_response",
    "sse_event",
    "validation_error",
]

_DUMPS = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def dumps(data: object) -> bytes:
    """Compact JSON bytes (UTF-8)."""
    return _DUMPS(data).encode("utf-8")


@dataclass(slots=True)
class RequestContext:
    """The request as a handler sees it. Header names are lower-cased."""

    server: FakeMistralServer
    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes
    match: re.Match[str] | None = None
    _json: Any = field(default=None, repr=False)
    _json_loaded: bool = field(default=False, repr=False)

    @property
    def params(self) -> dict[str, str]:
        """Named groups of the route's path pattern (``(?P<file_id>[^/]+)``)."""
        return {} if self.match is None else self.match.groupdict()

    @property
    def query_params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def json(self) -> Any:
        """The body parsed as JSON (cached; raises ``ValueError`` when it is not JSON)."""
        if not self._json_loaded:
            self._json = json.loads(self.body)
            self._json_loaded = True
        return self._json


@dataclass(slots=True)
class Response:
    """A complete response. ``headers`` are extra headers (Content-Length is computed)."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] | None = None
    content_type: str = "application/json"


@dataclass(slots=True)
class StreamResponse:
    """A server-sent-event response written with ``Transfer-Encoding: chunked``.

    ``events`` yields complete SSE events (``b"data: ...\\n\\n"``; see :func:`sse_event`).
    Events are written in batches of ``batch_size`` (one HTTP chunk and one ``send`` per batch);
    with ``delay_s > 0`` every event is flushed on its own and the server sleeps ``delay_s``
    between events.
    """

    events: Iterable[bytes]
    status: int = 200
    headers: Mapping[str, str] | None = None
    content_type: str = "text/event-stream"
    delay_s: float = 0.0
    batch_size: int = 64


Handler = Callable[[RequestContext], "Response | StreamResponse"]


def json_response(
    data: object, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    return Response(status=status, body=dumps(data), headers=headers)


def error_response(
    status: int, message: str, *, headers: Mapping[str, str] | None = None, **extra: object
) -> Response:
    """A Mistral-style error body: ``{"object": "error", "message": ..., "type": ..., ...}``."""
    body: dict[str, object] = {
        "object": "error",
        "message": message,
        "type": extra.pop("type", "invalid_request_error"),
        "param": extra.pop("param", None),
        "code": extra.pop("code", str(status)),
    }
    body.update(extra)
    return json_response(body, status, headers)


def validation_error(*errors: Mapping[str, object]) -> Response:
    """A FastAPI-style 422: ``{"detail": [{"loc": [...], "msg": ..., "type": ...}, ...]}``."""
    return json_response({"detail": list(errors)}, 422)


def sse_event(data: object, event: str | None = None) -> bytes:
    """One SSE event; ``data`` may be bytes/str (sent as is) or any JSON value."""
    if isinstance(data, bytes):
        payload = data
    elif isinstance(data, str):
        payload = data.encode("utf-8")
    else:
        payload = dumps(data)
    head = b"" if event is None else b"event: " + event.encode("utf-8") + b"\n"
    if b"\n" in payload:
        payload = payload.replace(b"\r\n", b"\n").replace(b"\n", b"\ndata: ")
    return head + b"data: " + payload + b"\n\n"


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: bool = True


class Router:
    """Routes are tried newest first, so a route added later overrides a built-in one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: tuple[Route, ...] = ()

    def add(
        self, method: str, pattern: str | re.Pattern[str], handler: Handler, *, auth: bool = True
    ) -> Route:
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
        route = Route(method.upper(), compiled, handler, auth)
        with self._lock:
            self._routes = (route, *self._routes)
        return route

    def remove(self, route: Route) -> None:
        with self._lock:
            self._routes = tuple(r for r in self._routes if r is not route)

    @property
    def routes(self) -> tuple[Route, ...]:
        return self._routes

    def resolve(self, method: str, path: str) -> tuple[Route | None, re.Match[str] | None, bool]:
        """``(route, match, path_known)``; ``path_known`` tells 405 from 404 when no route fits."""
        path_known = False
        for route in self._routes:
            m = route.pattern.fullmatch(path)
            if m is None:
                continue
            if route.method == method or route.method == "*":
                return route, m, True
            path_known = True
        return None, None, path_known


def as_dict(value: object) -> dict[str, Any] | None:
    """``value`` typed as a JSON object, or None."""
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def as_list(value: object) -> list[Any] | None:
    return cast(list[Any], value) if isinstance(value, list) else None
