# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (MCPServerIcon...)."""

from pydantic import Field

from mistralai.core.runtime import BaseModel

__all__ = [
    "MCPServerIcon",
]


class MCPServerIcon(BaseModel):
    """An icon for display in user interfaces."""

    __mistral_keep__ = frozenset()
    src: str
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    sizes: list[str] | None = None
