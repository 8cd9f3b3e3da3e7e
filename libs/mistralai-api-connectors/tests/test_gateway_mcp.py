"""``client.beta.connectors.mcp_client(...)`` against a real MCP server (the ``mcp``
package's, streamable HTTP) behind a small stand-in for the Connectors Gateway, served by
uvicorn on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

pytest.importorskip("mcp")  # the connectors' `mcp` extra

from mcp import ClientSession
from mcp.server.fastmcp import FastMCP
from mcp.shared.exceptions import McpError

from mistralai.client import Mistral
from mistralai.extra.connectors_gateway import ConnectorsGatewayError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONNECTOR = "my/github"
GATEWAY_MCP_PATH = b"/v1/connectors-gateway/my%2Fgithub/mcp"
DEADLINE_S = 30  # a hang fails the test instead of blocking the run


def upstream_server() -> ASGIApp:
    """The connector's upstream: an MCP server with one tool (streamable HTTP at ``/mcp``)."""
    server = FastMCP("upstream", log_level="WARNING")

    @server.tool()
    def lookup(repo: str) -> str:
        """Describe a repository."""
        return f"{repo}: 42 stars"

    return server.streamable_http_app()


async def send_json(send: Send, status: int, body: object, headers: list[tuple[str, str]]) -> None:
    raw = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(raw)).encode()),
                *((k.encode(), v.encode()) for k, v in headers),
            ],
        }
    )
    await send({"type": "http.response.body", "body": raw})


@dataclass
class Gateway:
    """Forwards ``/v1/connectors-gateway/my%2Fgithub/mcp`` to the upstream's ``/mcp``; any
    other connector is unknown (the gateway's 404). With ``down_for`` set, the POSTs of that
    JSON-RPC method get the gateway's 502 (upstream unreachable). Records the headers of what
    it forwards."""

    upstream: ASGIApp
    down_for: str | None = None
    seen: list[dict[str, str]] = field(default_factory=lambda: [])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan: the MCP server's session manager
            await self.upstream(scope, receive, send)
            return
        if scope["raw_path"] != GATEWAY_MCP_PATH:
            member = 'connectors-gateway; error=http_request_error; details="connector_not_found"'
            await send_json(send, 404, {"detail": "Unknown connector"}, [("proxy-status", member)])
            return
        self.seen.append({k.decode().lower(): v.decode() for k, v in scope["headers"]})
        messages = [await receive()]  # the whole body, to read its method, then replayed
        while messages[-1].get("more_body"):
            messages.append(await receive())
        body = b"".join(m.get("body", b"") for m in messages)
        if body and json.loads(body).get("method") == self.down_for:
            member = 'connectors-gateway; error=destination_unavailable; details="upstream_down"'
            await send_json(send, 502, {"detail": "Upstream down"}, [("proxy-status", member)])
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.upstream({**scope, "path": "/mcp", "raw_path": b"/mcp"}, replay, send)


@contextmanager
def serve(app: ASGIApp) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 (a free port) in a thread; yields its URL."""
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, name="uvicorn-gateway", daemon=True)
    thread.start()
    ready = threading.Event()
    while not ready.wait(0.01):  # uvicorn has no "started" callback: poll its flag
        if server.started:
            ready.set()
        elif not thread.is_alive():
            raise RuntimeError("the test gateway did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def gateway() -> Iterator[tuple[Gateway, str]]:
    app = Gateway(upstream_server())
    with serve(app) as url:
        yield app, url


@pytest.fixture
def client(gateway: tuple[Gateway, str]) -> Iterator[Mistral]:
    with Mistral(api_key="secret", server_url=gateway[1]) as client:
        yield client


async def test_session_with_the_connector_through_the_gateway(
    client: Mistral, gateway: tuple[Gateway, str]
) -> None:
    async with asyncio.timeout(DEADLINE_S):
        async with client.beta.connectors.mcp_client(
            connector_id_or_name=CONNECTOR, credentials_name="work"
        ) as session:
            assert isinstance(session, ClientSession)
            tools = await session.list_tools()
            result = await session.call_tool("lookup", {"repo": "mistralai/client-python"})
    assert [tool.name for tool in tools.tools] == ["lookup"]
    assert result.isError is False
    assert [getattr(block, "text", None) for block in result.content] == [
        "mistralai/client-python: 42 stars"
    ]
    seen = gateway[0].seen
    assert len(seen) >= 3  # initialize, initialized, tools/list, tools/call (+ stream, close)
    assert {h.get("authorization") for h in seen} == {"Bearer secret"}
    assert {h.get("x-credentials-name") for h in seen} == {"work"}


async def test_unknown_connector_raises_the_gateway_error(client: Mistral) -> None:
    with pytest.raises(ConnectorsGatewayError) as caught:
        async with asyncio.timeout(DEADLINE_S):
            async with client.beta.connectors.mcp_client(connector_id_or_name="nope"):
                pytest.fail("the session opened")
    error = caught.value
    assert isinstance(error, httpx.HTTPStatusError)
    assert error.response.status_code == 404
    assert (error.proxy_error, error.details) == ("http_request_error", "connector_not_found")
    assert error.response.json() == {"detail": "Unknown connector"}


async def test_gateway_error_of_a_call_raises_unwrapped(
    client: Mistral, gateway: tuple[Gateway, str]
) -> None:
    gateway[0].down_for = "tools/call"
    with pytest.raises(ConnectorsGatewayError) as caught:
        async with asyncio.timeout(DEADLINE_S):
            async with client.beta.connectors.mcp_client(connector_id_or_name=CONNECTOR) as session:
                assert (await session.list_tools()).tools  # the session works until then
                await session.call_tool("lookup", {"repo": "x"})
    assert caught.value.response.status_code == 502
    assert caught.value.proxy_error == "destination_unavailable"
    assert caught.value.details == "upstream_down"
    assert caught.value.__suppress_context__  # not shown as raised inside an ExceptionGroup


async def test_gateway_error_of_a_notification_raises_at_the_next_call(
    client: Mistral, gateway: tuple[Gateway, str]
) -> None:
    # mcp 1.x only logs a failed notification and closes the session's streams: the next
    # call would fail with a bare ClosedResourceError.
    gateway[0].down_for = "notifications/initialized"
    with pytest.raises(ConnectorsGatewayError) as caught:
        async with asyncio.timeout(DEADLINE_S):
            async with client.beta.connectors.mcp_client(connector_id_or_name=CONNECTOR) as session:
                await session.list_tools()
    assert caught.value.request.method == "POST"
    assert caught.value.details == "upstream_down"


async def test_upstream_mcp_errors_raise_mcp_error(client: Mistral) -> None:
    with pytest.raises(McpError) as caught:
        async with asyncio.timeout(DEADLINE_S):
            async with client.beta.connectors.mcp_client(connector_id_or_name=CONNECTOR) as session:
                await session.get_prompt("no-such-prompt")
    assert "no-such-prompt" in caught.value.error.message


async def test_the_callers_error_comes_out_unchanged(client: Mistral) -> None:
    cause = KeyError("why")
    mine = ValueError("my own failure")
    with pytest.raises(ValueError) as caught:
        async with asyncio.timeout(DEADLINE_S):
            async with client.beta.connectors.mcp_client(connector_id_or_name=CONNECTOR):
                raise mine from cause
    assert caught.value is mine
    assert caught.value.__cause__ is cause
