"""``client.beta.connectors.mcp_client(...)``: an MCP session with a connector, through the
Connectors Gateway (``{server_url}/v1/connectors-gateway/{connector}/mcp``, streamable HTTP).

It needs the ``mcp`` package, 1.x from 1.24 (``streamable_http_client``, which takes the
``httpx.AsyncClient`` the credentials and the gateway error hook live on). mcp 2 is built on
``httpx2``, whose clients are another type than this SDK's ``httpx`` ones: not supported.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import AsyncGenerator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, TypeAlias, cast

import httpx

from mistralai.api.connectors._gateway import (
    ConnectorsGatewayError,
    client_timeout_s,
    gateway_url,
    new_gateway_client,
    unwrap_gateway_error,
)
from mistralai.core.runtime import BaseClient

if TYPE_CHECKING:
    from mcp import ClientSession

__all__ = ["MCP_INSTALL_HINT", "MCPClientContext", "check_mcp", "open_mcp_session"]

MCPClientContext: TypeAlias = AbstractAsyncContextManager["ClientSession"]
"""What ``mcp_client`` returns: ``async with`` it to get an initialized ``ClientSession``."""

MCP_INSTALL_HINT = 'pip install "mistralai-api-connectors[mcp]"'
MCP_READ_TIMEOUT_S = 300.0
"""How long the session's event stream may stay silent (a tool may work for minutes)."""


def check_mcp() -> None:
    """Raise ``ImportError`` naming the fix when no usable ``mcp`` package is installed, at
    the call rather than at ``async with``."""
    try:
        version = importlib.metadata.version("mcp")
    except importlib.metadata.PackageNotFoundError:
        raise ImportError(
            f"client.beta.connectors.mcp_client needs the mcp package: {MCP_INSTALL_HINT}",
            name="mcp",
        ) from None
    major = version.split(".", 1)[0]
    if major.isdigit() and int(major) >= 2:
        raise ImportError(
            f"client.beta.connectors.mcp_client needs mcp 1.x (>=1.24), found mcp {version}, "
            f'which works with httpx2 clients only: pip install "mcp>=1.24,<2"',
            name="mcp",
        )
    try:
        from mcp.client import streamable_http

        usable = hasattr(streamable_http, "streamable_http_client")  # since mcp 1.24
    except ImportError:  # before 1.8, mcp had no streamable HTTP at all
        usable = False
    if not usable:
        raise ImportError(
            f"client.beta.connectors.mcp_client needs mcp>=1.24 (found {version}): "
            f"{MCP_INSTALL_HINT}",
            name="mcp",
        )


@asynccontextmanager
async def open_mcp_session(
    client: BaseClient, *, connector_id_or_name: str, credentials_name: str | None
) -> AsyncGenerator[ClientSession]:
    """An initialized MCP ``ClientSession`` with the connector, closed on exit.

    The gateway's own errors raise :class:`ConnectorsGatewayError` (from ``async with`` or
    from any session call), not wrapped in the exception groups of MCP's task groups; the
    upstream MCP server's errors raise ``mcp.McpError`` as with any MCP server.
    """
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    url = gateway_url(client.provider.base_url, connector_id_or_name, "mcp")
    failed_posts: list[ConnectorsGatewayError] = []

    def remember(error: ConnectorsGatewayError) -> None:
        if error.request.method == "POST":  # not the optional event stream (GET)
            failed_posts.append(error)

    http = new_gateway_client(
        client,
        credentials_name=credentials_name,
        timeout=httpx.Timeout(client_timeout_s(client), read=MCP_READ_TIMEOUT_S),
        on_error=remember,
    )
    raised_by_caller: Exception | None = None
    try:
        async with (
            http,
            streamable_http_client(str(url), http_client=http) as streams,
            ClientSession(streams[0], streams[1]) as session,
        ):
            await session.initialize()
            try:
                yield session
            except Exception as exc:
                # Leave the session normally and raise it afterwards: raised through MCP's
                # task groups, the caller's own error would come out wrapped in an
                # ExceptionGroup.
                raised_by_caller = exc
    except Exception as exc:
        found = unwrap_gateway_error(exc) or _cause_of_stop(exc, failed_posts)
        if found is None:
            raise
        raise found from None  # what was around it only says a transport task failed
    if raised_by_caller is not None:
        found = _cause_of_stop(raised_by_caller, failed_posts)
        if found is not None:
            raise found from None
        raise raised_by_caller


def _cause_of_stop(
    error: BaseException, failed_posts: list[ConnectorsGatewayError]
) -> ConnectorsGatewayError | None:
    """The gateway error that stopped the session, when ``error`` says it stopped.

    mcp 1.x raises a gateway error of a request out of its task group, but only logs one of a
    notification (``notifications/initialized``...) and closes the session's streams: the
    next call then fails with ``ClosedResourceError`` (or a "Connection closed"
    ``McpError``), which tells nothing of why. The gateway's error does."""
    if failed_posts and _stopped(error):
        return failed_posts[-1]
    return None


def _stopped(error: BaseException) -> bool:
    """Whether ``error`` is how mcp 1.x reports a session whose transport stopped."""
    import anyio
    from mcp.shared.exceptions import McpError
    from mcp.types import CONNECTION_CLOSED

    if isinstance(error, BaseExceptionGroup):
        group = cast("BaseExceptionGroup[BaseException]", error)
        return any(_stopped(inner) for inner in group.exceptions)
    if isinstance(error, anyio.ClosedResourceError | anyio.BrokenResourceError):
        return True
    return isinstance(error, McpError) and error.error.code == CONNECTION_CLOSED
