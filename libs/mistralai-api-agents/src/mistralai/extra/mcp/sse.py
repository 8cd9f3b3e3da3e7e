"""2.x ``mistralai.extra.mcp.sse``: a remote MCP server over SSE or streamable HTTP, with OAuth."""

from __future__ import annotations

import http
import logging
import secrets
from contextlib import AsyncExitStack
from typing import Any, Literal, cast

import httpx
from authlib.oauth2.rfc6749 import OAuth2Token

from mcp.client.sse import sse_client
from mistralai.core.runtime import BaseModel
from mistralai.extra.exceptions import MCPAuthException, MCPException

from .auth import AsyncOAuth2Client, OAuthParams
from .base import MCPClientBase, MCPTransport

__all__ = ["MCPClientSSE", "SSEServerParams"]

logger = logging.getLogger(__name__)


class SSEServerParams(BaseModel):
    """Where and how to reach a remote MCP server.

    ``transport`` (not in 2.x, which only speaks SSE): ``"sse"`` (the 2024-11-05 HTTP+SSE
    transport, ``url`` is the SSE endpoint, usually ``.../sse``) or ``"streamable-http"``
    (the current transport, ``url`` is the MCP endpoint, usually ``.../mcp``; needs mcp>=1.8).
    """

    url: str
    headers: dict[str, Any] | None = None
    timeout: float = 5
    sse_read_timeout: float = 60 * 5
    transport: Literal["sse", "streamable-http"] = "sse"


def _status_error(exc: BaseException) -> httpx.HTTPStatusError | None:
    """The HTTP status error behind ``exc``: mcp's transports run in anyio task groups, which
    wrap errors in exception groups, possibly nested."""
    if isinstance(exc, httpx.HTTPStatusError):
        return exc
    if isinstance(exc, BaseExceptionGroup):
        for inner in cast(BaseExceptionGroup[BaseException], exc).exceptions:
            found = _status_error(inner)
            if found is not None:
                return found
    if exc.__cause__ is not None:
        return _status_error(exc.__cause__)
    return None


