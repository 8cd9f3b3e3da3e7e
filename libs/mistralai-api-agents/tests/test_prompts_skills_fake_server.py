"""beta.prompts and beta.skills (versioned registry objects) against the fake server."""

from __future__ import annotations

import pytest

from mistralai.client import Mistral, errors
from mistralai.client.models import Prompt, Skill
from mistralai.testing import FakeMistralServer


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url)


def test_prompts_versions_and_aliases(client: Mistral, fake_server: FakeMistralServer) -> None:
    prompt = client.beta.prompts.create(
        name="greeting",
        definition={"content": "Hello {{name}}", "variables": [{"name": "name"}]},
        title="Greeting",
        aliases=["prod"],
    )
    assert isinstance(prompt, Prompt)
    assert prompt.id and prompt.version == 1 and prompt.aliases == ["prod"]
    assert fake_server.requests.last.json()["definition"]["content"] == "Hello {{name}}"

    same = client.beta.prompts.create_version(
        prompt_id=prompt.id,
        definition={"content": "Hello {{name}}", "variables": [{"name": "name"}]},
    )
    assert (same.version, same.deduplicated) == (1, True)
    v2 = client.beta.prompts.create_version(
        prompt_id=prompt.id,
        definition={"content": "Hi {{name}}"},
        notes="shorter",
        aliases=["prod"],
    )
    assert (v2.version, v2.deduplicated) == (2, False)

    latest = client.beta.prompts.get(prompt_id=prompt.id)
    assert latest.version == 2 and latest.latest_version == 2 and latest.aliases == ["prod"]
    assert latest.definition is not None and latest.definition.content == "Hi {{name}}"
    first = client.beta.prompts.get_version(prompt_id=prompt.id, version=1)
    assert first.aliases == []  # the alias moved to version 2
    assert client.beta.prompts.get(prompt_id=prompt.id, alias="prod").version == 2

    versions = client.beta.prompts.list_versions(prompt_id=prompt.id)
    assert [v.version for v in versions.data or []] == [2, 1]

    updated = client.beta.prompts.update_version_metadata(
        prompt_id=prompt.id, version=1, aliases={"values": ["old"]}, notes="first"
    )
    assert updated.aliases == ["old"] and updated.notes == "first"
    meta = client.beta.prompts.update_metadata(prompt_id=prompt.id, description="says hi")
    assert meta.description == "says hi" and meta.title == "Greeting"

    other = client.beta.prompts.create(name="other", definition={"content": "x"})
    assert [p.id for p in client.beta.prompts.list(page_size=1)] == [prompt.id, other.id]
    assert [p.id for p in client.beta.prompts.list(alias="old")] == [prompt.id]

    client.beta.prompts.delete(prompt_id=prompt.id)
    with pytest.raises(errors.NotFoundError):
        client.beta.prompts.get(prompt_id=prompt.id)


async def test_skills_async(client: Mistral) -> None:
    skill = await client.beta.skills.create_async(
        name="pdf", definition={"description": "Read PDFs", "body": "Use the reader."}
    )
    assert isinstance(skill, Skill) and skill.version == 1
    created = await client.beta.skills.create_version_async(
        skill_id=skill.id or "", definition={"description": "Read PDFs", "body": "v2"}
    )
    assert created.version == 2
    got = await client.beta.skills.get_async(skill_id=skill.id or "", version=1)
    assert got.definition is not None and got.definition.body == "Use the reader."
    page = await client.beta.skills.list_async()
    assert [s.name async for s in page] == ["pdf"]
    await client.beta.skills.delete_async(skill_id=skill.id or "")
    with pytest.raises(errors.NotFoundError):
        await client.beta.skills.get_async(skill_id=skill.id or "")
