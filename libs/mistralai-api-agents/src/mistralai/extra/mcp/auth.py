"""2.x ``mistralai.extra.mcp.auth``: OAuth 2 for remote MCP servers (authlib).

The MCP authorization flow (https://modelcontextprotocol.io/specification, "Authorization"):

1. discovery (:func:`get_oauth_server_metadata`): the protected resource metadata of the MCP
   server (RFC 9728, ``/.well-known/oauth-protected-resource``) names its authorization server;
   that server's metadata (RFC 8414, ``/.well-known/oauth-authorization-server``) gives the
   endpoints; without either, the MCP defaults (``/authorize``, ``/token``, ``/register``);
2. client registration (:func:`dynamic_client_registration`, RFC 7591) unless the caller has
   a client id and secret;
3. the authorization-code flow with PKCE (S256) and token refresh, driven by
   :class:`~mistralai.extra.mcp.sse.MCPClientSSE` with the :class:`OAuthParams` built by
   :func:`build_oauth_params`.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

import httpx
from authlib.oauth2.rfc8414 import AuthorizationServerMetadata

with warnings.catch_warnings():
    # Recent authlib releases prefer the "httpx2" package and warn when they fall back on
    # httpx: httpx is what this SDK (and mcp) use, and authlib supports it.
    warnings.simplefilter("ignore", DeprecationWarning)
    from authlib.integrations.httpx_client import AsyncOAuth2Client as AsyncOAuth2ClientBase

from mistralai.core.runtime import BaseModel
from mistralai.extra.exceptions import MCPAuthException

__all__ = [
    "AsyncOAuth2Client",
    "OAuthParams",
    "Oauth2AuthorizationScheme",
    "build_oauth_params",
    "dynamic_client_registration",
    "get_oauth_server_metadata",
    "get_well_known_authorization_server_metadata",
]

logger = logging.getLogger(__name__)

_TIMEOUT = 10.0


class Oauth2AuthorizationScheme(BaseModel):
    """The endpoints and scopes of the OAuth flow to perform with the authorization server."""

    authorization_url: str
    token_url: str
    scope: list[str]
    description: str | None = None
    refresh_url: str | None = None


class OAuthParams(BaseModel):
    """Everything the client needs for the OAuth flow: the scheme and its client credentials."""

    scheme: Oauth2AuthorizationScheme
    client_id: str
    client_secret: str


class AsyncOAuth2Client(AsyncOAuth2ClientBase):
    """authlib's async httpx OAuth 2 client, built from :class:`OAuthParams`.

    PKCE (S256) is on: MCP requires it for the authorization-code flow, and it costs the
    servers that ignore it nothing."""

    @classmethod
    def from_oauth_params(cls, oauth_params: OAuthParams) -> AsyncOAuth2Client:
        return cls(
            client_id=oauth_params.client_id,
            client_secret=oauth_params.client_secret,
            scope=" ".join(oauth_params.scheme.scope) or None,
            code_challenge_method="S256",
            timeout=_TIMEOUT,
        )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def _well_known(base: str, name: str) -> list[str]:
    """Where ``name`` metadata of ``base`` may be: RFC 8414/9728 insert the well-known segment
    before the path (``https://a/.well-known/x/path``); MCP servers also serve it under the
    path itself (``https://a/path/.well-known/x``). Most specific first, without repeats."""
    parts = urlsplit(base.rstrip("/"))
    path = parts.path.rstrip("/")
    origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    urls = [f"{origin}/.well-known/{name}{path}", f"{origin}{path}/.well-known/{name}"]
    urls.append(f"{origin}/.well-known/{name}")
    return list(dict.fromkeys(urls))


async def _get_json(client: httpx.AsyncClient, url: str) -> dict[str, Any] | None:
    try:
        response = await client.get(url)
    except httpx.HTTPError as exc:
        logger.debug("OAuth discovery: %s unreachable: %s", url, exc)
        return None
    if not 200 <= response.status_code < 300:
        return None
    try:
        data: object = response.json()
    except ValueError:
        return None
    return cast(dict[str, Any], data) if isinstance(data, dict) else None


async def _authorization_server_metadata(
    client: httpx.AsyncClient, server_url: str
) -> AuthorizationServerMetadata | None:
    for url in _well_known(server_url, "oauth-authorization-server"):
        data = await _get_json(client, url)
        if data is None:
            continue
        try:
            metadata = AuthorizationServerMetadata(data)
            metadata.validate()
        except (ValueError, KeyError) as exc:
            # A document that is there but invalid is an error of the server: say so, then
            # go on like 2.x (the next location, then the defaults).
            logger.warning("invalid OAuth metadata at %s: %s", url, exc)
            continue
        return metadata
    return None


async def get_well_known_authorization_server_metadata(
    server_url: str,
) -> AuthorizationServerMetadata | None:
    """The authorization server metadata (RFC 8414) published for ``server_url``, or None
    when there is none (or it is invalid)."""
    async with httpx.AsyncClient(timeout=_TIMEOUT) as client:
        return await _authorization_server_metadata(client, server_url)


async def get_oauth_server_metadata(server_url: str) -> AuthorizationServerMetadata:
    """The metadata of the authorization server protecting the MCP server ``server_url``.

    Tries the protected resource metadata (RFC 9728) for the authorization server's address,
    then the authorization server metadata there (or at the MCP server itself), then falls
    back on the MCP default endpoints at the server's origin."""
    async with httpx.AsyncClient(timeout=_TIMEOUT) as client:
        issuers: list[str] = []
        for url in _well_known(server_url, "oauth-protected-resource"):
            resource = await _get_json(client, url)
            if resource is not None:
                servers = resource.get("authorization_servers")
                if isinstance(servers, list):
                    issuers.extend(str(s) for s in cast(list[object], servers))
                break
        for issuer in [*issuers, server_url]:
            metadata = await _authorization_server_metadata(client, issuer)
            if metadata is not None:
                return metadata
    base = _origin(server_url)
    # The fallbacks of the MCP specification for servers without metadata discovery.
    return AuthorizationServerMetadata(
        {
            "issuer": base,
            "authorization_endpoint": f"{base}/authorize",
            "token_endpoint": f"{base}/token",
            "registration_endpoint": f"{base}/register",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic"],
            "code_challenge_methods_supported": ["S256", "plain"],
        }
    )


async def dynamic_client_registration(
    register_endpoint: str,
    redirect_url: str,
    async_client: httpx.AsyncClient,
) -> tuple[str, str]:
    """Register this client with the authorization server (RFC 7591); its client id and
    secret. Raises ``ValueError`` (as 2.x) when the server refuses or answers without them."""
    payload = {
        "client_name": "MistralSDKClient",
        "grant_types": ["authorization_code", "refresh_token"],
        "token_endpoint_auth_method": "client_secret_basic",
        "response_types": ["code"],
        "redirect_uris": [redirect_url],
    }
    response = await async_client.post(register_endpoint, json=payload)
    try:
        response.raise_for_status()
        info = cast(dict[str, Any], response.json())
        return str(info["client_id"]), str(info["client_secret"])
    except Exception as exc:
        raise ValueError(
            f"Client registration failed: status={response.status_code}, error={response.text}"
        ) from exc


async def build_oauth_params(
    server_url: str,
    redirect_url: str,
    client_id: str | None = None,
    client_secret: str | None = None,
    scope: list[str] | None = None,
    async_client: httpx.AsyncClient | None = None,
) -> OAuthParams:
    """Discover the authorization server of ``server_url`` and build :class:`OAuthParams`,
    registering the client dynamically unless ``client_id`` and ``client_secret`` are given."""
    metadata = await get_oauth_server_metadata(server_url=server_url)
    grants = cast(list[str], metadata.get("grant_types_supported") or ["authorization_code"])
    token_url = str(metadata["token_endpoint"])
    scheme = Oauth2AuthorizationScheme(
        authorization_url=str(metadata["authorization_endpoint"]),
        token_url=token_url,
        scope=scope or [],
        refresh_url=token_url if "refresh_token" in grants else None,
    )
    if client_id and client_secret:
        return OAuthParams(client_id=client_id, client_secret=client_secret, scheme=scheme)
    register = metadata.get("registration_endpoint")
    if not register:
        raise MCPAuthException(
            f"the authorization server of {server_url} offers no client registration: "
            "pass client_id and client_secret"
        )
    if async_client is not None:
        new_id, new_secret = await dynamic_client_registration(
            str(register), redirect_url, async_client
        )
    else:
        async with httpx.AsyncClient(timeout=_TIMEOUT) as client:
            new_id, new_secret = await dynamic_client_registration(
                str(register), redirect_url, client
            )
    return OAuthParams(client_id=new_id, client_secret=new_secret, scheme=scheme)
