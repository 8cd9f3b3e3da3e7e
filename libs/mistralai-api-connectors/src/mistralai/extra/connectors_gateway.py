"""3.x ``mistralai.extra.connectors_gateway``: the Connectors Gateway's names.

``client.beta.connectors.http_client(...)`` and ``client.beta.connectors.mcp_client(...)``
raise :class:`ConnectorsGatewayError` for the errors the gateway writes itself;
``MCPClientContext`` is what ``mcp_client`` returns. The code lives in
``mistralai.api.connectors`` (this module only gives it the official import path).
"""

from __future__ import annotations

from mistralai.api.connectors._gateway import ConnectorsGatewayError
from mistralai.api.connectors._gateway_mcp import MCPClientContext

__all__ = ["ConnectorsGatewayError", "MCPClientContext"]
