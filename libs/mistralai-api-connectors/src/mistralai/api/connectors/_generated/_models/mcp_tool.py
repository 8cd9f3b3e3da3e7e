# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (MCPTool...)."""

from typing import Any

from pydantic import Field

from mistralai.api.connectors._generated._models.mcp_server_icon import MCPServerIcon
from mistralai.api.connectors._generated._models.mcp_tool_meta import (
    MCPToolMeta,
    ToolAnnotations,
    ToolExecution,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "MCPTool",
]


class MCPTool(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any] = Field(
        validation_alias="inputSchema", serialization_alias="inputSchema"
    )
    output_schema: dict[str, Any] | None = Field(
        default=None, validation_alias="outputSchema", serialization_alias="outputSchema"
    )
    icons: list[MCPServerIcon] | None = None
    annotations: ToolAnnotations | None = None
    meta: MCPToolMeta | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    execution: ToolExecution | None = None
