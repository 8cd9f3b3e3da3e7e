"""``client.beta.connectors``: the generated operations plus the 2.x per-scope methods.

The official 2.x SDK has one method per consumer scope for activating and deactivating a
connector (``activate_for_organization``, ``deactivate_for_workspace``, ...: endpoints
``/v1/connectors/{connector_id}/<scope>/activate``). The spec models these as one operation
with the scope as a path parameter (``activate_for_consumer`` / ``deactivate_for_consumer``,
``/v1/connectors/{connector_id}/{consumer_scope}/activate``); the per-scope methods call that
operation with the scope fixed, so code written for 2.x keeps working. They are generated
(``fix:`` on the operation in tools/codegen/mapping.yaml), with their raw twins, and deprecated
(3.x no longer has them).

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

from typing import Literal

import httpx

from mistralai.api.connectors import _gateway, _gateway_mcp
from mistralai.api.connectors._generated import models
from mistralai.api.connectors._generated.resources import Connectors as GeneratedConnectors

__all__ = ["ActivationOptions", "ConsumerScope", "Connectors"]

ConsumerScope = Literal["organization", "workspace", "user"]
"""The consumer scopes of connector activation."""


ActivationOptions = models.ToolExecutionConfiguration
"""The 2.x activation options (the body of the activation operation)."""


class Connectors(GeneratedConnectors):
    """Connectors: the generated operations (the 2.x per-scope activation methods among them)
    plus the Connectors Gateway clients."""

    __slots__ = ()

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
