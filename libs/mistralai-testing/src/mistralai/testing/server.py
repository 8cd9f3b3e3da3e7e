"""A fake Mistral AI API server: real HTTP/1.1 (keep-alive, chunked SSE) on 127.0.0.1.

In process::

    with FakeMistralServer() as srv:
        httpx.post(f"{srv.url}/v1/chat/completions", headers={"Authorization": "Bearer k"}, ...)
        srv.inject(status=429, headers={"Retry-After": "0"})
        srv.requests.last.json()

In another process: ``python -m mistralai.testing.server [--host 127.0.0.1] [--port 0]`` prints
``READY http://127.0.0.1:PORT`` and serves until SIGTERM/SIGINT; faults go through the
``/__fake__/...`` control endpoints (see :mod:`mistralai.testing._control`).

Test controls sent as request headers: ``x-fake-chunks: N`` (exactly N content events in a
stream), ``x-fake-chunk-delay-ms: M`` (sleep between events), ``x-fake-content: text`` (the
answer text).

Adding an endpoint: ``srv.add_route("GET", r"/v1/files/(?P<file_id>[^/]+)", handler)`` (or the
``@srv.route(...)`` decorator); routes added later win over earlier ones. Handlers get a
:class:`RequestContext` and return a :class:`Response` or :class:`StreamResponse`; stateful
routes keep their data in ``srv.state`` under ``srv.lock``. Domain routes come from the
``mistralai.testing.routes`` entry points of the packages that own the operations (see
:mod:`mistralai.testing._route_loading`).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import socketserver
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType, TracebackType
from typing import Any, Self, cast

from mistralai.testing._faults import (
    REQUEST_KINDS,
    RESPONSE_KINDS,
    STREAM_KINDS,
    Fault,
    FaultQueue,
    encode_body,
)
from mistralai.testing._records import RecordedRequest, RequestLog
from mistralai.testing._route_loading import RouteSource, resolve_route_installers
from mistralai.testing._routing import (
    Handler,
    RequestContext,
    Response,
    Route,
    Router,
    StreamResponse,
    dumps,
    error_response,
    json_response,
)

__all__ = [
    "FakeMistralServer",
    "Fault",
    "Handler",
    "RecordedRequest",
    "RequestContext",
    "Response",
    "Route",
    "RouteSource",
    "StreamResponse",
    "main",
]

_CONTROL_PREFIX = "/__fake__/"
_MAX_BODY = 512 * 1024 * 1024
_MAX_HEADERS = 100
_QUICKACK: int | None = getattr(socket, "TCP_QUICKACK", None)


_REASONS = {int(s): s.phrase for s in HTTPStatus}


def _reason(status: int) -> str:
    return _REASONS.get(status, "Unknown")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeMistral/0.1"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._http().track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self._http().untrack(self.connection)

    # -- parsing (a lean replacement for the email-based header parser of http.server)

    _hdrs: dict[str, str]
    raw_requestline: bytes

    def parse_request(self) -> bool:
        self.command = ""
        self.request_version = "HTTP/0.9"
        self.close_connection = True
        self._hdrs = {}
        requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = requestline
        words = requestline.split()
        if len(words) != 3 or not words[2].startswith("HTTP/1."):
            self.send_error(HTTPStatus.BAD_REQUEST, f"Bad request line {requestline!r}")
            return False
        command, path, version = words
        if path.startswith("//"):
            path = "/" + path.lstrip("/")
        self.command, self.path, self.request_version = command, path, version
        headers: dict[str, str] = {}
        readline = self.rfile.readline
        for _ in range(_MAX_HEADERS + 1):
            line = readline(65537)
            if line in (b"\r\n", b"\n", b""):
                break
            if len(line) > 65536:
                self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long")
                return False
            name, sep, value = line.decode("iso-8859-1").partition(":")
            if not sep:
                self.send_error(HTTPStatus.BAD_REQUEST, f"Bad header line {line!r}")
                return False
            key = name.strip().lower()
            value = value.strip()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        else:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers")
            return False
        self._hdrs = headers
        connection = headers.get("connection", "").lower()
        if version == "HTTP/1.0":
            self.close_connection = "keep-alive" not in connection
        else:
            self.close_connection = "close" in connection
        if headers.get("expect", "").lower() == "100-continue" and version != "HTTP/1.0":
            return self.handle_expect_100()
        return True

    def _http(self) -> _HTTPServer:
        return cast(_HTTPServer, self.server)

    def log_message(self, format: str, *args: Any) -> None:
        if self._http().fake.verbose:
            super().log_message(format, *args)

    # -- reading

    def _read_body(self) -> bytes | None:
        """The request body, or None after answering 400 (the connection is then closed)."""
        if "chunked" in self._hdrs.get("transfer-encoding", "").lower():
            parts: list[bytes] = []
            while True:
                line = self.rfile.readline(65537)
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    self.close_connection = True
                    self._send(error_response(400, "bad chunked body"), "")
                    return None
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline(65537)
        raw = self._hdrs.get("content-length")
        if not raw:
            return b""
        try:
            length = int(raw)
            if length < 0 or length > _MAX_BODY:
                raise ValueError(raw)
        except ValueError:
            self.close_connection = True
            self._send(error_response(400, "bad Content-Length"), "")
            return None
        if _QUICKACK is not None and length:
            # A client without TCP_NODELAY that sends headers and body in two writes waits for
            # our ACK of the headers (Nagle): ACK at once instead of after the delayed-ACK timer.
            with contextlib.suppress(OSError):
                self.connection.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        return self.rfile.read(length) if length else b""

    # -- writing

    def _head(
        self, status: int, content_type: str, headers: Mapping[str, str] | None, request_id: str
    ) -> list[str]:
        lines = [
            f"HTTP/1.1 {status} {_reason(status)}\r\n",
            f"Content-Type: {content_type}\r\n",
        ]
        if request_id:
            lines.append(f"mistral-correlation-id: {request_id}\r\n")
        extra = self._http().fake.response_headers
        if extra:  # on every answer, as the real API sends its rate-limit headers
            lines.extend(f"{k}: {v}\r\n" for k, v in extra.items())
        if headers:
            lines.extend(f"{k}: {v}\r\n" for k, v in headers.items())
        if self.close_connection:
            lines.append("Connection: close\r\n")
        return lines

    def _send(self, response: Response, request_id: str) -> None:
        lines = self._head(response.status, response.content_type, response.headers, request_id)
        lines.append(f"Content-Length: {len(response.body)}\r\n\r\n")
        payload = "".join(lines).encode("latin-1")
        if self.command != "HEAD":
            payload += response.body
        self.wfile.write(payload)

    def _send_stream(self, response: StreamResponse, request_id: str, cut: Fault | None) -> None:
        lines = self._head(response.status, response.content_type, response.headers, request_id)
        lines.append("Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n")
        write = self.wfile.write
        write("".join(lines).encode("latin-1"))
        limit = cut.after_chunks if cut is not None else -1
        if cut is not None and cut.kind == "stall" and cut.after_chunks <= 0:
            limit = 0
        delay = response.delay_s
        batch_size = 1 if delay > 0 else max(1, response.batch_size)
        batch: list[bytes] = []
        for index, event in enumerate(response.events):
            if index == limit:
                break
            if delay > 0 and index:
                time.sleep(delay)
            batch.append(event)
            if len(batch) >= batch_size:
                data = b"".join(batch)
                write(b"%x\r\n%b\r\n" % (len(data), data))
                batch.clear()
        if batch:
            data = b"".join(batch)
            write(b"%x\r\n%b\r\n" % (len(data), data))
        if cut is not None and cut.kind == "stall":
            self._stall(cut, ping=True)
        elif cut is not None:
            self._abort(reset=cut.reset)
        else:
            write(b"0\r\n\r\n")

    def _stall(self, fault: Fault, *, ping: bool = False) -> None:
        """Send nothing (or a ``: ping`` comment every ``interval``) for ``fault.delay``
        seconds, then close. Wakes early when the server stops or the client goes away."""
        fake = self._http().fake
        end = time.monotonic() + fault.delay
        step = fault.interval if (ping and fault.interval > 0) else 0.05
        try:
            while fake.running and time.monotonic() < end:
                time.sleep(min(step, max(end - time.monotonic(), 0)))
                if ping and fault.interval > 0:
                    self.wfile.write(b"8\r\n: ping\n\n\r\n")
        except OSError:
            pass
        self._abort(reset=fault.reset)

    def _send_faulty(self, response: Response, request_id: str, fault: Fault) -> None:
        """The real answer, damaged by a ``trickle``, ``stall`` or ``cut_body`` fault."""
        lines = self._head(response.status, response.content_type, response.headers, request_id)
        lines.append(f"Content-Length: {len(response.body)}\r\n\r\n")
        self.wfile.write("".join(lines).encode("latin-1"))
        body = response.body
        if fault.kind == "stall":
            self._stall(fault)
        elif fault.kind == "cut_body":
            cut = fault.after_bytes or len(body) // 2
            self.wfile.write(body[:cut])
            self._abort(reset=fault.reset)
        else:  # trickle
            fake = self._http().fake
            try:
                for i in range(len(body)):
                    if not fake.running:
                        break
                    self.wfile.write(body[i : i + 1])
                    time.sleep(fault.delay)
            except OSError:
                self.close_connection = True

    def _send_sse_fault(self, fault: Fault, request_id: str) -> None:
        lines = self._head(200, "text/event-stream", None, request_id)
        lines.append("Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n")
        write = self.wfile.write
        write("".join(lines).encode("latin-1"))
        for index, chunk in enumerate(fault.chunks):
            if index and fault.delay > 0:
                time.sleep(fault.delay)
            if chunk:
                write(b"%x\r\n%b\r\n" % (len(chunk), chunk))
        write(b"0\r\n\r\n")

    def _abort(self, *, reset: bool) -> None:
        """Close the connection now: FIN (or RST with ``reset``), no further bytes."""
        self.close_connection = True
        sock = self.connection
        with contextlib.suppress(OSError):
            if reset:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                sock.shutdown(socket.SHUT_RDWR)
        # rfile holds a reference on the socket: close both so the descriptor really closes.
        with contextlib.suppress(OSError):
            self.rfile.close()
        with contextlib.suppress(OSError):
            sock.close()

    # -- dispatch

    def _dispatch(self) -> None:
        fake = self._http().fake
        method = self.command
        path, _, query = self.path.partition("?")
        if not path.startswith("/"):  # absolute-form request target
            path = "/" + path.split("://", 1)[-1].partition("/")[2]
        body = self._read_body()
        if body is None:
            return
        headers = self._hdrs
        control = path.startswith(_CONTROL_PREFIX)
        request_id = ""
        if not control:
            record = fake.requests.record(method, path, query, headers, body)
            request_id = f"fake-{record.index:08d}"
            fault = fake.faults.take(REQUEST_KINDS, method, path)
            if fault is not None:
                if fault.kind == "sse":
                    self._send_sse_fault(fault, request_id)
                    return
                if fault.delay > 0:
                    time.sleep(fault.delay)
                if fault.kind == "disconnect":
                    self._abort(reset=fault.reset)
                    return
                if fault.kind == "status":
                    self._send(_fault_response(fault), request_id)
                    return
        ctx = RequestContext(fake, method, path, query, headers, body)
        response = fake.handle(ctx)
        if isinstance(response, StreamResponse):
            cut = None if control else fake.faults.take(STREAM_KINDS, method, path)
            self._send_stream(response, request_id, cut)
        else:
            damage = None if control else fake.faults.take(RESPONSE_KINDS, method, path)
            if damage is not None:
                self._send_faulty(response, request_id, damage)
            else:
                self._send(response, request_id)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = _dispatch

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except (OSError, ValueError):
            if self.connection.fileno() != -1:
                raise
            self.close_connection = True  # closed on purpose by _abort


def _fault_response(fault: Fault) -> Response:
    body = fault.body
    if body is None:
        body = dumps(
            {
                "object": "error",
                "message": f"Injected fault: {fault.status} {_reason(fault.status)}",
                "type": "fake_fault",
                "param": None,
                "code": str(fault.status),
            }
        )
    return Response(fault.status, body, fault.headers, fault.content_type)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], fake: FakeMistralServer) -> None:
        self.fake = fake
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # Skip HTTPServer.server_bind's socket.getfqdn(): a reverse DNS lookup.
        socketserver.TCPServer.server_bind(self)
        host, port = cast(tuple[str, int], self.server_address[:2])
        self.server_name = host
        self.server_port = port

    def track(self, sock: socket.socket) -> None:
        with self._conns_lock:
            self._conns.add(sock)

    def untrack(self, sock: socket.socket) -> None:
        with self._conns_lock:
            self._conns.discard(sock)

    def close_connections(self) -> None:
        with self._conns_lock:
            conns = list(self._conns)
            self._conns.clear()
        for sock in conns:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            return  # the client went away
        if exc is not None:
            self.fake.errors.append(exc)
        super().handle_error(request, client_address)


class FakeMistralServer:
    """The fake server. ``port=0`` picks a free port; ``api_key`` (when set) must match the
    bearer token, otherwise any non-empty bearer token is accepted.

    Besides its generic routes (completions, models, the ``/__fake__/`` controls), the server
    installs the domain routes of every ``mistralai.testing.routes`` entry point, or only those
    of ``routes`` when given (``"package.module"``, ``"package.module:install"``, a module or
    an installer; see :mod:`mistralai.testing._route_loading`).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        api_key: str | None = None,
        verbose: bool = False,
        routes: Iterable[RouteSource] | None = None,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.api_key = api_key
        self.verbose = verbose
        self.requests = RequestLog()
        self.faults = FaultQueue()
        self.errors: list[BaseException] = []
        """Exceptions raised by handlers (each also answered with a 500)."""
        self.response_headers: dict[str, str] = {}
        """Headers added to every answer (rate limits, ``x-request-id``...); :meth:`reset`
        empties it."""
        self.state: dict[str, Any] = {}
        """Free-form storage for stateful endpoints (files, jobs...); guard it with ``lock``."""
        self.lock = threading.RLock()
        self.router = Router()
        self._reset_hooks: list[Callable[[FakeMistralServer], None]] = []
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        from mistralai.testing._completions import install_builtin_routes
        from mistralai.testing._control import install_control_routes

        install_builtin_routes(self)
        installers = resolve_route_installers(routes)
        for _, install in installers:
            install(self)
        self.route_sources: tuple[str, ...] = tuple(name for name, _ in installers)
        """The names of the installed route sources (entry-point names by default)."""
        # Last, so that no domain route can shadow the test controls.
        install_control_routes(self)

    # -- lifecycle

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((self.host, self._requested_port), self)
        thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FakeMistralServer:{httpd.server_port}",
            daemon=True,
        )
        self._httpd = httpd
        self._thread = thread
        thread.start()
        return self

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._httpd = self._thread = None
        httpd.shutdown()
        httpd.server_close()
        httpd.close_connections()
        if thread is not None:
            thread.join(timeout=5)

    close = stop

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FakeMistralServer is not running; call start() first")
        return self._httpd.server_port

    @property
    def url(self) -> str:
        """``http://HOST:PORT`` (no trailing slash): the SDK's ``server_url``."""
        return f"http://{self.host}:{self.port}"

    def __repr__(self) -> str:
        where = self.url if self.running else "stopped"
        return f"<FakeMistralServer {where}>"

    # -- routes

    def add_route(
        self,
        method: str,
        pattern: str,
        handler: Handler,
        *,
        auth: bool = True,
    ) -> Route:
        """Serve ``method`` (``"*"`` for any) on paths fully matching the regex ``pattern``.
        Newer routes take precedence. ``auth=False`` skips the bearer-token check."""
        return self.router.add(method, pattern, handler, auth=auth)

    def route(
        self, method: str, pattern: str, *, auth: bool = True
    ) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`add_route`."""

        def register(handler: Handler) -> Handler:
            self.add_route(method, pattern, handler, auth=auth)
            return handler

        return register

    def on_reset(self, hook: Callable[[FakeMistralServer], None]) -> None:
        """Call ``hook(server)`` after every :meth:`reset` (to re-seed ``state``)."""
        self._reset_hooks.append(hook)

    def _authorized(self, ctx: RequestContext) -> bool:
        value = ctx.headers.get("authorization", "")
        scheme, _, token = value.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            # the API-key-in-header scheme (``DashboardUserContextAuth``) of some operations
            token = ctx.headers.get("x-api-key", "").strip()
            if not token:
                return False
        return self.api_key is None or token == self.api_key

    def handle(self, ctx: RequestContext) -> Response | StreamResponse:
        """Route ``ctx`` (auth, 404/405, handler errors → 500); no faults, no recording."""
        route, match, path_known = self.router.resolve(ctx.method, ctx.path)
        if route is None:
            if path_known:
                return json_response({"detail": "Method Not Allowed"}, 405)
            return json_response(
                {"detail": "Not Found", "message": f"No route for {ctx.method} {ctx.path}"}, 404
            )
        if route.auth and not self._authorized(ctx):
            return json_response(
                {"message": "Unauthorized", "request_id": ctx.headers.get("x-request-id", "")},
                401,
            )
        ctx.match = match
        try:
            return route.handler(ctx)
        except Exception as exc:
            self.errors.append(exc)
            return error_response(500, f"fake server handler error: {exc!r}", type="internal_error")

    # -- faults

    def inject(
        self,
        status: int = 429,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        times: int | None = 1,
        path: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
        content_type: str | None = None,
    ) -> Fault:
        """Answer the next ``times`` matching requests with ``status``/``headers``/``body``.

        ``body``: bytes/str sent as is, anything else as JSON, None for a Mistral-style error
        object. ``path`` is a regex matched against the whole path; ``times=None`` repeats
        until :meth:`clear_faults`/:meth:`reset`.
        """
        raw, default_ct = encode_body(body)
        return self.faults.add(
            Fault(
                "status",
                status=status,
                headers=dict(headers or {}),
                body=raw,
                content_type=content_type or default_ct,
                delay=delay,
                times=times,
                path=path,
                method=method,
            )
        )

    def inject_stream_cut(
        self,
        after_chunks: int = 3,
        *,
        times: int | None = 1,
        path: str | None = None,
        reset: bool = False,
    ) -> Fault:
        """The next stream sends ``after_chunks`` events, then the connection closes without
        ``[DONE]`` nor the final zero-length chunk."""
        if after_chunks < 0:
            raise ValueError("after_chunks must be >= 0")
        return self.faults.add(
            Fault("stream_cut", after_chunks=after_chunks, times=times, path=path, reset=reset)
        )

    def inject_delay(
        self,
        seconds: float,
        *,
        times: int | None = 1,
        path: str | None = None,
        method: str | None = None,
    ) -> Fault:
        """Sleep ``seconds`` before answering the next matching request(s) normally."""
        return self.faults.add(Fault("delay", delay=seconds, times=times, path=path, method=method))

    def inject_disconnect(
        self,
        *,
        times: int | None = 1,
        path: str | None = None,
        method: str | None = None,
        reset: bool = False,
    ) -> Fault:
        """Close the connection without any response (``reset=True``: TCP RST instead of FIN)."""
        return self.faults.add(
            Fault("disconnect", times=times, path=path, method=method, reset=reset)
        )

    def inject_trickle(
        self, interval: float = 0.5, *, times: int | None = 1, path: str | None = None
    ) -> Fault:
        """The next (non-streaming) answer's body is sent one byte every ``interval`` s."""
        return self.faults.add(Fault("trickle", delay=interval, times=times, path=path))

    def inject_stall(
        self,
        seconds: float = 30.0,
        *,
        after_chunks: int = 0,
        ping_interval: float = 0.0,
        times: int | None = 1,
        path: str | None = None,
    ) -> Fault:
        """Send the headers (and, for a stream, ``after_chunks`` events), then nothing but
        ``: ping`` comments every ``ping_interval`` s (none when 0) for ``seconds``."""
        return self.faults.add(
            Fault(
                "stall",
                delay=seconds,
                after_chunks=after_chunks,
                interval=ping_interval,
                times=times,
                path=path,
            )
        )

    def inject_cut_body(
        self,
        after_bytes: int = 0,
        *,
        reset: bool = False,
        times: int | None = 1,
        path: str | None = None,
    ) -> Fault:
        """The next answer is cut after ``after_bytes`` bytes of its body (half when 0)."""
        return self.faults.add(
            Fault("cut_body", after_bytes=after_bytes, reset=reset, times=times, path=path)
        )

    def inject_sse(
        self,
        chunks: Iterable[bytes],
        *,
        delay: float = 0.0,
        times: int | None = 1,
        path: str | None = None,
    ) -> Fault:
        """Answer the next request with a 200 event stream made of exactly ``chunks``."""
        return self.faults.add(
            Fault("sse", chunks=list(chunks), delay=delay, times=times, path=path)
        )

    def inject_redirect(
        self,
        location: str,
        status: int = 302,
        *,
        times: int | None = 1,
        path: str | None = None,
    ) -> Fault:
        """Answer ``status`` with ``Location: location``."""
        return self.inject(status, {"Location": location}, b"", times=times, path=path)

    def inject_deep_json(
        self,
        depth: int = 100_000,
        status: int = 500,
        *,
        times: int | None = 1,
        path: str | None = None,
    ) -> Fault:
        """Answer ``status`` with ``depth`` nested JSON arrays."""
        body = b"[" * depth + b"]" * depth
        return self.inject(
            status, None, body, times=times, path=path, content_type="application/json"
        )

    def add_fault(self, fault: Fault) -> Fault:
        return self.faults.add(fault)

    def clear_faults(self) -> None:
        self.faults.clear()

    def reset(self) -> None:
        """Forget faults, recorded requests, errors and ``state``, then run the reset hooks."""
        self.faults.clear()
        self.requests.clear()
        self.errors.clear()
        self.response_headers.clear()
        with self.lock:
            self.state.clear()
        for hook in self._reset_hooks:
            hook(self)


# --------------------------------------------------------------------------- CLI


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mistralai.testing.server", description="Run the fake Mistral AI server."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--api-key", default=None, help="accept only this bearer token")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    parser.add_argument(
        "--routes",
        action="append",
        metavar="MODULE",
        help="install only these route modules (repeatable; default: the entry points)",
    )
    args = parser.parse_args(None if argv is None else list(argv))

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server = FakeMistralServer(
        args.host, args.port, api_key=args.api_key, verbose=args.verbose, routes=args.routes
    )
    server.start()
    try:
        print(f"READY {server.url}", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    # Run the copy imported under its real name, so there is one FakeMistralServer class.
    from mistralai.testing.server import main as _main

    sys.exit(_main())
