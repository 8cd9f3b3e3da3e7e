"""``client.beta.users`` and ``client.beta.admin`` against the fake server.

The three ``beta.users`` operations are secured by ``x-api-key`` in the spec
(``DashboardUserContextAuth``); the admin ones by the bearer token. The admin package's
middleware adds ``x-api-key`` (the client's key) to the former only.
"""

from __future__ import annotations

from itertools import count

import pytest

from mistralai.api.admin._auth import USER_CONTEXT_PATHS
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


def test_user_context_paths_are_the_specs() -> None:
    """The middleware's paths are those of the operations ``beta.users`` maps."""
    from mistralai.api.admin._generated import resources

    paths = {
        op.path
        for name in dir(resources)
        if name.startswith("_USERS_") and hasattr(op := getattr(resources, name), "path")
    }
    assert paths == set(USER_CONTEXT_PATHS)


def test_retry_sends_the_rotated_key_in_both_headers(server: FakeMistralServer) -> None:
    """A retry reuses the request: the middleware's own ``x-api-key`` from the first attempt
    is replaced by the key of the retry (a callable key may rotate between attempts), while a
    caller's own header is still left as given."""
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
        ("Bearer sk-3", "sk-mine"),
        ("Bearer sk-4", "sk-mine"),
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