class MCPClientSSE(MCPClientBase):
    """MCP client of a remote server (SSE or streamable HTTP).

    OAuth follows the MCP authorization specification: build :class:`OAuthParams` with
    :func:`~mistralai.extra.mcp.auth.build_oauth_params`, send the user to
    :meth:`get_auth_url_and_state`, exchange the redirect for a token with
    :meth:`get_token_from_auth_response` (PKCE), :meth:`set_auth_token`, and
    :meth:`refresh_auth_token` when it expires. A server answering 401 raises
    :class:`~mistralai.extra.exceptions.MCPAuthException`.
    """

    _oauth_params: OAuthParams | None
    _sse_params: SSEServerParams

    def __init__(
        self,
        sse_params: SSEServerParams,
        name: str | None = None,
        oauth_params: OAuthParams | None = None,
        auth_token: OAuth2Token | None = None,
    ) -> None:
        super().__init__(name=name)
        self._sse_params = sse_params
        self._oauth_params = oauth_params
        self._auth_token: OAuth2Token | None = auth_token
        # PKCE verifiers of the authorizations in progress, by their state.
        self._code_verifiers: dict[str, str] = {}

    @property
    def base_url(self) -> str:
        """The server's URL without the transport's endpoint (``/sse`` or ``/mcp``)."""
        url = self._sse_params.url.rstrip("/")
        for suffix in ("/sse", "/mcp"):
            if url.endswith(suffix):
                return url[: -len(suffix)]
        return url

    # -- OAuth

    def set_oauth_params(self, oauth_params: OAuthParams) -> None:
        """Replace the OAuth parameters."""
        if self._oauth_params is not None:
            logger.warning("Overriding current oauth params for %s", self._name)
        self._oauth_params = oauth_params

    def _oauth(self, action: str) -> OAuthParams:
        if self._oauth_params is None:
            raise MCPAuthException(
                f"Can't {action} without oauth_params: pass them to the client or call "
                "set_oauth_params() (build them with mistralai.extra.mcp.auth.build_oauth_params)"
            )
        return self._oauth_params

    async def get_auth_url_and_state(self, redirect_url: str) -> tuple[str, str]:
        """The authorization URL to send the user to, and its ``state`` (keep it for
        :meth:`get_token_from_auth_response`). A PKCE verifier is kept for that state."""
        params = self._oauth("generate an authorization url")
        verifier = secrets.token_urlsafe(48)
        # authlib has no type annotations: use its client as Any, results cast below.
        client: Any = AsyncOAuth2Client.from_oauth_params(params)
        try:
            created = cast(
                tuple[str, str],
                client.create_authorization_url(
                    params.scheme.authorization_url,
                    redirect_uri=redirect_url,
                    code_verifier=verifier,
                ),
            )
        finally:
            await client.aclose()
        url, state = created
        self._code_verifiers[state] = verifier
        return url, state

    async def get_token_from_auth_response(
        self,
        authorization_response: str,
        redirect_url: str,
        state: str,
    ) -> OAuth2Token:
        """Exchange the redirect the user came back with (the full URL, with ``code`` and
        ``state``) for a token. Does not keep it: call :meth:`set_auth_token`."""
        params = self._oauth("fetch a token")
        # authlib has no type annotations: use its client as Any, results cast below.
        client: Any = AsyncOAuth2Client.from_oauth_params(params)
        try:
            token = await client.fetch_token(
                url=params.scheme.token_url,
                authorization_response=authorization_response,
                redirect_uri=redirect_url,
                headers={"Content-Type": "application/x-www-form-urlencoded"},
                state=state,
                code_verifier=self._code_verifiers.pop(state, None),
            )
        except Exception as exc:
            raise MCPAuthException(f"the token request failed: {exc}") from exc
        finally:
            await client.aclose()
        return cast(OAuth2Token, token)

    async def refresh_auth_token(self) -> None:
        """Get a new token with the refresh token, and use it."""
        params = self._oauth("refresh a token")
        if params.scheme.refresh_url is None:
            raise MCPAuthException(
                "Can't refresh a token: the authorization server has no refresh url"
            )
        if self._auth_token is None or not self._auth_token.get("refresh_token"):
            raise MCPAuthException(
                "Can't refresh a token without a refresh token, use `set_auth_token` to add "
                "an OAuth2Token."
            )
        # authlib has no type annotations: use its client as Any, results cast below.
        client: Any = AsyncOAuth2Client.from_oauth_params(params)
        try:
            token = await client.refresh_token(
                url=params.scheme.refresh_url,
                refresh_token=self._auth_token["refresh_token"],
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
        except Exception as exc:
            raise MCPAuthException(f"the token refresh failed: {exc}") from exc
        finally:
            await client.aclose()
        self.set_auth_token(cast(OAuth2Token, token))

    def set_auth_token(self, token: OAuth2Token) -> None:
        """Use ``token`` (its ``access_token`` as a bearer) for the next connections."""
        self._auth_token = token

    def _format_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self._sse_params.headers:
            headers |= {k: str(v) for k, v in self._sse_params.headers.items()}
        if self._auth_token:
            headers["Authorization"] = f"Bearer {self._auth_token['access_token']}"
        return headers

    async def requires_auth(self) -> bool:
        """Whether the server answers 401 to this client (as it is authenticated now)."""
        method = "GET" if self._sse_params.transport == "sse" else "POST"
        headers = {"Accept": "application/json, text/event-stream", **self._format_headers()}
        body = None
        if method == "POST":  # a streamable HTTP server only answers MCP messages
            body = {"jsonrpc": "2.0", "id": 0, "method": "ping"}
        async with (
            httpx.AsyncClient(timeout=self._sse_params.timeout) as client,
            client.stream(method, self._sse_params.url, headers=headers, json=body) as response,
        ):
            return response.status_code == http.HTTPStatus.UNAUTHORIZED

    # -- transport

    async def _get_transport(self, exit_stack: AsyncExitStack) -> MCPTransport:
        params = self._sse_params
        if params.transport == "sse":
            read, write = await exit_stack.enter_async_context(
                sse_client(
                    url=params.url,
                    headers=self._format_headers(),
                    timeout=params.timeout,
                    sse_read_timeout=params.sse_read_timeout,
                )
            )
            return read, write
        return await self._streamable_http(exit_stack)

    def _translate_error(self, error: BaseException) -> BaseException:
        status = _status_error(error)
        if status is not None and status.response.status_code == http.HTTPStatus.UNAUTHORIZED:
            if self._oauth_params is None and self._auth_token is None:
                return MCPAuthException("Authentication required but no auth params provided.")
            return MCPAuthException("Authentication required.")
        return error

    async def _streamable_http(self, exit_stack: AsyncExitStack) -> MCPTransport:
        import mcp.client.streamable_http as streamable

        params = self._sse_params
        timeout = httpx.Timeout(params.timeout, read=params.sse_read_timeout)
        if hasattr(streamable, "streamable_http_client"):  # newer mcp 1.x: takes an httpx client
            client = await exit_stack.enter_async_context(
                httpx.AsyncClient(headers=self._format_headers(), timeout=timeout)
            )
            # mcp 1.x yields (read, write, get_session_id), mcp 2.x (read, write)
            opened = await exit_stack.enter_async_context(
                streamable.streamable_http_client(params.url, http_client=client)
            )
            return opened[0], opened[1]
        if hasattr(
            streamable, "streamablehttp_client"
        ):  # older mcp 1.x (from 1.8), deprecated since
            old = cast(Any, streamable).streamablehttp_client
            opened = await exit_stack.enter_async_context(
                old(
                    url=params.url,
                    headers=self._format_headers(),
                    timeout=params.timeout,
                    sse_read_timeout=params.sse_read_timeout,
                )
            )
            return opened[0], opened[1]
        raise MCPException(  # pragma: no cover - mcp < 1.8
            "the streamable HTTP transport needs mcp>=1.8: pip install --upgrade mcp"
        )
