"""Voice agents, audio sessions, voice search (v2) and realtime sessions through the real client."""

from __future__ import annotations

import pytest

from mistralai.api.audio import models
from mistralai.api.audio._fake_routes import DEFAULT_CONFIGURATION
from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError

FUNCTION_TOOL = {
    "type": "function",
    "function": {"name": "book_table", "parameters": {"type": "object", "properties": {}}},
}


def test_agent_lifecycle_with_versions(client: Mistral) -> None:
    agents = client.audio.agents
    receptionist = agents.create(
        name="Receptionist",
        description="answers the phone",
        configuration={"instructions": "Greet callers.", "tools": [{"type": "hang_up"}]},
    )
    assert receptionist.version == 1
    config = receptionist.configuration
    assert config is not None and config.instructions == "Greet callers."
    assert config.llm.model == DEFAULT_CONFIGURATION["llm"]["model"]
    assert [type(t) for t in config.tools or []] == [models.HangUpTool]
    agents.create(name="Concierge", configuration={})
    agents.create(name="Night shift", configuration={})

    names: list[str] = []
    token: str | None = None
    while True:
        page = agents.list(page_size=2, page_token=token)
        names += [a.name or "" for a in page.data]
        if (token := page.next_page_token) is None:
            break
    assert names == ["Receptionist", "Concierge", "Night shift"]
    assert [a.name for a in agents.list(search="night").data] == ["Night shift"]

    v2 = agents.update(
        agent_id=receptionist.id,
        name="Receptionist",
        configuration={"llm": {"model": "mistral-large-latest"}, "tools": [FUNCTION_TOOL]},
    )
    assert v2.version == 2 and v2.configuration is not None
    assert v2.configuration.llm.model == "mistral-large-latest"
    assert agents.get(agent_id=receptionist.id).version == 2
    assert agents.get(agent_id=receptionist.id, version=1) == receptionist
    with pytest.raises(NotFoundError):
        agents.get(agent_id=receptionist.id, version=3)
    versions = agents.list_versions(agent_id=receptionist.id, page_size=1)
    assert [a.version for a in versions.data] == [2] and versions.next_page_token is not None
    older = agents.list_versions(agent_id=receptionist.id, page_token=versions.next_page_token)
    assert [a.version for a in older.data] == [1]

    agents.delete(agent_id=receptionist.id)
    for call in (agents.get, agents.delete, agents.list_versions, agents.list_sessions):
        with pytest.raises(NotFoundError):
            call(agent_id=receptionist.id)
    assert [a.name for a in agents.list().data] == ["Concierge", "Night shift"]


def test_sessions(client: Mistral) -> None:
    agent = client.audio.agents.create(name="Support", configuration={})
    created = client.audio.sessions.create(agent_id=agent.id, tools=[FUNCTION_TOOL])
    assert created.server_url.startswith("wss://") and created.participant_token
    assert [t.function.name for t in created.function_tools or []] == ["book_table"]
    session = client.audio.sessions.get(session_id=created.id)
    assert (session.status, session.num_participants) == ("active", 1)
    [summary] = client.audio.agents.list_sessions(agent_id=agent.id).data
    assert (summary.id, summary.agent_id, summary.duration) == (created.id, agent.id, None)

    client.audio.sessions.close(session_id=created.id)
    assert client.audio.sessions.get(session_id=created.id).status == "ended"
    with pytest.raises(NotFoundError):
        client.audio.sessions.close(session_id=created.id)
    with pytest.raises(NotFoundError):
        client.audio.sessions.get(session_id="unknown")
    with pytest.raises(NotFoundError):
        client.audio.sessions.create(agent_id="unknown")
    standalone = client.audio.sessions.create(instructions="Just chat.")
    [ended] = client.audio.agents.list_sessions(agent_id=agent.id).data  # not the standalone one
    assert ended.id == created.id and ended.duration is not None
    assert client.audio.sessions.get(session_id=standalone.id).status == "active"


def test_voice_search_pages_and_filters(client: Mistral) -> None:
    first = client.audio.voices.search(page_size=1)
    assert [v.name for v in first.data] == ["Ava"] and first.next_page_token is not None
    second = client.audio.voices.search(page_size=1, page_token=first.next_page_token)
    assert [v.name for v in second.data] == ["Leo"] and second.next_page_token is None
    assert [v.name for v in client.audio.voices.search(language=["fr"]).data] == ["Leo"]
    assert [v.name for v in client.audio.voices.search(gender=["female"]).data] == ["Ava"]
    assert [v.name for v in client.audio.voices.search(query="le").data] == ["Leo"]
    assert client.audio.voices.search(type_="custom").data == []


def test_realtime_session(client: Mistral) -> None:
    session = client.realtime.sessions.create(model="voxtral-mini-realtime", ttl_seconds=60)
    assert session.purpose == "realtime" and session.object == "client.session"
    assert session.client_secret.value.startswith("ek_")
    assert session.client_secret.expires_at == session.expires_at


async def test_audio_agents_async(client: Mistral) -> None:
    agent = await client.audio.agents.create_async(name="Async", configuration={})
    session = await client.audio.sessions.create_async(agent_id=agent.id)
    assert (await client.audio.sessions.get_async(session_id=session.id)).status == "active"
    await client.audio.sessions.close_async(session_id=session.id)
    voices = await client.audio.voices.search_async()
    assert len(voices.data) == 2
    await client.audio.agents.delete_async(agent_id=agent.id)
    with pytest.raises(NotFoundError):
        await client.audio.agents.get_async(agent_id=agent.id)
    assert (await client.realtime.sessions.create_async(model="m")).purpose == "realtime"
