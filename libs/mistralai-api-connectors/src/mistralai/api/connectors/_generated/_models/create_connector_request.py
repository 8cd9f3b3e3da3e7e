# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (AuthData, CreateConnectorRequest...)."""

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeAlias

from pydantic import Field

from mistralai.api.connectors._generated._models.extended_o_auth_server_metadata import (
    ExtendedOAuthServerMetadata,
    GlobalHeaderValue,
)
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "AuthData",
    "CreateConnectorRequest",
    "PublicResourceVisibility",
]


class AuthData(BaseModel):
    __mistral_keep__ = frozenset()
    client_id: str
    client_secret: str | None = None


PublicResourceVisibility: TypeAlias = Literal["shared_org", "shared_workspace", "private"] | str
"""Visibility options available to public API callers. Excludes ``shared_global`` which is reserved for system-owned connectors."""


class CreateConnectorRequest(ConstFieldsModel):
    """Public create schema for MCP connectors. Standalone model that excludes internal-only fields (``hosted_internally``, ``mistral_integration``, ``private_tool_execution``, ``auth_scheme``, ``locale``, ``github_app_data``) and restricts visibility to :class:`PublicResourceVisibility` (no ``shared_global``)."""

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"protocol": "mcp"}
    __mistral_keep__ = frozenset({"protocol"})
    protocol: Literal["mcp"] = "mcp"
    """Protocol of the connector. Only 'mcp' is supported on the public endpoint; creating HTTP connectors here is explicitly refused."""
    name: str
    """The name of the connector. Should be 64 char length maximum, alphanumeric, only underscores/dashes."""
    title: str | None = None
    """Optional human-readable title for the connector."""
    description: str
    """The description of the connector."""
    icon_url: str | None = None
    """The optional url of the icon you want to associate to the connector."""
    visibility: PublicResourceVisibility = "private"
    """Visibility of the connector. Use 'shared_workspace' for workspace scoped connectors, or 'private' for private connectors."""
    server: str
    """The url of the MCP server."""
    headers: dict[str, Any] | None = None
    """Optional organization-level headers to be sent with the request to the mcp server."""
    global_headers: dict[str, GlobalHeaderValue] = Field(default={})
    """Optional connector-wide headers, keyed by header name, set at creation and applied to every credential. Secret values are encrypted at rest and never returned in clear."""
    auth_data: AuthData | None = None
    """Optional additional authentication data for the connector."""
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
    """Optional OAuth2 authorization server metadata (authorization_endpoint, token_endpoint, etc.). When provided, skips .well-known discovery and uses these endpoints directly."""
    oauth2_server_metadata_url: str | None = None
    """Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When provided, the metadata is fetched from this URL and used instead of .well-known discovery. Mutually exclusive with oauth2_server_metadata."""
    system_prompt: str | None = None
    """Optional system prompt for the connector."""
