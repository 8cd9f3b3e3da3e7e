"""MCP clients against real MCP servers made with the ``mcp`` package: a stdio subprocess, and
the same server over SSE and streamable HTTP on 127.0.0.1 (uvicorn in a thread)."""

from __future__ import annotations

from contextlib import AsyncExitStack
from typing import Any

import pytest

from mistralai.api.agents.models import FunctionTool
from mistralai.extra.exceptions import MCPAuthException, MCPException, MistralClientException
from mistralai.extra.mcp.base import MCPClientBase, MCPClientProtocol
from mistralai.extra.mcp.sse import MCPClientSSE, SSEServerParams
from mistralai.extra.mcp.stdio import MCPClientSTDIO


async def test_stdio_client_lists_and_calls_tools(stdio_params: Any) -> None:
    client = MCPClientSTDIO(stdio_params, name="demo")
    assert isinstance(client, MCPClientBase)
    assert str(client) == "MCPClientSTDIO(name=demo)"
    with pytest.raises(MCPException, match="not initialized"):
        await client.get_tools()
    async with client:
        tools = await client.get_tools()
        assert [t.function.name for t in tools] == ["echo", "add", "fail", "whoami"]
        echo = tools[0]
        assert isinstance(echo, FunctionTool) and echo.function.strict is True
        assert echo.function.parameters["properties"]["text"]["type"] == "string"
        assert echo.function.parameters["required"] == ["text"]
        assert await client.execute_tool("add", {"a": 2, "b": 40}) == [
            {"type": "text", "text": "42"}
        ]
        # the environment given in StdioServerParameters reached the subprocess
        assert await client.execute_tool("whoami", {}) == [
            {"type": "text", "text": "stdio-subprocess"}
        ]
        with pytest.raises(MCPException, match="failed on purpose: now"):
            await client.execute_tool("fail", {"reason": "now"})
        prompts = await client.list_system_prompts()
        assert [p.name for p in prompts.prompts] == ["review"]
        prompt = await client.get_system_prompt("review", {"code": "x = 1"})
        assert prompt["messages"] == [
            {"role": "user", "content": [{"type": "text", "text": "Please review: x = 1"}]}
        ]
    # closed: the session is gone
    with pytest.raises(MCPException, match="not initialized"):
        await client.get_tools()


async def test_stdio_client_in_a_caller_exit_stack(stdio_params: Any) -> None:
    client = MCPClientSTDIO(stdio_params)
    async with AsyncExitStack() as stack:
        await client.initialize(exit_stack=stack)
        await client.initialize(exit_stack=stack)  # a second call does nothing
        assert await client.execute_tool("echo", {"text": "a"}) == [
            {"type": "text", "text": "echo: a"}
        ]


async def test_http_clients(http_mcp: tuple[str, str]) -> None:
    url, transport = http_mcp
    params = SSEServerParams(url=url, transport=transport)  # type: ignore[arg-type]
    client = MCPClientSSE(params, name="remote")
    assert client.base_url == url.rsplit("/", 1)[0]
    assert await client.requires_auth() is False
    async with client:
        names = [t.function.name for t in await client.get_tools()]
        assert names == ["echo", "add", "fail", "whoami"]
        assert await client.execute_tool("echo", {"text": "over http"}) == [
            {"type": "text", "text": "echo: over http"}
        ]


@pytest.mark.parametrize("transport", ["sse", "streamable-http"])
async def test_http_401_is_a_typed_auth_error(transport: str, mcp_kit: Any) -> None:
    gate = mcp_kit.BearerGate(mcp_kit.mcp_app(transport), tokens={"right"})
    with mcp_kit.serve_asgi(gate) as base:
        url = f"{base}/sse" if transport == "sse" else f"{base}/mcp"
        params = SSEServerParams(url=url, transport=transport, timeout=5)  # type: ignore[arg-type]
        client = MCPClientSSE(params)
        assert await client.requires_auth() is True
        with pytest.raises(MCPAuthException, match="no auth params") as info:
            await client.initialize()
        assert isinstance(info.value, MistralClientException)
        # the bearer token set on the client (and the extra headers) are sent
        client.set_auth_token({"access_token": "right", "token_type": "Bearer"})
        assert await client.requires_auth() is False
        async with client:
            assert await client.execute_tool("add", {"a": 1, "b": 2}) == [
                {"type": "text", "text": "3"}
            ]
        assert "Bearer right" in gate.seen_authorization


def test_clients_satisfy_the_protocol(stdio_params: Any) -> None:
    client: MCPClientProtocol = MCPClientSTDIO(stdio_params)
    assert client._name == "MCPClientSTDIO"  # pyright: ignore[reportPrivateUsage]
