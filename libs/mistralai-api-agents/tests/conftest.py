"""Fixtures of the MCP and run tests: real MCP servers (made with the ``mcp`` package) over
stdio and over HTTP on 127.0.0.1, and an ASGI server runner (uvicorn in a thread)."""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEMO_SERVER = Path(__file__).parent / "mcp_servers" / "demo_server.py"


def load_demo_server() -> Any:
    """The ``demo_server`` module (loaded by path: the tests dir is not a package)."""
    spec = importlib.util.spec_from_file_location("mcp_demo_server", DEMO_SERVER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def serve_asgi(app: ASGIApp) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 (a free port) in a thread; yields its base URL."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    started = threading.Event()
    while not started.wait(0.01):  # uvicorn has no "started" callback: poll its flag
        if server.started:
            started.set()
        elif not thread.is_alive():
            raise RuntimeError("the test ASGI server did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


class BearerGate:
    """ASGI middleware: 401 unless ``Authorization: Bearer <t>`` with ``t`` in ``tokens``
    (when ``tokens`` is None, everything passes); serves the RFC 9728 protected resource
    metadata when ``resource_metadata`` is set."""

    def __init__(
        self,
        app: ASGIApp,
        tokens: set[str] | None = None,
        resource_metadata: dict[str, Any] | None = None,
    ) -> None:
        self.app = app
        self.tokens = tokens
        self.resource_metadata = resource_metadata
        self.seen_authorization: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        from starlette.responses import JSONResponse

        if scope["type"] == "http":
            if scope["path"].startswith("/.well-known/oauth-protected-resource"):
                if self.resource_metadata is None:
                    await JSONResponse({"error": "not found"}, status_code=404)(
                        scope, receive, send
                    )
                else:
                    await JSONResponse(self.resource_metadata)(scope, receive, send)
                return
            headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
            authorization = headers.get("authorization", "")
            self.seen_authorization.append(authorization)
            if self.tokens is not None and authorization.removeprefix("Bearer ") not in self.tokens:
                await JSONResponse(
                    {"error": "invalid_token"},
                    status_code=401,
                    headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )(scope, receive, send)
                return
        await self.app(scope, receive, send)


def mcp_app(transport: str) -> ASGIApp:
    """The demo MCP server as an ASGI app: SSE (``/sse``) or streamable HTTP (``/mcp``)."""
    server = load_demo_server().build_server()
    if transport == "sse":
        return server.sse_app()
    return server.streamable_http_app()


@pytest.fixture
def stdio_params() -> Any:
    from mcp import StdioServerParameters

    return StdioServerParameters(
        command=sys.executable, args=[str(DEMO_SERVER)], env={"DEMO_MARKER": "stdio-subprocess"}
    )


@pytest.fixture(params=["sse", "streamable-http"])
def http_mcp(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """``(url, transport)`` of the demo MCP server served over HTTP on 127.0.0.1."""
    transport = str(request.param)
    with serve_asgi(mcp_app(transport)) as base:
        yield (f"{base}/sse" if transport == "sse" else f"{base}/mcp"), transport


class MCPKit:
    """The helpers above, for test modules (with --import-mode=importlib they cannot import
    this conftest): ``mcp_kit.serve_asgi(app)``, ``mcp_kit.BearerGate``, ``mcp_kit.mcp_app``."""

    serve_asgi = staticmethod(serve_asgi)
    BearerGate = BearerGate
    mcp_app = staticmethod(mcp_app)


@pytest.fixture
def mcp_kit() -> type[MCPKit]:
    return MCPKit
