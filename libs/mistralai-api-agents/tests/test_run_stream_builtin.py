"""Streamed runs keep built-in tool executions (and handoffs) as output entries."""

from __future__ import annotations

from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.client.models import (
    AgentHandoffEntry,
    FunctionCallEntry,
    MessageOutputEntry,
    TextChunk,
    ToolExecutionDoneEvent,
    ToolExecutionEntry,
    ToolExecutionStartedEvent,
    ToolReferenceChunk,
)
from mistralai.extra.run.context import RunContext
from mistralai.extra.run.result import (
    RunFiles,
    RunResult,
    RunResultEvents,
    as_text,
    reconstitue_entries,
    reconstitute_function_call_args,
    reconstitute_message_content,
)
from mistralai.testing import FakeMistralServer, RequestContext, StreamResponse, sse_event


def _events() -> list[bytes]:
    def ev(data: dict[str, Any]) -> bytes:
        return sse_event(data, event=str(data["type"]))

    return [
        ev({"type": "conversation.response.started", "conversation_id": "conv_web"}),
        ev(
            {
                "type": "tool.execution.started",
                "output_index": 0,
                "id": "tool_1",
                "name": "web_search",
                "arguments": '{"query": ',
            }
        ),
        ev(
            {
                "type": "tool.execution.delta",
                "output_index": 0,
                "id": "tool_1",
                "name": "web_search",
                "arguments": '"paris weather"}',
            }
        ),
        ev(
            {
                "type": "tool.execution.done",
                "output_index": 0,
                "id": "tool_1",
                "name": "web_search",
                "info": {"results": 3},
            }
        ),
        ev(
            {
                "type": "agent.handoff.started",
                "output_index": 1,
                "id": "ho_1",
                "previous_agent_id": "ag_a",
                "previous_agent_name": "A",
            }
        ),
        ev(
            {
                "type": "agent.handoff.done",
                "output_index": 1,
                "id": "ho_1",
                "next_agent_id": "ag_b",
                "next_agent_name": "B",
            }
        ),
        ev({"type": "message.output.delta", "output_index": 2, "id": "msg_1", "content": "It is "}),
        ev(
            {
                "type": "message.output.delta",
                "output_index": 2,
                "id": "msg_1",
                "content": {"type": "tool_reference", "tool": "web_search", "title": "Meteo"},
            }
        ),
        ev({"type": "message.output.delta", "output_index": 2, "id": "msg_1", "content": " sunny"}),
        ev({"type": "conversation.response.done", "usage": {"total_tokens": 7}}),
    ]


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    def start(ctx: RequestContext) -> StreamResponse:
        return StreamResponse(_events())

    fake_server.add_route("POST", r"/v1/conversations", start)
    return Mistral(api_key="test-key", server_url=fake_server.url)


def _check(items: list[Any]) -> None:
    *events, result = items
    assert isinstance(result, RunResult)
    assert all(isinstance(e, RunResultEvents) for e in events)
    assert isinstance(events[1].data, ToolExecutionStartedEvent)
    assert isinstance(events[3].data, ToolExecutionDoneEvent)
    tool, handoff, message = result.output_entries
    assert isinstance(tool, ToolExecutionEntry)
    assert (tool.name, tool.arguments, tool.info) == (
        "web_search",
        '{"query": "paris weather"}',
        {"results": 3},
    )
    assert isinstance(handoff, AgentHandoffEntry)
    assert (handoff.previous_agent_name, handoff.next_agent_name) == ("A", "B")
    assert isinstance(message, MessageOutputEntry)
    assert isinstance(message.content, list)
    assert [type(c) for c in message.content] == [TextChunk, ToolReferenceChunk, TextChunk]
    assert result.output_as_text == "It is <Reference title=Meteo> sunny"
    assert result.usage.total_tokens == 7
    assert result.conversation_id == "conv_web"
    assert result.entries[0].type == "message.input"


def test_run_stream_keeps_built_in_tool_entries(client: Mistral) -> None:
    _check(list(client.beta.conversations.run_stream(RunContext(model="m"), "weather?")))


async def test_run_stream_async_keeps_built_in_tool_entries(client: Mistral) -> None:
    events = await client.beta.conversations.run_stream_async(RunContext(model="m"), "weather?")
    _check([item async for item in events])


def test_reconstitution_helpers() -> None:
    assert reconstitute_message_content(["a", "b"]) == "ab"
    merged = reconstitute_message_content(["a", TextChunk(text="b")])
    assert merged == [TextChunk(text="ab")]
    assert reconstitute_function_call_args(['{"a"', ": 1}"]) == '{"a": 1}'
    assert reconstitue_entries({}) == []
    entry = MessageOutputEntry(content=[TextChunk(text="hi")])
    assert as_text(entry) == "hi"
    assert as_text(FunctionCallEntry(tool_call_id="c", name="f", arguments="{}")) == ""
    result = RunResult(
        input_entries=[], files={"f1": RunFiles(id="f1", name="a.txt", content=b"x")}
    )
    assert result.get_file("f1") == RunFiles(id="f1", name="a.txt", content=b"x")
    assert result.get_file("nope") is None
    assert result.output_as_text == ""
