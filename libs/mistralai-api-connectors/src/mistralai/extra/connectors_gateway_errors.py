"""3.x ``mistralai.extra.connectors_gateway_errors``: telling the Connectors Gateway's own
errors from the upstream's.

- :class:`ConnectorsGatewayError`: an error response the gateway wrote (its ``Proxy-Status``
  header has a ``connectors-gateway`` member with an ``error`` parameter);
- :func:`raise_connectors_gateway_error`: the ``httpx`` response hook raising it (for an
  ``httpx.AsyncClient`` of one's own aimed at the gateway);
- :func:`single_connectors_gateway_error`: the gateway error inside the exception groups of a
  task group (MCP's), or ``None``.
"""

from __future__ import annotations

from mistralai.api.connectors._gateway import ConnectorsGatewayError
from mistralai.api.connectors._gateway import (
    raise_for_gateway_error as raise_connectors_gateway_error,
)
from mistralai.api.connectors._gateway import (
    unwrap_gateway_error as single_connectors_gateway_error,
)

__all__ = [
    "ConnectorsGatewayError",
    "raise_connectors_gateway_error",
    "single_connectors_gateway_error",
]
