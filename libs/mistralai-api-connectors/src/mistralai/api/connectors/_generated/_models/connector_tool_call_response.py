# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (AudioContent, BlobResourceContents, ConnectorToolCallMetadata...)."""

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from pydantic import Field

from mistralai.api.connectors._generated._models.annotations import Annotations
from mistralai.api.connectors._generated._models.mcp_server_icon import MCPServerIcon
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "AudioContent",
    "BlobResourceContents",
    "ConnectorToolCallMetadata",
    "ConnectorToolCallResponse",
    "ConnectorToolResultMetadata",
    "EmbeddedResource",
    "ImageContent",
    "ResourceLink",
    "TextContent",
    "TextResourceContents",
]


class AudioContent(ConstFieldsModel):
    """Audio content for a message."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "audio"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["audio"] = "audio"
    data: str
    mime_type: str = Field(validation_alias="mimeType", serialization_alias="mimeType")
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class BlobResourceContents(BaseModel):
    """Binary contents of a resource."""

    __mistral_keep__ = frozenset()
    uri: str
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    blob: str


class TextResourceContents(BaseModel):
    """Text contents of a resource."""

    __mistral_keep__ = frozenset()
    uri: str
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    text: str


class EmbeddedResource(ConstFieldsModel):
    """The contents of a resource, embedded into a prompt or tool call result. It is up to the client how best to render embedded resources for the benefit of the LLM and/or the user."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "resource"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["resource"] = "resource"
    resource: TextResourceContents | BlobResourceContents
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class ImageContent(ConstFieldsModel):
    """Image content for a message."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "image"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["image"] = "image"
    data: str
    mime_type: str = Field(validation_alias="mimeType", serialization_alias="mimeType")
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class ResourceLink(ConstFieldsModel):
    """A resource that the server is capable of reading, included in a prompt or tool call result. Note: resource links returned by tools are not guaranteed to appear in the results of `resources/list` requests."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "resource_link"}
    __mistral_keep__ = frozenset({"type"})
    name: str
    title: str | None = None
    uri: str
    description: str | None = None
    mime_type: str | None = Field(
        default=None, validation_alias="mimeType", serialization_alias="mimeType"
    )
    size: int | None = None
    icons: list[MCPServerIcon] | None = None
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )
    type: Literal["resource_link"] = "resource_link"


class TextContent(ConstFieldsModel):
    """Text content for a message."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"type": "text"}
    __mistral_keep__ = frozenset({"type"})
    type: Literal["text"] = "text"
    text: str
    annotations: Annotations | None = None
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class ConnectorToolResultMetadata(BaseModel):
    """MCP-specific result metadata (isError, structuredContent, _meta)."""

    __mistral_keep__ = frozenset({"isError"})
    is_error: bool = Field(default=False, validation_alias="isError", serialization_alias="isError")
    structured_content: dict[str, Any] | None = Field(
        default=None, validation_alias="structuredContent", serialization_alias="structuredContent"
    )
    meta: dict[str, Any] | None = Field(
        default=None, validation_alias="_meta", serialization_alias="_meta"
    )


class ConnectorToolCallMetadata(BaseModel):
    """Metadata wrapper for MCP tool call responses. Nests MCP-specific fields under `mcp_meta` to avoid collisions with other metadata keys (e.g. `tool_call_result`) in Harmattan's streaming deltas."""

    __mistral_keep__ = frozenset()
    mcp_meta: ConnectorToolResultMetadata | None = None


class ConnectorToolCallResponse(BaseModel):
    """Response from calling an MCP tool. We override mcp_types.CallToolResult because: - Models only support `content`, not `structuredContent` at top level - Downstream consumers (le-chat, etc.) need structuredContent/isError/_meta via metadata SYNC: Keep in sync with Harmattan (orchestrator) for harmonized tool result processing."""

    __mistral_keep__ = frozenset()
    content: list[TextContent | ImageContent | AudioContent | ResourceLink | EmbeddedResource]
    metadata: ConnectorToolCallMetadata | None = None
