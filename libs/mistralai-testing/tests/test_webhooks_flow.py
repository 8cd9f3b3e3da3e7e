"""Webhooks and triggers through the real client: create, list, get, delete, then 404."""

from __future__ import annotations

import httpx
import pytest

from mistralai.api.webhooks._fake_routes import add_trigger_event
from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError
from mistralai.testing import FakeMistralServer


def test_webhook_and_trigger_lifecycle(client: Mistral, fake_server: FakeMistralServer) -> None:
    webhooks, triggers = client.beta.webhooks, client.beta.triggers
    hook = webhooks.create(provider="github", name="repo events", secret="s3cret")
    assert hook.provider == "github" and hook.name == "repo events"
    assert hook.id in hook.url
    assert [w.id for w in webhooks.list()] == [hook.id]
    assert webhooks.get(webhook_id=hook.id) == hook
    assert webhooks.get_signing_secret(webhook_id=hook.id).signing_secret == "s3cret"

    action = {"primitive_id": "wf-echo", "type": "start_workflow"}
    trigger = triggers.create(
        event_source_id=hook.id,
        handler="workflows",
        action=action,
        owner_type="workspace",
        title="On push",
        filters="event == 'push'",
    )
    assert trigger.event_source.id == hook.id
    assert trigger.action.primitive_id == "wf-echo"
    assert [t.id for t in triggers.list(event_source_id=hook.id)] == [trigger.id]
    assert triggers.list(handler="agents") == []
    assert triggers.get(trigger_id=trigger.id).title == "On push"

    assert triggers.list_events(trigger_id=trigger.id).data == []
    first = add_trigger_event(fake_server, trigger.id)
    add_trigger_event(fake_server, trigger.id, status="TRIGGER_FAILED", detail="boom")
    events = triggers.list_events(trigger_id=trigger.id).data
    assert [(e.status, e.detail) for e in events] == [
        ("TRIGGERED", None),
        ("TRIGGER_FAILED", "boom"),
    ]
    assert [e.event_id for e in triggers.list_events(trigger_id=trigger.id, limit=1).data] == [
        first["event_id"]
    ]

    triggers.delete(trigger_id=trigger.id)
    with pytest.raises(NotFoundError):
        triggers.get(trigger_id=trigger.id)
    with pytest.raises(NotFoundError):
        triggers.list_events(trigger_id=trigger.id)
    webhooks.delete(webhook_id=hook.id)
    assert webhooks.list() == []
    for call in (webhooks.get, webhooks.get_signing_secret, webhooks.delete):
        with pytest.raises(NotFoundError):
            call(webhook_id=hook.id)


def test_a_trigger_needs_an_existing_webhook(client: Mistral) -> None:
    with pytest.raises(NotFoundError):
        client.beta.triggers.create(
            event_source_id="missing",
            handler="agents",
            action={"primitive_id": "ag", "type": "start_agent_session"},
            owner_type="user",
            title="t",
        )


def test_deleting_a_webhook_deletes_its_triggers(client: Mistral) -> None:
    hook = client.beta.webhooks.create(provider="custom", name="hook")
    assert client.beta.webhooks.get_signing_secret(webhook_id=hook.id).signing_secret.startswith(
        "whsec_"
    )
    client.beta.triggers.create(
        event_source_id=hook.id,
        handler="agents",
        action={"primitive_id": "ag", "type": "start_agent_session"},
        owner_type="user",
        title="t",
    )
    client.beta.webhooks.delete(webhook_id=hook.id)
    assert client.beta.triggers.list() == []


def test_missing_fields_are_a_422(fake_server: FakeMistralServer) -> None:
    answer = httpx.post(
        f"{fake_server.url}/v1/webhooks", json={"name": "x"}, headers={"Authorization": "Bearer k"}
    )
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", "provider"]


async def test_webhooks_async(client: Mistral) -> None:
    hook = await client.beta.webhooks.create_async(provider="slack", name="alerts")
    assert [w.id for w in await client.beta.webhooks.list_async()] == [hook.id]
    trigger = await client.beta.triggers.create_async(
        event_source_id=hook.id,
        handler="workflows",
        action={"primitive_id": "wf", "type": "start_workflow"},
        owner_type="workspace",
        title="t",
    )
    assert (await client.beta.triggers.get_async(trigger_id=trigger.id)).id == trigger.id
    await client.beta.triggers.delete_async(trigger_id=trigger.id)
    await client.beta.webhooks.delete_async(webhook_id=hook.id)
    with pytest.raises(NotFoundError):
        await client.beta.webhooks.get_async(webhook_id=hook.id)
