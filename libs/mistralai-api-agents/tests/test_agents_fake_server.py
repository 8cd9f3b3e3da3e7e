"""Agents CRUD, versions, aliases and agent completions through the real client, against the
fake server (real HTTP and SSE)."""

from __future__ import annotations

import time

import pytest

from mistralai.client import Mistral, errors
from mistralai.client.models import Agent, AgentAliasResponse, FunctionTool
from mistralai.testing import FakeMistralServer

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather of a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city"],
        },
    },
}
MESSAGES = [{"role": "user", "content": "hello agent"}]


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url)


def test_agents_crud_and_versions(client: Mistral, fake_server: FakeMistralServer) -> None:
    agent = client.beta.agents.create(
        model="mistral-small-latest",
        name="weather bot",
        instructions="Be brief.",
        tools=[WEATHER_TOOL],
        metadata={"team": "a"},
    )
    assert isinstance(agent, Agent)
    assert agent.id and agent.version == 0 and agent.versions == [0]
    assert agent.tools is not None and isinstance(agent.tools[0], FunctionTool)
    assert fake_server.requests.last.json()["tools"] == [WEATHER_TOOL]

    assert client.beta.agents.get(agent_id=agent.id).name == "weather bot"
    assert [a.id for a in client.beta.agents.list()] == [agent.id]
    assert list(client.beta.agents.list(name="nobody")) == []

    updated = client.beta.agents.update(agent_id=agent.id, description="v2", instructions="Long.")
    assert (updated.version, updated.versions) == (1, [0, 1])
    assert updated.description == "v2" and updated.instructions == "Long."
    assert fake_server.requests.last.method == "PATCH"

    versions = client.beta.agents.list_versions(agent_id=agent.id)
    assert [v.version for v in versions] == [1, 0]
    assert (
        client.beta.agents.get_version(agent_id=agent.id, version="0").instructions == "Be brief."
    )

    alias = client.beta.agents.create_version_alias(agent_id=agent.id, alias="stable", version=0)
    assert isinstance(alias, AgentAliasResponse) and alias.version == 0
    assert client.beta.agents.get(agent_id=agent.id, agent_version="stable").version == 0
    assert [a.alias for a in client.beta.agents.list_version_aliases(agent_id=agent.id)] == [
        "stable"
    ]
    client.beta.agents.delete_version_alias(agent_id=agent.id, alias="stable")
    assert list(client.beta.agents.list_version_aliases(agent_id=agent.id)) == []

    switched = client.beta.agents.update_version(agent_id=agent.id, version=0)
    assert switched.version == 0 and switched.description is None

    client.beta.agents.delete(agent_id=agent.id)
    with pytest.raises(errors.NotFoundError):
        client.beta.agents.get(agent_id=agent.id)
    assert list(client.beta.agents.list()) == []


async def test_agents_crud_async(client: Mistral) -> None:
    agent = await client.beta.agents.create_async(model="m", name="async bot")
    fetched = await client.beta.agents.get_async(agent_id=agent.id)
    assert fetched.id == agent.id
    updated = await client.beta.agents.update_async(agent_id=agent.id, name="renamed")
    assert updated.name == "renamed" and updated.version == 1
    await client.beta.agents.delete_async(agent_id=agent.id)
    with pytest.raises(errors.NotFoundError):
        await client.beta.agents.get_async(agent_id=agent.id)


def test_agents_list_pages_cursor(client: Mistral) -> None:
    ids = [client.beta.agents.create(model="m", name=f"a{i}").id for i in range(5)]
    first = client.beta.agents.list_pages(page_size=2)
    assert [a.id for a in first.data] == ids[:2]
    assert first.next_page_token is not None
    second = client.beta.agents.list_pages(page_size=2, page_token=first.next_page_token)
    assert [a.id for a in second.data] == ids[2:4]
    # Iterating goes across every page (cursor or page number), sync and async alike.
    assert [a.id for a in client.beta.agents.list_pages(page_size=2)] == ids
    assert [a.id for a in client.beta.agents.list(page_size=2)] == ids


async def test_agents_pagination_async(client: Mistral) -> None:
    ids = [(await client.beta.agents.create_async(model="m", name=f"a{i}")).id for i in range(3)]
    pages = await client.beta.agents.list_pages_async(page_size=2)
    assert [a.id async for a in pages] == ids


def test_agents_complete(client: Mistral, fake_server: FakeMistralServer) -> None:
    agent = client.beta.agents.create(model="mistral-large-latest", name="echo")
    res = client.agents.complete(agent_id=agent.id, messages=MESSAGES)
    assert res.model == "mistral-large-latest"
    assert res.choices[0].message is not None
    assert res.choices[0].message.content == "You said: hello agent"
    sent = fake_server.requests.last.json()
    assert sent["agent_id"] == agent.id and sent["stream"] is False


def test_agents_complete_uses_agent_tools(client: Mistral) -> None:
    agent = client.beta.agents.create(model="m", name="tools", tools=[WEATHER_TOOL])
    res = client.agents.complete(agent_id=agent.id, messages=MESSAGES, tool_choice="any")
    message = res.choices[0].message
    assert message is not None and message.tool_calls
    assert message.tool_calls[0].function.name == "get_weather"
    assert message.tool_calls[0].function.arguments == '{"city": "x"}'


def test_agents_complete_unknown_agent(client: Mistral) -> None:
    with pytest.raises(errors.NotFoundError):
        client.agents.complete(agent_id="ag_missing", messages=MESSAGES)


def test_agents_stream_is_incremental(client: Mistral, fake_server: FakeMistralServer) -> None:
    agent = client.beta.agents.create(model="m", name="streamer")
    started = time.monotonic()
    arrivals: list[float] = []
    parts: list[str] = []
    with client.agents.stream(
        agent_id=agent.id, messages=MESSAGES, http_headers={"x-fake-chunk-delay-ms": "50"}
    ) as stream:
        for chunk in stream:
            arrivals.append(time.monotonic() - started)
            content = chunk.data.choices[0].delta.content
            if isinstance(content, str):
                parts.append(content)
    assert "".join(parts) == "You said: hello agent"
    assert arrivals[0] < arrivals[-1] - 0.1
    assert fake_server.requests.last.json()["stream"] is True


async def test_agents_stream_async(client: Mistral) -> None:
    agent = await client.beta.agents.create_async(model="m", name="streamer")
    stream = await client.agents.stream_async(agent_id=agent.id, messages=MESSAGES)
    async with stream:
        parts = [c.data.choices[0].delta.content async for c in stream]
    assert "".join(p for p in parts if isinstance(p, str)) == "You said: hello agent"


def test_agents_stream_cut_raises(client: Mistral, fake_server: FakeMistralServer) -> None:
    agent = client.beta.agents.create(model="m", name="cut")
    fake_server.inject_stream_cut(after_chunks=1)
    received: list[object] = []
    with pytest.raises(errors.StreamInterruptedError):
        for chunk in client.agents.stream(agent_id=agent.id, messages=MESSAGES):
            received.append(chunk)
    assert len(received) == 1


def test_bad_input_is_rejected_before_sending(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with pytest.raises(errors.RequestValidationError):
        client.beta.agents.create(model=["not", "a", "string"], name="x")  # type: ignore[arg-type]
    with pytest.raises(errors.RequestValidationError):
        client.beta.conversations.start(inputs=42, model="m")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        client.beta.agents.create(name="no model")  # type: ignore[call-arg]
    assert len(fake_server.requests.snapshot()) == 0
