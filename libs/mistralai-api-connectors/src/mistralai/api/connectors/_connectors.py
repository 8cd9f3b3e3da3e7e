"""``client.beta.connectors``: the generated operations plus the 2.x per-scope methods.

The official 2.x SDK has one method per consumer scope for activating and deactivating a
connector (``activate_for_organization``, ``deactivate_for_workspace``, ...: endpoints
``/v1/connectors/{connector_id}/<scope>/activate``). The spec models these as one operation
with the scope as a path parameter (``activate_for_consumer`` / ``deactivate_for_consumer``,
``/v1/connectors/{connector_id}/{consumer_scope}/activate``); the per-scope methods here call
that operation, so code written for 2.x keeps working.

``activate_for_*`` also accept the 2.x options ``requires_confirmation``,
``skip_confirmation`` (a list of tool names, a ``LogicalExpression`` or ``ToolProperties``),
``include`` and ``exclude``: the 2.x body ``ToolExecutionConfiguration``, which the spec's
activation operation takes through the overlay (``tools/codegen/overlay.py``, defect 9). As 2.x
does, the given options are always sent as a JSON object (``{}`` when none is given), an
explicit ``None`` as ``null``.

(``update`` keeps 2.x's ``connection_config``, ``connection_secrets``, ``headers`` and
``auth_data``, which the spec does not define: the generator emits official body fields the
spec lacks as arguments sent as given.)

3.x's ``mcp_client`` and ``http_client`` reach a connector's upstream through the Connectors
Gateway rather than through an operation of the spec (``_gateway.py``, ``_gateway_mcp.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar

import httpx

from mistralai.api.connectors import _gateway, _gateway_mcp
from mistralai.api.connectors._generated import models
from mistralai.api.connectors._generated.resources import Connectors as GeneratedConnectors
from mistralai.api.connectors._generated.resources import (
    ConnectorsWithRawResponse as GeneratedConnectorsRaw,
)
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig, raw_method

__all__ = ["ActivationOptions", "ConsumerScope", "Connectors", "ConnectorsWithRawResponse"]

_F = TypeVar("_F", bound=Callable[..., Any])

ConsumerScope = Literal["organization", "workspace", "user"]
"""The consumer scopes of connector activation."""


ActivationOptions = models.ToolExecutionConfiguration
"""The 2.x activation options (the body of the activation operation)."""

_Confirmation = (
    Sequence[str]
    | models.LogicalExpression
    | models.LogicalExpressionTypedDict
    | models.ToolProperties
    | models.ToolPropertiesTypedDict
)


_PARAMS_DOC = """
:param connector_id: The connector's id.
:param requires_confirmation: tools that need confirmation: a list of tool names, a
    ``LogicalExpression`` or ``ToolProperties`` (activation only; sent only when given).
