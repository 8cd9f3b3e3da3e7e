"""``beta.conversations.run`` and friends: local functions as tools, against the fake server."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Literal

import pydantic
import pytest

from mistralai.api.agents.run import (
    FunctionResultEvent,
    RunError,
    RunResultEvents,
    ToolExecutionError,
    UnknownToolError,
)
from mistralai.client import Mistral, errors
from mistralai.client.models import (
    FunctionCallEntry,
    FunctionResultEntry,
    MessageOutputEntry,
    MessageOutputEvent,
    ResponseStartedEvent,
)
from mistralai.extra.run.context import RunContext
from mistralai.extra.run.result import RunResult
from mistralai.testing import FakeMistralServer, RequestContext, StreamResponse, sse_event

CALLS: list[tuple[str, str]] = []


def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, object]:
    """Get the current weather of a city.

    :param city: the city's name
    :param unit: the temperature unit
    """
    CALLS.append((city, unit))
    return {"city": city, "temperature": 21, "unit": unit}


def broken(city: str) -> str:
    """Always fails."""
    raise ValueError(f"no data for {city}")


class Answer(pydantic.BaseModel):
    answer: str
    score: int


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    CALLS.clear()
    return Mistral(api_key="test-key", server_url=fake_server.url)


def _bodies(server: FakeMistralServer, method: str = "POST") -> list[dict[str, object]]:
    return [r.json() for r in server.requests.snapshot() if r.method == method]


def test_run_executes_tools_until_the_model_answers(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with RunContext(model="mistral-small-latest") as ctx:
        ctx.register_func(get_weather)
        result = client.beta.conversations.run(ctx, "What's the weather in Paris?")
    assert isinstance(result, RunResult)
    assert CALLS == [("x", "c")]  # called with the model's arguments
    assert [type(e) for e in result.output_entries] == [
        FunctionCallEntry,
        FunctionResultEntry,
        MessageOutputEntry,
    ]
    sent = json.loads(result.output_entries[1].result)  # type: ignore[union-attr]
    assert sent == {"city": "x", "temperature": 21, "unit": "c"}
    assert result.output_as_text == 'Tool results: {"city":"x","temperature":21,"unit":"c"}'
    assert result.conversation_id is not None and result.conversation_id == ctx.conversation_id
    assert result.response is not None and result.response.outputs[-1].type == "message.output"
    assert result.usage.total_tokens > 0
    assert ctx.request_count == 2
    assert result.input_entries[0].type == "message.input"

    start, append = _bodies(fake_server)
    assert start["model"] == "mistral-small-latest"
    assert start["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Get the current weather of a city.",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "city": {"type": "string", "description": "the city's name"},
                        "unit": {
                            "type": "string",
                            "enum": ["c", "f"],
                            "default": "c",
                            "description": "the temperature unit",
                        },
                    },
                    "required": ["city"],
                },
            },
        }
    ]
    assert append["inputs"] == [
        {
            "object": "entry",
            "type": "function.result",
            "tool_call_id": result.output_entries[0].tool_call_id,  # type: ignore[union-attr]
            "result": result.output_entries[1].result,  # type: ignore[union-attr]
        }
    ]


def test_context_continues_the_conversation(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    ctx = RunContext(model="m")
    first = client.beta.conversations.run(ctx, "hello")
    assert first.output_as_text == "You said: hello"  # no tools: a plain answer
    second = client.beta.conversations.run(ctx, "again")
    assert second.conversation_id == first.conversation_id
    assert second.output_as_text == "You said: again"
    paths = [r.path for r in fake_server.requests.snapshot()]
    assert paths == ["/v1/conversations", f"/v1/conversations/{first.conversation_id}"]


def test_tool_errors_go_back_to_the_model(client: Mistral) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(broken)
    result = client.beta.conversations.run(ctx, "try it")
    error_entry = result.output_entries[1]
    assert isinstance(error_entry, FunctionResultEntry)
    assert error_entry.result == "Error while executing broken: ValueError: no data for x"
    assert result.output_as_text == "Tool results: " + error_entry.result


def test_tool_errors_can_stop_the_run(client: Mistral) -> None:
    ctx = RunContext(model="m", continue_on_fn_error=False)
    ctx.register_func(broken)
    with pytest.raises(ToolExecutionError) as info:
        client.beta.conversations.run(ctx, "try it")
    assert info.value.name == "broken"
    assert isinstance(info.value.__cause__, ValueError)


def test_unknown_tool_raises_a_typed_error_naming_it(client: Mistral) -> None:
    tool = {
        "type": "function",
        "function": {"name": "remote_only", "parameters": {"type": "object"}},
    }
    agent = client.beta.agents.create(model="m", name="a", tools=[tool])
    ctx = RunContext(agent_id=agent.id)
    with pytest.raises(UnknownToolError, match="remote_only") as info:
        client.beta.conversations.run(ctx, "go")
    assert info.value.name == "remote_only"


def test_agent_gets_the_registered_functions(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    web = {"type": "web_search"}
    old = {
        "type": "function",
        "function": {"name": "get_weather", "parameters": {"type": "object"}},
    }
    agent = client.beta.agents.create(model="m", name="a", tools=[web, old])
    ctx = RunContext(agent_id=agent.id)
    ctx.register_func(get_weather)
    result = client.beta.conversations.run(ctx, "weather?")
    assert CALLS == [("x", "c")]
    assert result.output_as_text.startswith("Tool results: ")
    updated = client.beta.agents.get(agent_id=agent.id)
    assert updated.version == 1
    assert [t.type for t in updated.tools or []] == ["web_search", "function"]
    weather = (updated.tools or [])[1]
    assert weather.type == "function"
    assert weather.function.description == "Get the current weather of a city."  # type: ignore[union-attr]
    # a second run does not update the agent again
    ctx.conversation_id = None
    client.beta.conversations.run(ctx, "weather?")
    assert len(fake_server.requests.filter(method="PATCH")) == 1


def test_output_format(client: Mistral, fake_server: FakeMistralServer) -> None:
    ctx = RunContext(model="m", output_format=Answer)
    result = client.beta.conversations.run(ctx, "rate it")
    assert result.output_model == Answer(answer="x", score=1)
    assert result.output_as_model == Answer(answer="x", score=1)
    fmt = _bodies(fake_server)[0]["completion_args"]
    assert isinstance(fmt, dict) and fmt["response_format"]["type"] == "json_schema"  # type: ignore[index]


def test_max_steps(client: Mistral) -> None:
    ctx = RunContext(model="m", max_steps=1)
    ctx.register_func(get_weather)
    with pytest.raises(RunError, match="max_steps=1"):
        client.beta.conversations.run(ctx, "loop")


def test_context_needs_a_target() -> None:
    with pytest.raises(RunError):
        RunContext(model="m", agent_id="ag")


def test_run_without_model_or_agent_fails_before_sending(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with pytest.raises(RunError, match="model, an agent_id or a conversation_id"):
        client.beta.conversations.run(RunContext(), "x")
    assert fake_server.requests.snapshot() == []


def test_run_with_invalid_inputs_fails_before_sending(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    bad: list[dict[str, object]] = [{"role": "user"}]  # no content
    with pytest.raises(errors.RequestValidationError, match="invalid inputs") as info:
        client.beta.conversations.run(RunContext(model="m"), bad)  # type: ignore[arg-type]
    assert not isinstance(info.value, pydantic.ValidationError)
    assert info.value.errors
    assert fake_server.requests.snapshot() == []


async def test_run_async_with_invalid_inputs_fails_before_sending(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with pytest.raises(errors.RequestValidationError, match="invalid inputs"):
        await client.beta.conversations.run_async(RunContext(model="m"), 42)  # type: ignore[arg-type]
    assert fake_server.requests.snapshot() == []


def nested_failure(city: str) -> str:
    """Fails with an SDK error (as a nested run or client call would)."""
    raise RunError(f"inner run failed for {city}")


def test_tool_raising_an_sdk_error_goes_back_to_the_model(client: Mistral) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(nested_failure)
    result = client.beta.conversations.run(ctx, "try it")
    error_entry = result.output_entries[1]
    assert isinstance(error_entry, FunctionResultEntry)
    assert (
        error_entry.result
        == "Error while executing nested_failure: RunError: inner run failed for x"
    )


async def test_tool_raising_an_sdk_error_goes_back_to_the_model_async(client: Mistral) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(nested_failure)
    result = await client.beta.conversations.run_async(ctx, "try it")
    error_entry = result.output_entries[1]
    assert isinstance(error_entry, FunctionResultEntry)
    assert (
        error_entry.result
        == "Error while executing nested_failure: RunError: inner run failed for x"
    )


async def test_sync_run_of_async_tool_inside_an_event_loop_stops(client: Mistral) -> None:
    async def fetch(key: str) -> str:
        return key

    ctx = RunContext(model="m")
    ctx.register_func(fetch)
    with pytest.raises(RunError, match="use the async run helpers"):
        client.beta.conversations.run(ctx, "go")


def test_schema_keeps_title_keys_of_default_values(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    def label(
        style: dict[str, str] = {"title": "Dr", "case": "upper"},  # noqa: B006
        kind: Literal["title", "name"] = "title",
    ) -> str:
        """Format a label."""
        return f"{style['title']} {kind}"

    ctx = RunContext(model="m")
    ctx.register_func(label)
    client.beta.conversations.run(ctx, "label?")
    tool = _bodies(fake_server)[0]["tools"][0]  # type: ignore[index]
    properties = tool["function"]["parameters"]["properties"]  # type: ignore[index]
    assert properties["style"]["default"] == {"title": "Dr", "case": "upper"}
    assert properties["kind"] == {"type": "string", "enum": ["title", "name"], "default": "title"}
    assert "title" not in properties["style"]  # pydantic's generated titles are still dropped


async def test_run_async_awaits_async_tools_and_threads_sync_ones(client: Mistral) -> None:
    seen: dict[str, object] = {}

    async def forecast(city: str, days: int) -> str:
        """Forecast.

        Args:
            city: where
            days: how many days
        """
        await asyncio.sleep(0)
        seen["async"] = (city, days)
        return f"sunny in {city} for {days} days"

    def where(place: str) -> str:
        seen["thread"] = threading.current_thread() is threading.main_thread()
        return place

    async with RunContext(model="m") as ctx:
        ctx.register_func(forecast)
        result = await client.beta.conversations.run_async(ctx, "forecast?")
        assert seen["async"] == ("x", 1)
        assert result.output_as_text == "Tool results: sunny in x for 1 days"

    ctx2 = RunContext(model="m")
    ctx2.register_func(where)
    result2 = await client.beta.conversations.run_async(ctx2, "where?")
    assert seen["thread"] is False  # the sync function ran in a worker thread
    assert result2.output_as_text == "Tool results: x"


def test_sync_run_runs_async_tools(client: Mistral) -> None:
    async def fetch(key: str) -> str:
        await asyncio.sleep(0)
        return key.upper()

    ctx = RunContext(model="m")
    ctx.register_func(fetch)
    assert client.beta.conversations.run(ctx, "go").output_as_text == "Tool results: X"


def test_run_stream_yields_events_then_the_result(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    ctx = RunContext(model="m")
    ctx.register_func(get_weather)
    started = time.monotonic()
    arrivals: list[float] = []
    items: list[RunResultEvents | RunResult] = []
    for item in client.beta.conversations.run_stream(
        ctx, "weather?", http_headers={"x-fake-chunk-delay-ms": "40"}
    ):
        arrivals.append(time.monotonic() - started)
        items.append(item)
    *events, result = items
    assert isinstance(result, RunResult)
    assert all(isinstance(e, RunResultEvents) for e in events)
    kinds = [e.event for e in events if isinstance(e, RunResultEvents)]
    assert kinds == [
        "conversation.response.started",
        "function.call.delta",
        "function.call.delta",
        "conversation.response.done",
        "function.result",
        "conversation.response.started",
        *["message.output.delta"] * len(kinds[6:-1]),
        "conversation.response.done",
    ]
    assert arrivals[0] < arrivals[-1] - 0.1
    tool_event = events[4]
    assert isinstance(tool_event, RunResultEvents)
    assert (
        isinstance(tool_event.data, FunctionResultEvent) and tool_event.data.name == "get_weather"
    )
    assert isinstance(events[0], RunResultEvents)
    assert isinstance(events[0].data, ResponseStartedEvent)
    assert CALLS == [("x", "c")]
    assert [e.type for e in result.output_entries] == [
        "function.call",
        "function.result",
        "message.output",
    ]
    call = result.output_entries[0]
    assert isinstance(call, FunctionCallEntry) and call.arguments == '{"city":"x"}'
    assert result.output_as_text.startswith('Tool results: {"city":"x"')
    assert result.usage.total_tokens > 0
    assert ctx.conversation_id == result.conversation_id
    history = client.beta.conversations.get_history(conversation_id=ctx.conversation_id or "")
    assert [e.type for e in history.entries] == [
        "message.input",
        "function.call",
        "function.result",
        "message.output",
    ]
    assert fake_server.requests.snapshot()[0].json()["stream"] is True


async def test_run_stream_async(client: Mistral) -> None:
    async def lookup(query: str) -> list[str]:
        return [query, query]

    ctx = RunContext(model="m")
    ctx.register_func(lookup)
    events = await client.beta.conversations.run_stream_async(ctx, "find")
    items = [item async for item in events]
    result = items[-1]
    assert isinstance(result, RunResult)
    deltas = [
        i.data.content
        for i in items
        if isinstance(i, RunResultEvents) and isinstance(i.data, MessageOutputEvent)
    ]
    assert "".join(d for d in deltas if isinstance(d, str)) == 'Tool results: ["x","x"]'
    assert result.output_as_text == 'Tool results: ["x","x"]'
    results = [i.data for i in items if isinstance(i, RunResultEvents)]
    assert any(isinstance(d, FunctionResultEvent) and d.result == '["x","x"]' for d in results)


def test_run_stream_cut_connection_raises(client: Mistral, fake_server: FakeMistralServer) -> None:
    ctx = RunContext(model="m")
    fake_server.inject_stream_cut(after_chunks=2)
    received: list[object] = []
    with pytest.raises(errors.StreamInterruptedError):
        for item in client.beta.conversations.run_stream(ctx, "a b c"):
            received.append(item)
    assert len(received) == 2


async def test_run_stream_clean_close_before_done_raises(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    def truncated(ctx: RequestContext) -> StreamResponse:
        started = {"type": "conversation.response.started", "conversation_id": "conv_1"}
        delta = {"type": "message.output.delta", "id": "msg_1", "content": "partial"}
        events = [
            sse_event(started, event="conversation.response.started"),
            sse_event(delta, event="message.output.delta"),
        ]  # then a clean end of the body: no conversation.response.done
        return StreamResponse(events)

    fake_server.add_route("POST", "/v1/conversations", truncated)
    events = await client.beta.conversations.run_stream_async(RunContext(model="m"), "x")
    received: list[object] = []
    with pytest.raises(errors.StreamInterruptedError, match=r"conversation\.response\.done"):
        async for item in events:
            received.append(item)
    assert len(received) == 2
