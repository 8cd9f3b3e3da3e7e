# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (ConnectorCallToolRequest...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "ConnectorCallToolRequest",
]


class ConnectorCallToolRequest(BaseModel):
    """Request body for calling an MCP tool."""

    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"arguments"})
    arguments: dict[str, Any] | None = None