:param skip_confirmation: tools that skip confirmation, same forms (activation only).
:param include: 2.x option (tool names), sent only when given (activation only).
:param exclude: 2.x option (tool names), sent only when given (activation only).
:param retries: Override the default retry configuration for this call.
:param server_url: Override the default server URL for this call.
:param timeout_ms: Override the default request timeout, in milliseconds.
:param http_headers: Additional headers to send with this request.
"""

_WHO = {
    "organization": "the whole organization",
    "workspace": "the current workspace",
    "user": "the calling user",
}


_DEPRECATED = (
    "\n.. deprecated:: the official SDK 3.x no longer has this method (kept for code written for "
    "2.x): call ``activate_for_consumer`` / ``deactivate_for_consumer`` with ``consumer_scope``.\n"
)


def _named(method: _F, name: str, doc: str) -> _F:
    method.__name__ = method.__qualname__ = name
    method.__doc__ = doc + "\n" + _DEPRECATED + _PARAMS_DOC
    return method


def _activation(scope: ConsumerScope):
    """``activate_for_<scope>``: the spec's ``{consumer_scope}`` operation for one scope."""

    def method(
        self: Connectors,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[_Confirmation] = UNSET,
        skip_confirmation: OptionalNullable[_Confirmation] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        return self.activate_for_consumer(
            connector_id=connector_id,
            consumer_scope=scope,
            requires_confirmation=requires_confirmation,
            skip_confirmation=skip_confirmation,
            include=include,
            exclude=exclude,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    return _named(
        method,
        f"activate_for_{scope}",
        f"Activate a connector for {_WHO[scope]} (``consumer_scope={scope!r}``).",
    )


def _activation_async(scope: ConsumerScope):
    async def method(
        self: Connectors,
        *,
        connector_id: str,
        requires_confirmation: OptionalNullable[_Confirmation] = UNSET,
        skip_confirmation: OptionalNullable[_Confirmation] = UNSET,
        include: OptionalNullable[Sequence[str]] = UNSET,
        exclude: OptionalNullable[Sequence[str]] = UNSET,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        return await self.activate_for_consumer_async(
            connector_id=connector_id,
            consumer_scope=scope,
            requires_confirmation=requires_confirmation,
            skip_confirmation=skip_confirmation,
            include=include,
            exclude=exclude,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    return _named(method, f"activate_for_{scope}_async", f"Async twin of ``activate_for_{scope}``.")


def _deactivation(scope: ConsumerScope):
    def method(
        self: Connectors,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        return self.deactivate_for_consumer(
            connector_id=connector_id,
            consumer_scope=scope,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    return _named(
        method,
        f"deactivate_for_{scope}",
        f"Deactivate a connector for {_WHO[scope]} (``consumer_scope={scope!r}``).",
    )


def _deactivation_async(scope: ConsumerScope):
    async def method(
        self: Connectors,
        *,
        connector_id: str,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.MessageResponse:
        return await self.deactivate_for_consumer_async(
            connector_id=connector_id,
            consumer_scope=scope,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    return _named(
        method, f"deactivate_for_{scope}_async", f"Async twin of ``deactivate_for_{scope}``."
    )


class Connectors(GeneratedConnectors):
    """Connectors: the generated operations and the 2.x per-scope activation methods."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> ConnectorsWithRawResponse:
        """The same methods (the per-scope activations included), answering a
        ``RawResponse``."""
        return ConnectorsWithRawResponse(self)

    # -- activation: one method per scope and direction, built by the factories above ------
    activate_for_organization = _activation("organization")
    activate_for_organization_async = _activation_async("organization")
    activate_for_workspace = _activation("workspace")
    activate_for_workspace_async = _activation_async("workspace")
    activate_for_user = _activation("user")
    activate_for_user_async = _activation_async("user")
    deactivate_for_organization = _deactivation("organization")
    deactivate_for_organization_async = _deactivation_async("organization")
    deactivate_for_workspace = _deactivation("workspace")
    deactivate_for_workspace_async = _deactivation_async("workspace")
    deactivate_for_user = _deactivation("user")
    deactivate_for_user_async = _deactivation_async("user")

    # -- the Connectors Gateway (3.x) ------------------------------------------------------
    def mcp_client(
        self, *, connector_id_or_name: str, credentials_name: str | None = None
    ) -> _gateway_mcp.MCPClientContext:
        """Open an MCP client session (the ``mcp`` package's ``ClientSession``, initialized)
        with a connector's MCP server, through the Connectors Gateway. Use it with
        ``async with``::

            async with client.beta.connectors.mcp_client(connector_id_or_name="github") as mcp:
                tools = await mcp.list_tools()

        Needs the ``mcp`` package (1.24 or later 1.x): ``pip install
        "mistralai-api-connectors[mcp]"`` (an ``ImportError`` says so otherwise).

        Errors written by the gateway itself (unknown connector, missing credentials,
        upstream unreachable...) raise
        :class:`mistralai.extra.connectors_gateway.ConnectorsGatewayError` (``proxy_error``,
        ``proxy_status_code``, ``details``), from ``async with`` or from any session call;
        the upstream MCP server's errors raise ``mcp.McpError`` as with any MCP server.

        :param connector_id_or_name: The connector's id or name.
        :param credentials_name: Which of the connector's named credentials to use (sent as
            ``x-credentials-name``; the default ones when not given).
        """
        _gateway_mcp.check_mcp()
        return _gateway_mcp.open_mcp_session(
            self._client,
            connector_id_or_name=connector_id_or_name,
            credentials_name=credentials_name,
        )

    def http_client(
        self, *, connector_id_or_name: str, credentials_name: str | None = None
    ) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` for a connector's upstream API, through the Connectors
        Gateway: request paths are relative to the connector's upstream URL. Use it with
        ``async with``::

            async with client.beta.connectors.http_client(connector_id_or_name="crm") as http:
                response = await http.get("contacts", params={"limit": 10})

        The client sends the SDK's credentials with every request (a header the request sets
        itself wins), follows no redirect, and refuses (``ValueError``) a URL outside the
        connector's gateway path (an absolute URL, ``..``).

        Errors written by the gateway itself raise
        :class:`mistralai.extra.connectors_gateway.ConnectorsGatewayError`, a subclass of
        ``httpx.HTTPStatusError`` (catch it first); the upstream API's error responses are
        returned unchanged.

        :param connector_id_or_name: The connector's id or name.
        :param credentials_name: Which of the connector's named credentials to use (sent as
            ``x-credentials-name``; the default ones when not given).
        """
        return _gateway.open_http_client(
            self._client,
            connector_id_or_name=connector_id_or_name,
            credentials_name=credentials_name,
        )


class ConnectorsWithRawResponse(GeneratedConnectorsRaw):
    """``beta.connectors.with_raw_response``: also the 2.x methods of :class:`Connectors`
    (each is one request)."""

    __slots__ = ()

    activate_for_organization = raw_method(Connectors.activate_for_organization)
    activate_for_organization_async = raw_method(Connectors.activate_for_organization_async)
    activate_for_workspace = raw_method(Connectors.activate_for_workspace)
    activate_for_workspace_async = raw_method(Connectors.activate_for_workspace_async)
    activate_for_user = raw_method(Connectors.activate_for_user)
    activate_for_user_async = raw_method(Connectors.activate_for_user_async)
    deactivate_for_organization = raw_method(Connectors.deactivate_for_organization)
    deactivate_for_organization_async = raw_method(Connectors.deactivate_for_organization_async)
    deactivate_for_workspace = raw_method(Connectors.deactivate_for_workspace)
    deactivate_for_workspace_async = raw_method(Connectors.deactivate_for_workspace_async)
    deactivate_for_user = raw_method(Connectors.deactivate_for_user)
    deactivate_for_user_async = raw_method(Connectors.deactivate_for_user_async)
