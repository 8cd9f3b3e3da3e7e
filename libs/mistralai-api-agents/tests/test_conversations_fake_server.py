"""Conversations (JSON and SSE) through the real client against the fake server."""

from __future__ import annotations

import json
import time

import pytest

from mistralai.client import Mistral, errors
from mistralai.client.models import (
    AgentConversation,
    ConversationEvents,
    FunctionCallEntry,
    FunctionCallEvent,
    FunctionResultEntry,
    MessageInputEntry,
    MessageOutputEntry,
    MessageOutputEvent,
    ModelConversation,
    ResponseDoneEvent,
    ResponseStartedEvent,
)
from mistralai.testing import FakeMistralServer

TOOL = {
    "type": "function",
    "function": {
        "name": "lookup",
        "description": "Look something up",
        "parameters": {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "limit": {"type": "integer", "minimum": 3},
                "exact": {"type": "boolean"},
            },
            "required": ["query", "limit"],
        },
    },
}
EVENT_CLASSES: dict[str, type] = {
    "conversation.response.started": ResponseStartedEvent,
    "message.output.delta": MessageOutputEvent,
    "function.call.delta": FunctionCallEvent,
    "conversation.response.done": ResponseDoneEvent,
}
SLOW = {"x-fake-chunk-delay-ms": "50"}


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url)


def _check_typed(events: list[ConversationEvents]) -> None:
    assert events, "no events"
    for event in events:
        assert isinstance(event.data, EVENT_CLASSES[event.event]), event
        assert event.data.type == event.event
    assert events[0].event == "conversation.response.started"
    assert events[-1].event == "conversation.response.done"


def _text(events: list[ConversationEvents]) -> str:
    return "".join(
        e.data.content
        for e in events
        if isinstance(e.data, MessageOutputEvent) and isinstance(e.data.content, str)
    )


def test_start_append_history_messages(client: Mistral, fake_server: FakeMistralServer) -> None:
    res = client.beta.conversations.start(model="mistral-small-latest", inputs="hello there")
    assert res.conversation_id
    [out] = res.outputs
    assert isinstance(out, MessageOutputEntry) and out.content == "You said: hello there"
    assert res.usage.total_tokens == res.usage.prompt_tokens + res.usage.completion_tokens > 0
    assert fake_server.requests.last.json() == {
        "inputs": "hello there",
        "model": "mistral-small-latest",
        "stream": False,
    }

    more = client.beta.conversations.append(
        conversation_id=res.conversation_id,
        inputs=[{"type": "message.input", "role": "user", "content": "and again"}],
    )
    assert more.conversation_id == res.conversation_id
    assert isinstance(more.outputs[0], MessageOutputEntry)
    assert more.outputs[0].content == "You said: and again"

    history = client.beta.conversations.get_history(conversation_id=res.conversation_id)
    assert [type(e) for e in history.entries] == [
        MessageInputEntry,
        MessageOutputEntry,
        MessageInputEntry,
        MessageOutputEntry,
    ]
    assert all(e.id for e in history.entries)
    messages = client.beta.conversations.get_messages(conversation_id=res.conversation_id)
    assert [m.content for m in messages.messages] == [
        "hello there",
        "You said: hello there",
        "and again",
        "You said: and again",
    ]

    got = client.beta.conversations.get(conversation_id=res.conversation_id)
    assert isinstance(got, ModelConversation) and got.model == "mistral-small-latest"


