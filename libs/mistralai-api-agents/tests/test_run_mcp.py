"""Conversation runs whose tools come from MCP servers (stdio subprocess and HTTP), against the
fake Mistral server: the fake model calls the first function tool it is given."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mistralai.api.agents.run import RunError
from mistralai.client import Mistral
from mistralai.client.models import FunctionCallEntry, FunctionResultEntry, MessageOutputEntry
from mistralai.extra.exceptions import DeferralReason, DeferredToolCallsException
from mistralai.extra.mcp.sse import MCPClientSSE, SSEServerParams
from mistralai.extra.mcp.stdio import MCPClientSTDIO
from mistralai.extra.run.context import RunContext
from mistralai.extra.run.result import RunResult, RunResultEvents
from mistralai.extra.run.tools import RunMCPTool
from mistralai.testing import FakeMistralServer


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url)


def _bodies(server: FakeMistralServer) -> list[dict[str, Any]]:
    return [r.json() for r in server.requests.snapshot() if r.method == "POST"]


async def test_run_async_calls_a_stdio_mcp_tool(
    client: Mistral, fake_server: FakeMistralServer, stdio_params: Any
) -> None:
    async with RunContext(model="mistral-small-latest") as ctx:
        await ctx.register_mcp_client(
            MCPClientSTDIO(stdio_params, name="demo"), tool_configuration={"include": ["echo"]}
        )
        assert list(ctx.tools) == ["echo"] and isinstance(ctx.tools["echo"], RunMCPTool)
        result = await client.beta.conversations.run_async(ctx, "Echo something")
    assert [type(e) for e in result.output_entries] == [
        FunctionCallEntry,
        FunctionResultEntry,
        MessageOutputEntry,
    ]
    call, sent, _ = result.output_entries
    assert isinstance(call, FunctionCallEntry) and call.name == "echo"
    assert isinstance(sent, FunctionResultEntry)
    # the MCP server ran the tool with the model's arguments; its text content went back
    assert json.loads(sent.result) == [{"type": "text", "text": "echo: x"}]
    assert result.output_as_text == f"Tool results: {sent.result}"
    start, append = _bodies(fake_server)
    tool = start["tools"][0]
    assert tool["function"]["name"] == "echo"
    assert tool["function"]["parameters"]["required"] == ["text"]
    assert append["inputs"][0]["result"] == sent.result


async def test_run_stream_async_with_an_http_mcp_server(
    client: Mistral, http_mcp: tuple[str, str]
) -> None:
    url, transport = http_mcp
    remote = MCPClientSSE(SSEServerParams(url=url, transport=transport))  # type: ignore[arg-type]
    async with RunContext(model="m") as ctx:
        await ctx.register_mcp_clients([remote], [{"exclude": ["echo", "fail", "whoami"]}])
        assert list(ctx.tools) == ["add"]
        events = await client.beta.conversations.run_stream_async(ctx, "add numbers")
        items = [item async for item in events]
    result = items[-1]
    assert isinstance(result, RunResult)
    kinds = [i.event for i in items if isinstance(i, RunResultEvents)]
    assert "function.result" in kinds
    assert result.output_as_text == 'Tool results: [{"type":"text","text":"2"}]'


async def test_mcp_tool_errors_and_confirmation(client: Mistral, mcp_kit: Any) -> None:
    with mcp_kit.serve_asgi(mcp_kit.mcp_app("streamable-http")) as base:
        await _errors_and_confirmation(client, f"{base}/mcp")


async def _errors_and_confirmation(client: Mistral, url: str) -> None:
    remote = MCPClientSSE(SSEServerParams(url=url, transport="streamable-http"))
    async with RunContext(model="m") as ctx:
        await ctx.register_mcp_client(
            remote, tool_configuration={"include": ["fail"], "requires_confirmation": ["fail"]}
        )
        assert ctx.requires_confirmation("fail")
        with pytest.raises(DeferredToolCallsException) as paused:
            await client.beta.conversations.run_async(ctx, "try")
        (deferred,) = paused.value.deferred_calls
        assert deferred.reason is DeferralReason.CONFIRMATION_REQUIRED
        result = await client.beta.conversations.run_async(ctx, [deferred.confirm()])
    error = result.input_entries[-1]
    assert isinstance(error, FunctionResultEntry)
    # the server's isError result became the error text the model gets
    assert "failed on purpose: x" in error.result
    assert result.output_as_text.startswith("Tool results: Error while executing fail")


def test_sync_run_refuses_mcp_tools(client: Mistral) -> None:
    class FakeClient:
        _name = "fake"

        async def initialize(self, exit_stack: Any) -> None:
            return None

        async def aclose(self) -> None:
            return None

        async def get_tools(self) -> list[Any]:
            from mistralai.api.agents.models import Function, FunctionTool

            return [FunctionTool(function=Function(name="remote", parameters={"type": "object"}))]

        async def execute_tool(self, name: str, arguments: dict[str, Any]) -> list[Any]:
            raise AssertionError("not reached")

    import asyncio

    ctx = RunContext(model="m")
    asyncio.run(ctx.register_mcp_client(FakeClient()))  # type: ignore[arg-type]
    with pytest.raises(RunError, match="use the async run helpers"):
        client.beta.conversations.run(ctx, "go")


def test_sync_run_uses_mcp_tools_of_a_loop_running_in_another_thread(
    client: Mistral, stdio_params: Any
) -> None:
    import asyncio
    import threading

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    ctx = RunContext(model="m")
    ready = threading.Event()
    release: asyncio.Event | None = None

    async def own_the_session() -> None:
        nonlocal release
        release = asyncio.Event()
        async with ctx:  # entered and left in this task, on the loop thread
            await ctx.register_mcp_client(
                MCPClientSTDIO(stdio_params), tool_configuration={"include": ["whoami"]}
            )
            ready.set()
            await release.wait()

    owner = asyncio.run_coroutine_threadsafe(own_the_session(), loop)
    try:
        assert ready.wait(30)
        result = client.beta.conversations.run(ctx, "who?")
        assert result.output_as_text == 'Tool results: [{"type":"text","text":"stdio-subprocess"}]'
    finally:
        assert release is not None
        loop.call_soon_threadsafe(release.set)
        owner.result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
