"""OAuth for remote MCP servers, against a local authorization server written here.

The authorization server (starlette, on 127.0.0.1) implements what the MCP authorization flow
uses: RFC 8414 metadata, RFC 7591 dynamic client registration, the authorization endpoint
(redirecting with a code, PKCE S256 required), and the token endpoint (authorization_code with
the PKCE verifier checked, refresh_token; client_secret_basic). The MCP server (streamable HTTP)
is behind a bearer gate accepting only the tokens it issued, and publishes RFC 9728 protected
resource metadata naming the authorization server.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from mistralai.extra.exceptions import MCPAuthException
from mistralai.extra.mcp.auth import (
    AsyncOAuth2Client,
    Oauth2AuthorizationScheme,
    OAuthParams,
    build_oauth_params,
    dynamic_client_registration,
    get_oauth_server_metadata,
    get_well_known_authorization_server_metadata,
)
from mistralai.extra.mcp.sse import MCPClientSSE, SSEServerParams

REDIRECT = "http://127.0.0.1:9/callback"


@dataclass
class AuthState:
    clients: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])
    codes: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])
    access_tokens: set[str] = field(default_factory=set[str])
    refresh_tokens: dict[str, str] = field(default_factory=dict[str, str])
    token_requests: list[dict[str, str]] = field(default_factory=list[dict[str, str]])


def auth_server_app(state: AuthState, issuer_holder: list[str]) -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, RedirectResponse, Response
    from starlette.routing import Route

    def error(code: str, status: int = 400) -> Response:
        return JSONResponse({"error": code}, status_code=status)

    async def metadata(request: Request) -> Response:
        issuer = issuer_holder[0]
        return JSONResponse(
            {
                "issuer": issuer,
                "authorization_endpoint": f"{issuer}/authorize",
                "token_endpoint": f"{issuer}/token",
                "registration_endpoint": f"{issuer}/register",
                "response_types_supported": ["code"],
                "grant_types_supported": ["authorization_code", "refresh_token"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic"],
            }
        )

    async def register(request: Request) -> Response:
        body = await request.json()
        if not body.get("redirect_uris"):
            return error("invalid_redirect_uri")
        client_id, secret = "client-" + secrets.token_hex(4), secrets.token_hex(8)
        state.clients[client_id] = {"secret": secret, "redirect_uris": body["redirect_uris"]}
        return JSONResponse({"client_id": client_id, "client_secret": secret, **body}, 201)

    async def authorize(request: Request) -> Response:
        q = request.query_params
        client = state.clients.get(q.get("client_id", ""))
        if client is None or q.get("redirect_uri") not in client["redirect_uris"]:
            return error("invalid_client")
        if q.get("response_type") != "code":
            return error("unsupported_response_type")
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return error("invalid_request")  # PKCE is required here, as MCP requires it
        code = secrets.token_urlsafe(12)
        state.codes[code] = {
            "client_id": q["client_id"],
            "redirect_uri": q["redirect_uri"],
            "challenge": q["code_challenge"],
            "scope": q.get("scope", ""),
        }
        query = urlencode({"code": code, "state": q.get("state", "")})
        return RedirectResponse(f"{q['redirect_uri']}?{query}", status_code=302)

    def issue(client_id: str) -> Response:
        access, refresh = secrets.token_hex(8), secrets.token_hex(8)
        state.access_tokens.add(access)
        state.refresh_tokens[refresh] = client_id
        return JSONResponse(
            {
                "access_token": access,
                "token_type": "Bearer",
                "expires_in": 3600,
                "refresh_token": refresh,
            }
        )

    async def token(request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        state.token_requests.append(form)
        basic = request.headers.get("authorization", "")
        if not basic.startswith("Basic "):
            return error("invalid_client", 401)
        client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
        client = state.clients.get(client_id)
        if client is None or client["secret"] != secret:
            return error("invalid_client", 401)
        if form.get("grant_type") == "authorization_code":
            grant = state.codes.pop(form.get("code", ""), None)
            if grant is None or grant["client_id"] != client_id:
                return error("invalid_grant")
            if form.get("redirect_uri") != grant["redirect_uri"]:
                return error("invalid_grant")
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if challenge != grant["challenge"]:
                return error("invalid_grant")  # wrong or missing PKCE verifier
            return issue(client_id)
        if form.get("grant_type") == "refresh_token":
            if state.refresh_tokens.pop(form.get("refresh_token", ""), None) != client_id:
                return error("invalid_grant")
            state.access_tokens.clear()  # the old access token is revoked with the refresh
            return issue(client_id)
        return error("unsupported_grant_type")

    return Starlette(
        routes=[
            Route("/.well-known/oauth-authorization-server", metadata),
            Route("/register", register, methods=["POST"]),
            Route("/authorize", authorize),
            Route("/token", token, methods=["POST"]),
        ]
    )


@pytest.fixture
def oauth_setup(mcp_kit: Any) -> Iterator[tuple[str, str, AuthState]]:
    """``(mcp_url, auth_server_url, state)``: an MCP server protected by the local
    authorization server (two servers, two origins)."""
    state = AuthState()
    issuer: list[str] = []
    with mcp_kit.serve_asgi(auth_server_app(state, issuer)) as auth_base:
        issuer.append(auth_base)
        gate = mcp_kit.BearerGate(
            mcp_kit.mcp_app("streamable-http"),
            tokens=state.access_tokens,  # the same set: tokens the auth server issues
            resource_metadata={"resource": "mcp", "authorization_servers": [auth_base]},
        )
        with mcp_kit.serve_asgi(gate) as mcp_base:
            yield f"{mcp_base}/mcp", auth_base, state


async def _authorize(client: MCPClientSSE) -> str:
    """Play the user: open the authorization URL, return where the server redirected."""
    url, state = await client.get_auth_url_and_state(REDIRECT)
    query = parse_qs(urlsplit(url).query)
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"]
    assert query["state"] == [state]
    async with httpx.AsyncClient() as http:
        response = await http.get(url)
    assert response.status_code == 302, response.text
    return response.headers["location"]


async def test_discovery_registration_pkce_and_refresh(
    oauth_setup: tuple[str, str, AuthState],
) -> None:
    mcp_url, auth_base, state = oauth_setup
    # discovery: MCP server -> protected resource metadata -> authorization server metadata
    metadata = await get_oauth_server_metadata(mcp_url.removesuffix("/mcp"))
    assert metadata["issuer"] == auth_base
    assert metadata["token_endpoint"] == f"{auth_base}/token"

    params = await build_oauth_params(
        mcp_url.removesuffix("/mcp"), redirect_url=REDIRECT, scope=["tools"]
    )
    assert isinstance(params, OAuthParams)
    assert params.client_id in state.clients  # registered dynamically
    assert params.scheme.refresh_url == f"{auth_base}/token"
    assert params.scheme.scope == ["tools"]

    client = MCPClientSSE(
        SSEServerParams(url=mcp_url, transport="streamable-http"), oauth_params=params
    )
    assert await client.requires_auth() is True
    with pytest.raises(MCPAuthException, match="Authentication required"):
        await client.initialize()

    redirected = await _authorize(client)
    _, state_value = redirected.split("state=")
    token = await client.get_token_from_auth_response(redirected, REDIRECT, state_value)
    assert token["access_token"] in state.access_tokens
    assert state.token_requests[-1]["code_verifier"]  # PKCE verifier sent with the code
    client.set_auth_token(token)
    assert await client.requires_auth() is False
    async with client:
        assert await client.execute_tool("echo", {"text": "authorized"}) == [
            {"type": "text", "text": "echo: authorized"}
        ]

    old = token["access_token"]
    await client.refresh_auth_token()
    assert state.token_requests[-1]["grant_type"] == "refresh_token"
    assert old not in state.access_tokens  # the server revoked it: only the new one works
    async with client:
        assert await client.execute_tool("add", {"a": 1, "b": 1}) == [{"type": "text", "text": "2"}]


async def test_a_code_without_its_verifier_is_refused(
    oauth_setup: tuple[str, str, AuthState],
) -> None:
    mcp_url, _, _ = oauth_setup
    params = await build_oauth_params(mcp_url.removesuffix("/mcp"), redirect_url=REDIRECT)
    client = MCPClientSSE(
        SSEServerParams(url=mcp_url, transport="streamable-http"), oauth_params=params
    )
    redirected = await _authorize(client)
    other = MCPClientSSE(
        SSEServerParams(url=mcp_url, transport="streamable-http"), oauth_params=params
    )
    _, state_value = redirected.split("state=")
    with pytest.raises(MCPAuthException, match="token request failed"):
        # another client instance does not hold the PKCE verifier of that authorization
        await other.get_token_from_auth_response(redirected, REDIRECT, state_value)


async def test_oauth_without_params_and_refresh_without_token(mcp_kit: Any) -> None:
    client = MCPClientSSE(SSEServerParams(url="http://127.0.0.1:9/sse"))
    with pytest.raises(MCPAuthException, match="oauth_params"):
        await client.get_auth_url_and_state(REDIRECT)
    scheme = Oauth2AuthorizationScheme(
        authorization_url="http://127.0.0.1:9/a", token_url="http://127.0.0.1:9/t", scope=[]
    )
    client.set_oauth_params(OAuthParams(scheme=scheme, client_id="c", client_secret="s"))
    with pytest.raises(MCPAuthException, match="refresh url"):
        await client.refresh_auth_token()
    assert isinstance(
        AsyncOAuth2Client.from_oauth_params(client._oauth_params),  # type: ignore[arg-type]  # pyright: ignore[reportPrivateUsage, reportArgumentType]
        AsyncOAuth2Client,
    )


async def test_discovery_fallbacks_and_registration_errors(mcp_kit: Any) -> None:
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def refuse(request: Any) -> Any:
        return JSONResponse({"error": "invalid_client_metadata"}, status_code=400)

    bare = Starlette(routes=[Route("/register", refuse, methods=["POST"])])
    with mcp_kit.serve_asgi(bare) as base:
        assert await get_well_known_authorization_server_metadata(base) is None
        metadata = await get_oauth_server_metadata(f"{base}/some/mcp")
        # no metadata anywhere: the MCP defaults, at the server's origin
        assert metadata["authorization_endpoint"] == f"{base}/authorize"
        assert metadata["registration_endpoint"] == f"{base}/register"
        async with httpx.AsyncClient() as http:
            with pytest.raises(ValueError, match="Client registration failed: status=400"):
                await dynamic_client_registration(f"{base}/register", REDIRECT, http)