def test_restart_forks_from_an_entry(client: Mistral) -> None:
    res = client.beta.conversations.start(model="m", inputs="first")
    client.beta.conversations.append(conversation_id=res.conversation_id, inputs="second")
    history = client.beta.conversations.get_history(conversation_id=res.conversation_id)
    first_answer = history.entries[1].id
    assert first_answer is not None
    restarted = client.beta.conversations.restart(
        conversation_id=res.conversation_id, from_entry_id=first_answer, inputs="other"
    )
    assert restarted.conversation_id != res.conversation_id
    assert isinstance(restarted.outputs[0], MessageOutputEntry)
    assert restarted.outputs[0].content == "You said: other"
    forked = client.beta.conversations.get_messages(conversation_id=restarted.conversation_id)
    assert [m.content for m in forked.messages] == [
        "first",
        "You said: first",
        "other",
        "You said: other",
    ]
    with pytest.raises(errors.NotFoundError):
        client.beta.conversations.restart(
            conversation_id=res.conversation_id, from_entry_id="nope", inputs="x"
        )


def test_list_get_delete(client: Mistral) -> None:
    agent = client.beta.agents.create(model="m", name="a")
    by_model = client.beta.conversations.start(model="m", inputs="a")
    by_agent = client.beta.conversations.start(agent_id=agent.id, inputs="b")
    listed = list(client.beta.conversations.list(page_size=1))
    assert [c.id for c in listed] == [by_agent.conversation_id, by_model.conversation_id]
    assert isinstance(listed[0], AgentConversation) and listed[0].agent_id == agent.id
    assert isinstance(listed[1], ModelConversation)
    client.beta.conversations.delete(conversation_id=by_model.conversation_id)
    with pytest.raises(errors.NotFoundError):
        client.beta.conversations.get(conversation_id=by_model.conversation_id)
    with pytest.raises(errors.NotFoundError):
        client.beta.conversations.append(conversation_id=by_model.conversation_id, inputs="x")


def test_function_call_then_result(client: Mistral) -> None:
    res = client.beta.conversations.start(model="m", inputs="find cats", tools=[TOOL])
    [call] = res.outputs
    assert isinstance(call, FunctionCallEntry)
    assert call.name == "lookup"
    assert isinstance(call.arguments, str)
    assert json.loads(call.arguments) == {"query": "x", "limit": 3}
    answer = client.beta.conversations.append(
        conversation_id=res.conversation_id,
        inputs=[FunctionResultEntry(tool_call_id=call.tool_call_id, result="3 cats")],
    )
    [out] = answer.outputs
    assert isinstance(out, MessageOutputEntry) and out.content == "Tool results: 3 cats"
    history = client.beta.conversations.get_history(conversation_id=res.conversation_id)
    assert [e.type for e in history.entries] == [
        "message.input",
        "function.call",
        "function.result",
        "message.output",
    ]


def test_agent_tools_drive_function_calls(client: Mistral) -> None:
    agent = client.beta.agents.create(model="m", name="a", tools=[TOOL])
    res = client.beta.conversations.start(agent_id=agent.id, inputs="go")
    assert isinstance(res.outputs[0], FunctionCallEntry)
    assert res.outputs[0].agent_id == agent.id
    with pytest.raises(errors.NotFoundError):
        client.beta.conversations.start(agent_id="ag_missing", inputs="go")


async def test_async_start_append(client: Mistral) -> None:
    res = await client.beta.conversations.start_async(model="m", inputs="hi")
    more = await client.beta.conversations.append_async(
        conversation_id=res.conversation_id, inputs="bye"
    )
    assert isinstance(more.outputs[0], MessageOutputEntry)
    assert more.outputs[0].content == "You said: bye"
    history = await client.beta.conversations.get_history_async(conversation_id=res.conversation_id)
    assert len(history.entries) == 4


# -- streams


