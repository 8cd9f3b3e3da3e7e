"""``client.beta.connectors`` against the fake server: the 2.x per-scope activation methods
(mapped onto the spec's ``{consumer_scope}`` operations) and ``update`` with the 2.x
parameters, sync and async."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.core.errors import RequestValidationError
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

CONNECTOR_ID = "4b5bd6d2-0ee7-4f5f-9a39-1c7bb2b8d0a1"
SCOPES = ("organization", "workspace", "user")


def connector(connector_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": connector_id,
        "name": "github",
        "description": "GitHub tools",
        "created_at": "2024-01-01T00:00:00Z",
        "modified_at": "2024-01-01T00:00:00Z",
        "owner_type": "user",
        "visibility": "private",
        "private_tool_execution": False,
        **fields,
    }


@pytest.fixture
def server(fake_server: FakeMistralServer) -> FakeMistralServer:
    """The fake server with a stateful activation route and a connector update route."""
    fake_server.state["active"] = set()

    @fake_server.route(
        "POST",
        r"/v1/connectors/(?P<cid>[^/]+)/(?P<scope>organization|workspace|user)"
        r"/(?P<verb>activate|deactivate)",
    )
    def activation(ctx: RequestContext) -> Response:
        key = (ctx.params["cid"], ctx.params["scope"])
        with ctx.server.lock:
            active: set[tuple[str, str]] = ctx.server.state["active"]
            if ctx.params["verb"] == "activate":
                active.add(key)
            else:
                active.discard(key)
        return json_response({"message": f"{ctx.params['verb']}d for {ctx.params['scope']}"})

    @fake_server.route("PATCH", r"/v1/connectors/(?P<cid>[^/]+)")
    def update(ctx: RequestContext) -> Response:
        body = ctx.json()
        return json_response(connector(ctx.params["cid"], title=body.get("title")))

    return fake_server


def client_for(server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test", server_url=server.url)


def test_activate_and_deactivate_per_scope(server: FakeMistralServer) -> None:
    with client_for(server) as client:
        connectors = client.beta.connectors
        for scope in SCOPES:
            res = getattr(connectors, f"activate_for_{scope}")(connector_id=CONNECTOR_ID)
            assert res.message == f"activated for {scope}"
        assert server.state["active"] == {(CONNECTOR_ID, s) for s in SCOPES}
        connectors.deactivate_for_workspace(connector_id=CONNECTOR_ID)
        assert server.state["active"] == {(CONNECTOR_ID, "organization"), (CONNECTOR_ID, "user")}
    paths = [r.path for r in server.requests]
    assert paths == [
        f"/v1/connectors/{CONNECTOR_ID}/organization/activate",
        f"/v1/connectors/{CONNECTOR_ID}/workspace/activate",
        f"/v1/connectors/{CONNECTOR_ID}/user/activate",
        f"/v1/connectors/{CONNECTOR_ID}/workspace/deactivate",
    ]
    # without options, activation sends an empty JSON object, as 2.x does (the spec describes
    # no body); deactivation sends nothing
    assert [r.body for r in server.requests] == [b"{}", b"{}", b"{}", b""]
    assert server.requests.snapshot()[0].header("content-type") == "application/json"


async def test_async_twins(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        connectors = client.beta.connectors
        res = await connectors.activate_for_user_async(connector_id=CONNECTOR_ID)
        assert res.message == "activated for user"
        await connectors.activate_for_organization_async(connector_id=CONNECTOR_ID)
        await connectors.deactivate_for_user_async(connector_id=CONNECTOR_ID)
        await connectors.deactivate_for_organization_async(connector_id=CONNECTOR_ID)
        await connectors.activate_for_workspace_async(connector_id=CONNECTOR_ID)
        await connectors.deactivate_for_workspace_async(connector_id=CONNECTOR_ID)
    assert server.state["active"] == set()
    assert len(server.requests) == 6


def test_activation_options_are_sent_only_when_given(server: FakeMistralServer) -> None:
    with client_for(server) as client:
        client.beta.connectors.activate_for_organization(
            connector_id=CONNECTOR_ID, include=["search_issues"], exclude=None
        )
    request = server.requests.last
    assert request.header("content-type") == "application/json"
    assert request.json() == {"include": ["search_issues"], "exclude": None}


def test_bad_activation_input_fails_before_sending(server: FakeMistralServer) -> None:
    with client_for(server) as client:
        with pytest.raises(TypeError):
            client.beta.connectors.activate_for_user()  # type: ignore[call-arg]
        with pytest.raises(RequestValidationError):
            client.beta.connectors.activate_for_user(
                connector_id=CONNECTOR_ID,
                include=5,  # type: ignore[arg-type]
            )
    assert len(server.requests) == 0


def test_update_keeps_the_2x_parameters(server: FakeMistralServer) -> None:
    with client_for(server) as client:
        res = client.beta.connectors.update(
            connector_id=CONNECTOR_ID,
            title="GitHub",
            connection_config={"org": "acme"},
            headers={"x-team": "a"},
        )
        assert res.id == CONNECTOR_ID
        client.beta.connectors.update(connector_id=CONNECTOR_ID, description="d")
    first, second = (json.loads(r.body) for r in server.requests)
    assert first == {
        "title": "GitHub",
        "protocol": "mcp",
        "connection_config": {"org": "acme"},
        "headers": {"x-team": "a"},
    }
    assert second == {"description": "d", "protocol": "mcp"}


async def test_update_async(server: FakeMistralServer) -> None:
    async with client_for(server) as client:
        res = await client.beta.connectors.update_async(
            connector_id=CONNECTOR_ID, auth_data={"token": "t"}
        )
    assert res.name == "github"
    assert server.requests.last.json()["auth_data"] == {"token": "t"}


async def test_async_activation_options_are_sent_as_given(
    server: FakeMistralServer,
) -> None:
    async with client_for(server) as client:
        await client.beta.connectors.activate_for_workspace_async(
            connector_id=CONNECTOR_ID, skip_confirmation=["search_issues"]
        )
        await client.beta.connectors.activate_for_user_async(connector_id=CONNECTOR_ID)
    with_options, without = server.requests
    assert with_options.path == f"/v1/connectors/{CONNECTOR_ID}/workspace/activate"
    assert with_options.json() == {"skip_confirmation": ["search_issues"]}
    assert without.json() == {}
    assert server.state["active"] == {(CONNECTOR_ID, "workspace"), (CONNECTOR_ID, "user")}
