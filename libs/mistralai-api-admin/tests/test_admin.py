"""``client.beta.users`` and ``client.beta.admin`` against the fake server.

The ``beta.users`` operations are secured by ``x-api-key`` in the spec
(``DashboardUserContextAuth``); the admin ones by the bearer token. Each generated operation
says where the client's key goes (``Operation.key_headers``, from the spec's security
schemes): the former get it in both headers. A call that brings its own credentials
(``security=`` of 3.x, or ``http_headers=``) gets none of the client's key.
"""

from __future__ import annotations

from itertools import count

import pytest

from mistralai.client import Mistral
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 5_000), True, max_retries=2)
IDENTITY = {"id": "u-1", "email": "ada@example.com", "first_name": "Ada", "last_name": "L"}


@pytest.fixture
def server(fake_server: FakeMistralServer) -> FakeMistralServer:
    @fake_server.route("GET", r"/v1/users/me")
    def identity(ctx: RequestContext) -> Response:
        if ctx.header("x-api-key") is None:
            return json_response({"detail": "x-api-key required"}, status=401)
        return json_response(IDENTITY)

    @fake_server.route("GET", r"/v1/admin/workspaces")
    def workspaces(ctx: RequestContext) -> Response:
        return json_response({"total": 0, "items": [], "page": 1, "page_size": 10})

    return fake_server


def test_users_operations_send_x_api_key(server: FakeMistralServer) -> None:
    with Mistral(api_key="sk-admin", server_url=server.url) as client:
        me = client.beta.users.get_identity()
        assert me.email == "ada@example.com"
        client.beta.admin.workspaces.list()
    users, admin = server.requests
    assert users.header("x-api-key") == "sk-admin"
    assert users.header("authorization") == "Bearer sk-admin"
    assert admin.header("x-api-key") is None
    assert admin.header("authorization") == "Bearer sk-admin"


async def test_async_and_caller_header(server: FakeMistralServer) -> None:
    async with Mistral(api_key=lambda: "sk-rotated", server_url=server.url) as client:
        me = await client.beta.users.get_identity_async()
        await client.beta.users.get_identity_async(http_headers={"x-api-key": "sk-other"})
    assert me.first_name == "Ada"
    assert [r.header("x-api-key") for r in server.requests] == ["sk-rotated", "sk-other"]


def test_key_placements_come_from_the_spec() -> None:
    """The operations that take the key in ``x-api-key`` are those the spec secures with an
    API-key-in-header scheme (read here from the overlaid spec, not from the generator)."""
    import sys
    from pathlib import Path

    from mistralai.api.admin._generated import resources
    from mistralai.core.runtime import Operation

    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from tools.prism.harness import overlay_module

    spec = overlay_module().overlaid_spec()
    schemes = spec["components"]["securitySchemes"]
    by_spec = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and (
            "x-call-security" in op
            or any(
                schemes[name].get("type") == "apiKey"
                for requirement in op.get("security") or []
                for name in requirement
            )
        )
    }
    generated = {
        op.operation_id
        for name in dir(resources)
        if isinstance(op := getattr(resources, name), Operation)
        and ("x-api-key", "") in op.key_headers
    }
    assert generated == by_spec
    assert len(generated) >= 4


def test_per_call_security_replaces_the_clients_key(server: FakeMistralServer) -> None:
    with Mistral(api_key="sk-client", server_url=server.url) as client:
        client.beta.users.get_identity(security={"dashboard_user_context_auth": "sk-user"})
        with pytest.raises(Exception):  # noqa: B017 -- the fake answers 401 without x-api-key
            client.beta.users.get_identity(security={"bearer_user_context_auth": "tok"})
        with pytest.raises(TypeError, match="unknown field"):
            client.beta.users.get_identity(security={"api_key": "x"})
    sent = [(r.header("authorization"), r.header("x-api-key")) for r in server.requests]
    assert sent == [(None, "sk-user"), ("Bearer tok", None)]


def test_retry_sends_the_rotated_key_in_both_headers(server: FakeMistralServer) -> None:
    """A retry authenticates again: the key of the retry (a callable key may rotate between
    attempts) goes in both headers; a caller's own header means none of the client's key."""
    keys = (f"sk-{n}" for n in count(1))
    with Mistral(api_key=lambda: next(keys), server_url=server.url, retry_config=FAST) as client:
        server.inject(status=503, times=1, path=r"/v1/users/me")
        client.beta.users.get_identity()
        server.inject(status=503, times=1, path=r"/v1/users/me")
        client.beta.users.get_identity(http_headers={"x-api-key": "sk-mine"})
    sent = [(r.header("authorization"), r.header("x-api-key")) for r in server.requests]
    assert sent == [
        ("Bearer sk-1", "sk-1"),
        ("Bearer sk-2", "sk-2"),
        (None, "sk-mine"),
        (None, "sk-mine"),
    ]


async def test_async_retry_sends_the_rotated_key_in_both_headers(
    server: FakeMistralServer,
) -> None:
    keys = (f"sk-{n}" for n in count(1))
    async with Mistral(
        api_key=lambda: next(keys), server_url=server.url, retry_config=FAST
    ) as client:
        server.inject(status=503, times=1, path=r"/v1/users/me")
        await client.beta.users.get_identity_async()
    assert [r.header("x-api-key") for r in server.requests] == ["sk-1", "sk-2"]