def test_start_stream_is_incremental_and_typed(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    events: list[ConversationEvents] = []
    with client.beta.conversations.start_stream(
        model="m", inputs="one two three", http_headers=SLOW
    ) as stream:
        for event in stream:
            arrivals.append(time.monotonic() - started)
            events.append(event)
    _check_typed(events)
    assert _text(events) == "You said: one two three"
    assert arrivals[0] < arrivals[-1] - 0.15  # the first event came well before the last
    assert fake_server.requests.last.json()["stream"] is True
    done = events[-1].data
    assert isinstance(done, ResponseDoneEvent) and done.usage.completion_tokens == 5
    started_event = events[0].data
    assert isinstance(started_event, ResponseStartedEvent)
    # the streamed turn is stored like a JSON one
    history = client.beta.conversations.get_history(conversation_id=started_event.conversation_id)
    assert isinstance(history.entries[-1], MessageOutputEntry)
    assert history.entries[-1].content == "You said: one two three"


def test_append_and_restart_streams(client: Mistral) -> None:
    res = client.beta.conversations.start(model="m", inputs="hello")
    with client.beta.conversations.append_stream(
        conversation_id=res.conversation_id, inputs="again"
    ) as stream:
        appended = list(stream)
    _check_typed(appended)
    assert _text(appended) == "You said: again"

    first_entry = client.beta.conversations.get_history(
        conversation_id=res.conversation_id
    ).entries[0]
    assert first_entry.id is not None
    with client.beta.conversations.restart_stream(
        conversation_id=res.conversation_id, from_entry_id=first_entry.id, inputs="fork"
    ) as stream:
        restarted = list(stream)
    _check_typed(restarted)
    assert _text(restarted) == "You said: fork"
    started = restarted[0].data
    assert isinstance(started, ResponseStartedEvent)
    assert started.conversation_id != res.conversation_id


def test_stream_function_call_deltas(client: Mistral) -> None:
    with client.beta.conversations.start_stream(model="m", inputs="go", tools=[TOOL]) as stream:
        events = list(stream)
    _check_typed(events)
    deltas = [e.data for e in events if isinstance(e.data, FunctionCallEvent)]
    assert len(deltas) == 2  # the arguments arrive in two pieces
    assert {d.name for d in deltas} == {"lookup"}
    assert json.loads("".join(d.arguments for d in deltas)) == {"query": "x", "limit": 3}


async def test_streams_async(client: Mistral) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    events: list[ConversationEvents] = []
    stream = await client.beta.conversations.start_stream_async(
        model="m", inputs="a b c", http_headers=SLOW
    )
    async with stream:
        async for event in stream:
            arrivals.append(time.monotonic() - started)
            events.append(event)
    _check_typed(events)
    assert arrivals[0] < arrivals[-1] - 0.15
    first = events[0].data
    assert isinstance(first, ResponseStartedEvent)
    conversation_id = first.conversation_id

    stream = await client.beta.conversations.append_stream_async(
        conversation_id=conversation_id, inputs="d"
    )
    async with stream:
        appended = [e async for e in stream]
    _check_typed(appended)
    assert _text(appended) == "You said: d"

    history = await client.beta.conversations.get_history_async(conversation_id=conversation_id)
    entry_id = history.entries[0].id
    assert entry_id is not None
    stream = await client.beta.conversations.restart_stream_async(
        conversation_id=conversation_id, from_entry_id=entry_id
    )
    async with stream:
        restarted = [e async for e in stream]
    _check_typed(restarted)
    assert _text(restarted) == "You said: a b c"


def test_cut_stream_raises(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.inject_stream_cut(after_chunks=2)
    received: list[ConversationEvents] = []
    stream = client.beta.conversations.start_stream(model="m", inputs="a b c d e")
    with pytest.raises(errors.StreamInterruptedError), stream:
        for event in stream:
            received.append(event)
    assert [e.event for e in received] == ["conversation.response.started", "message.output.delta"]


async def test_cut_stream_raises_async(client: Mistral, fake_server: FakeMistralServer) -> None:
    res = await client.beta.conversations.start_async(model="m", inputs="x")
    fake_server.inject_stream_cut(after_chunks=1, reset=True)
    received: list[ConversationEvents] = []
    stream = await client.beta.conversations.append_stream_async(
        conversation_id=res.conversation_id, inputs="a b c"
    )
    with pytest.raises(errors.StreamInterruptedError):
        async with stream:
            async for event in stream:
                received.append(event)
    assert [e.event for e in received] == ["conversation.response.started"]
