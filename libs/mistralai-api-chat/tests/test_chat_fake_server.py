"""mistralai-api-chat end to end against the fake Mistral server: real HTTP, real SSE, faults."""

from __future__ import annotations

import time

import pydantic
import pytest

from mistralai.client import Mistral, errors
from mistralai.client.models import AssistantMessage, UserMessage
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.testing import FakeMistralServer

FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 5_000), True, max_retries=2)
MESSAGES = [{"role": "user", "content": "hello there"}]


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url, retry_config=FAST)


class City(pydantic.BaseModel):
    name: str
    population: int


def test_complete(client: Mistral, fake_server: FakeMistralServer) -> None:
    res = client.chat.complete(model="mistral-small-latest", messages=MESSAGES, temperature=0.2)
    assert res.choices[0].message is not None
    assert res.choices[0].message.content == "You said: hello there"
    assert res.usage.total_tokens > 0
    sent = fake_server.requests.snapshot()[-1]
    assert sent.json() == {
        "model": "mistral-small-latest",
        "messages": MESSAGES,
        "temperature": 0.2,
        "stream": False,
    }
    assert sent.header("authorization") == "Bearer test-key"


def test_complete_accepts_model_objects(client: Mistral, fake_server: FakeMistralServer) -> None:
    client.chat.complete(
        model="m",
        messages=[
            UserMessage(content="a"),
            AssistantMessage(content="b"),
            UserMessage(content="c"),
        ],
    )
    sent = fake_server.requests.snapshot()[-1].json()
    assert [m["role"] for m in sent["messages"]] == ["user", "assistant", "user"]


def test_stream_is_incremental(client: Mistral, fake_server: FakeMistralServer) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    parts: list[str] = []
    with client.chat.stream(
        model="m", messages=MESSAGES, http_headers={"x-fake-chunk-delay-ms": "50"}
    ) as stream:
        for chunk in stream:
            arrivals.append(time.monotonic() - started)
            content = chunk.data.choices[0].delta.content
            if isinstance(content, str):
                parts.append(content)
    assert "".join(parts) == "You said: hello there"
    assert arrivals[0] < arrivals[-1] - 0.1  # the first chunk came well before the last
    assert fake_server.requests.snapshot()[-1].json()["stream"] is True


async def test_async_complete_and_stream(client: Mistral) -> None:
    res = await client.chat.complete_async(model="m", messages=MESSAGES)
    assert res.choices[0].message is not None
    assert res.choices[0].message.content == "You said: hello there"
    stream = await client.chat.stream_async(model="m", messages=MESSAGES)
    async with stream:
        parts = [c.data.choices[0].delta.content async for c in stream]
    assert "".join(p for p in parts if isinstance(p, str)) == "You said: hello there"


def test_fim(client: Mistral) -> None:
    res = client.fim.complete(model="codestral-latest", prompt="def add(a, b):")
    assert res.choices[0].message is not None
    with client.fim.stream(model="codestral-latest", prompt="def add(a, b):") as stream:
        assert len(list(stream)) > 0


def test_parse_and_parse_stream(client: Mistral, fake_server: FakeMistralServer) -> None:
    res = client.chat.parse(City, model="m", messages=MESSAGES)
    parsed = res.choices[0].message.parsed if res.choices[0].message else None
    assert isinstance(parsed, City)
    sent = fake_server.requests.snapshot()[-1].json()
    fmt = sent["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["additionalProperties"] is False
    assert set(fmt["json_schema"]["schema"]["required"]) == {"name", "population"}
    with client.chat.parse_stream(City, model="m", messages=MESSAGES) as stream:
        for _ in stream:
            pass
    assert isinstance(stream.parsed, City)


async def test_parse_async(client: Mistral) -> None:
    res = await client.chat.parse_async(City, model="m", messages=MESSAGES)
    assert res.choices[0].message is not None
    assert isinstance(res.choices[0].message.parsed, City)


def test_retry_after_from_server(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.inject(429, headers={"Retry-After": "0.3"}, times=1)
    started = time.monotonic()
    res = client.chat.complete(model="m", messages=MESSAGES)
    assert time.monotonic() - started >= 0.29
    assert res.choices[0].message is not None
    assert len(fake_server.requests.snapshot()) == 2


def test_rate_limit_surfaces_after_retries(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.inject(429, headers={"Retry-After": "0"}, times=None)
    with pytest.raises(errors.RateLimitError) as info:
        client.chat.complete(model="m", messages=MESSAGES)
    assert info.value.retry_after == 0.0
    assert len(fake_server.requests.snapshot()) == 3


def test_stream_cut_midway_raises(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.inject_stream_cut(after_chunks=2)
    received: list[object] = []
    with pytest.raises(errors.StreamInterruptedError):
        for chunk in client.chat.stream(model="m", messages=MESSAGES):
            received.append(chunk)
    assert len(received) == 2


def test_disconnect_is_retried_then_succeeds(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject_disconnect(times=1)
    res = client.chat.complete(model="m", messages=MESSAGES)
    assert res.choices[0].message is not None


def test_timeout_is_typed(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.inject_delay(1.0, times=None)
    with pytest.raises(errors.APITimeoutError):
        client.chat.complete(model="m", messages=MESSAGES, timeout_ms=100, retries=None)


def test_validation_error_from_server_is_typed(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(
        422, body={"detail": [{"loc": ["body", "model"], "msg": "bad", "type": "x"}]}
    )
    with pytest.raises(errors.HTTPValidationError) as info:
        client.chat.complete(model="m", messages=MESSAGES)
    assert info.value.data["detail"][0]["msg"] == "bad"


def test_bad_input_fails_before_sending(client: Mistral, fake_server: FakeMistralServer) -> None:
    with pytest.raises(errors.RequestValidationError, match="temperature"):
        client.chat.complete(model="m", messages=MESSAGES, temperature="hot")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        client.chat.complete(model="m")  # type: ignore[call-arg]
    assert fake_server.requests.snapshot() == []


def test_models_list_and_retrieve(client: Mistral) -> None:
    listed = client.models.list()
    assert listed.data and listed.data[0].id
