"""The Responses API through the real client: JSON, SSE, input token counts."""

from __future__ import annotations

import json

import httpx
import pytest

from mistralai.api.responses import models
from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError
from mistralai.testing import FakeMistralServer

MODEL = "mistral-medium-latest"
STREAM_EVENTS = [
    "response.created",
    "response.in_progress",
    "response.output_item.added",
    "response.content_part.added",
    *["response.output_text.delta"] * 4,
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "response.completed",
]


def _text(response: models.CreateResponseResponse) -> str:
    [message] = response.output
    assert isinstance(message, models.ResponsesOutputMessage)
    return "".join(p.text for p in message.content if isinstance(p, models.ResponsesOutputText))


def test_create_answers_the_last_user_input(client: Mistral) -> None:
    first = client.responses.create(model=MODEL, input="hello there", instructions="be brief")
    assert first.object == "response" and first.status == "completed"
    assert _text(first) == "You said: hello there"
    assert first.instructions == "be brief"
    assert first.usage is not None and first.usage.input_tokens == 4
    follow_up = client.responses.create(
        model=MODEL,
        input=[
            {"role": "user", "content": "first"},
            {"role": "user", "content": [{"type": "input_text", "text": "second"}]},
        ],
        previous_response_id=first.id,
    )
    assert _text(follow_up) == "You said: second"
    assert follow_up.previous_response_id == first.id
    with pytest.raises(NotFoundError):
        client.responses.create(model=MODEL, input="x", previous_response_id="resp_unknown")


def test_the_fake_content_header_sets_the_answer(client: Mistral) -> None:
    answer = client.responses.create(
        model=MODEL, input="x", http_headers={"x-fake-content": "Forty-two."}
    )
    assert _text(answer) == "Forty-two."


def test_stream_is_the_full_event_sequence(client: Mistral, fake_server: FakeMistralServer) -> None:
    with client.responses.stream(model=MODEL, input="stream this") as stream:
        frames = list(stream)
    assert [f.event for f in frames] == STREAM_EVENTS
    assert [f.data.model_dump()["sequence_number"] for f in frames] == list(range(len(frames)))
    deltas = "".join(
        f.data.delta for f in frames if isinstance(f.data, models.ResponsesTextDeltaEvent)
    )
    assert deltas == "You said: stream this"
    created, completed = frames[0].data, frames[-1].data
    assert isinstance(created, models.ResponsesCreatedEvent)
    assert created.response.status == "in_progress" and created.response.output == []
    assert isinstance(completed, models.ResponsesCompletedEvent)
    assert completed.response.status == "completed" and _text(completed.response) == deltas
    assert fake_server.requests.last.json()["stream"] is True


WEATHER = {
    "type": "function",
    "name": "get_weather",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
        "required": ["city"],
    },
}


def test_a_required_tool_is_called_then_its_output_answered(client: Mistral) -> None:
    called = client.responses.create(
        model=MODEL, input="weather in Paris?", tools=[WEATHER], tool_choice="required"
    )
    [call] = called.output
    assert isinstance(call, models.ResponsesFunctionToolCall)
    assert (call.name, json.loads(call.arguments)) == ("get_weather", {"city": "x"})
    answered = client.responses.create(
        model=MODEL,
        input=[
            {"role": "user", "content": "weather in Paris?"},
            {"type": "function_call_output", "call_id": call.call_id, "output": "sunny"},
        ],
        tools=[WEATHER],
        tool_choice="required",
    )
    assert _text(answered) == "You said: weather in Paris?"
    # "auto" (the default) answers with text.
    assert _text(client.responses.create(model=MODEL, input="hi", tools=[WEATHER])) == (
        "You said: hi"
    )


def test_a_streamed_tool_call_sends_its_arguments(client: Mistral) -> None:
    with client.responses.stream(
        model=MODEL,
        input="weather?",
        tools=[WEATHER],
        tool_choice={"type": "function", "name": "get_weather"},
    ) as stream:
        frames = list(stream)
    assert [f.event for f in frames] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.completed",
    ]
    done = frames[4].data
    assert isinstance(done, models.ResponsesFunctionCallArgumentsDoneEvent)
    assert (done.name, json.loads(done.arguments)) == ("get_weather", {"city": "x"})


def test_count_input_tokens(client: Mistral) -> None:
    counted = client.responses.count_input_tokens(
        model=MODEL, input=[{"role": "user", "content": "one two three"}], instructions="four five"
    )
    assert (counted.object, counted.input_tokens) == ("response.input_tokens", 5)


def test_a_missing_input_is_a_422(fake_server: FakeMistralServer) -> None:
    # The client requires ``input`` itself, so this goes around it.
    answer = httpx.post(
        f"{fake_server.url}/v1/responses",
        json={"model": MODEL},
        headers={"Authorization": "Bearer k"},
    )
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", "input"]


async def test_responses_async(client: Mistral) -> None:
    answer = await client.responses.create_async(model=MODEL, input="async hello")
    assert _text(answer) == "You said: async hello"
    async with await client.responses.stream_async(model=MODEL, input="async stream") as stream:
        events = [frame.event async for frame in stream]
    assert events[0] == "response.created" and events[-1] == "response.completed"
    counted = await client.responses.count_input_tokens_async(model=MODEL, input="a b")
    assert counted.input_tokens == 2
