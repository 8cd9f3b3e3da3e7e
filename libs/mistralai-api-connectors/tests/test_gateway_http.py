"""``client.beta.connectors.http_client(...)`` against the fake server standing in for the
Connectors Gateway: where requests go, what they carry, which errors raise."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from mistralai.client import Mistral
from mistralai.extra.connectors_gateway import ConnectorsGatewayError
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

GATEWAY_ERROR = (
    "connectors-gateway; error=http_request_error; status-code=400; "
    'details="connector_protocol_mismatch"'
)


@pytest.fixture
def gateway(fake_server: FakeMistralServer) -> FakeMistralServer:
    """The fake server with a gateway route per test connector:

    - ``crm``: echoes the request (the upstream path and query it would forward);
    - ``mcp-only``: the gateway refuses (400 with its ``Proxy-Status`` member);
    - ``flaky``: the upstream's own 503 that went through another proxy (its member has an
      ``error``, but it is not the gateway's);
    - ``moved``: the upstream redirects.
    """
    prefix = r"/v1/connectors-gateway/(?P<connector>[^/]+)/http"

    @fake_server.route("GET", prefix + r"/(?P<rest>.*)")
    @fake_server.route("POST", prefix + r"/(?P<rest>.*)")
    def upstream(ctx: RequestContext) -> Response:
        connector = ctx.params["connector"]
        if connector == "mcp-only":
            return json_response(
                {"detail": "The connector does not support HTTP"},
                400,
                headers={"Proxy-Status": GATEWAY_ERROR},
            )
        if connector == "flaky":
            return json_response(
                {"error": "maintenance"},
                503,
                headers={"Proxy-Status": 'upstream-lb; error=connection_refused; details="a"'},
            )
        if connector == "moved":
            return Response(302, headers={"Location": "/elsewhere"})
        return json_response({"rest": ctx.params["rest"], "query": ctx.query})

    return fake_server


@pytest.fixture
def client(gateway: FakeMistralServer) -> Iterator[Mistral]:
    with Mistral(api_key="test", server_url=gateway.url) as client:
        yield client


async def test_requests_go_to_the_connector_with_credentials(
    client: Mistral, gateway: FakeMistralServer
) -> None:
    async with client.beta.connectors.http_client(
        connector_id_or_name="crm", credentials_name="work"
    ) as http:
        assert isinstance(http, httpx.AsyncClient)
        res = await http.post("contacts/search", params={"q": "ada lovelace"}, json={"limit": 2})
        assert res.status_code == 200
        assert res.json() == {"rest": "contacts/search", "query": "q=ada+lovelace"}
    (request,) = gateway.requests
    assert request.method == "POST"
    assert request.path == "/v1/connectors-gateway/crm/http/contacts/search"
    assert request.header("authorization") == "Bearer test"
    assert request.header("x-credentials-name") == "work"
    assert (request.header("user-agent") or "").startswith("mistralai-modular-python/")
    assert json.loads(request.body) == {"limit": 2}


async def test_connector_name_is_one_path_segment(
    client: Mistral, gateway: FakeMistralServer
) -> None:
    async with client.beta.connectors.http_client(connector_id_or_name="my crm/eu") as http:
        assert str(http.base_url).endswith("/v1/connectors-gateway/my%20crm%2Feu/http/")
        # a leading slash is still relative to the connector, as httpx merges with base_url
        await http.get("/v2/me")
    (request,) = gateway.requests
    assert request.path == "/v1/connectors-gateway/my%20crm%2Feu/http/v2/me"
    assert request.header("x-credentials-name") is None  # the connector's default ones


async def test_credentials_set_by_the_request_win(
    client: Mistral, gateway: FakeMistralServer
) -> None:
    async with client.beta.connectors.http_client(connector_id_or_name="crm") as http:
        await http.get("me", headers={"Authorization": "Bearer other"})
    assert gateway.requests[0].header("authorization") == "Bearer other"


async def test_a_callable_api_key_is_asked_for_every_request(
    gateway: FakeMistralServer,
) -> None:
    keys = iter(["first", "second"])
    with Mistral(api_key=lambda: next(keys), server_url=gateway.url) as client:
        async with client.beta.connectors.http_client(connector_id_or_name="crm") as http:
            await http.get("a")
            await http.get("b")
    assert [r.header("authorization") for r in gateway.requests] == [
        "Bearer first",
        "Bearer second",
    ]


async def test_gateway_errors_raise_connectors_gateway_error(client: Mistral) -> None:
    async with client.beta.connectors.http_client(connector_id_or_name="mcp-only") as http:
        with pytest.raises(ConnectorsGatewayError) as caught:
            await http.get("anything")
    error = caught.value
    assert isinstance(error, httpx.HTTPStatusError)
    assert error.proxy_error == "http_request_error"
    assert error.proxy_status_code == 400
    assert error.details == "connector_protocol_mismatch"
    assert error.proxy_status == GATEWAY_ERROR
    assert error.response.status_code == 400
    assert error.response.json() == {"detail": "The connector does not support HTTP"}
    assert error.request.url.path.endswith("/mcp-only/http/anything")
    assert "connector_protocol_mismatch" in str(error)


async def test_upstream_errors_are_returned_unchanged(client: Mistral) -> None:
    async with client.beta.connectors.http_client(connector_id_or_name="flaky") as http:
        res = await http.get("status")
    assert res.status_code == 503
    assert res.json() == {"error": "maintenance"}
    with pytest.raises(httpx.HTTPStatusError) as caught:
        res.raise_for_status()
    assert not isinstance(caught.value, ConnectorsGatewayError)


async def test_redirects_are_not_followed(client: Mistral, gateway: FakeMistralServer) -> None:
    async with client.beta.connectors.http_client(connector_id_or_name="moved") as http:
        res = await http.get("old")
    assert res.status_code == 302
    assert [r.path for r in gateway.requests] == ["/v1/connectors-gateway/moved/http/old"]


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example.com/user",  # another origin
        "../other/http/x",  # another connector
        "items/%2e%2e/%2E%2E/models",  # encoded dot segments
        "items/..%2F..%2Fmodels",  # dot segments behind an encoded slash
    ],
)
async def test_urls_outside_the_connector_are_refused(
    client: Mistral, gateway: FakeMistralServer, url: str
) -> None:
    async with client.beta.connectors.http_client(connector_id_or_name="crm") as http:
        with pytest.raises(ValueError, match="must target the configured connector"):
            await http.get(url)
    assert list(gateway.requests) == []  # nothing sent, so the API key went nowhere


async def test_timeout_follows_the_client(gateway: FakeMistralServer) -> None:
    with Mistral(api_key="test", server_url=gateway.url, timeout_ms=1500) as client:
        async with client.beta.connectors.http_client(connector_id_or_name="crm") as http:
            assert http.timeout.read == 1.5
    with Mistral(api_key="test", server_url=gateway.url) as client:
        async with client.beta.connectors.http_client(connector_id_or_name="crm") as http:
            assert http.timeout.read == 300.0
