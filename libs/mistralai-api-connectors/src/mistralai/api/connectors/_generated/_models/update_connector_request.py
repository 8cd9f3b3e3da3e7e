# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (AuthenticationMethodCreateOrUpdateRequest, Oauth2MetadataSecrets, UpdateConnectorRequest...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from pydantic import Field

from mistralai.api.connectors._generated._models.connector_authentication_header import (
    ConnectorAuthenticationHeader,
)
from mistralai.api.connectors._generated._models.extended_o_auth_server_metadata import (
    ExtendedOAuthServerMetadata,
    GlobalHeaderValue,
)
from mistralai.api.connectors._generated._models.outbound_authentication_type import (
    OutboundAuthenticationType,
)
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "AuthDirection",
    "AuthenticationMethodCreateOrUpdateRequest",
    "InboundAuthenticationType",
    "Oauth2MetadataSecrets",
    "UpdateConnectorRequest",
]

AuthDirection: TypeAlias = Literal["inbound", "outbound"] | str

InboundAuthenticationType: TypeAlias = Literal["webhook"]


class Oauth2MetadataSecrets(BaseModel):
    """OAuth2 client credentials stored alongside a connector's authentication method. Used by OAuth2 and Slack App auth types for token exchange and refresh flows. Contains the client credentials obtained during OAuth2 Dynamic Client Registration or provided at connector creation time."""

    __mistral_keep__ = frozenset()
    client_id: str | None = None
    client_secret: str | None = None
    client_id_issued_at: int | None = None
    client_secret_expires_at: int | None = None


class AuthenticationMethodCreateOrUpdateRequest(BaseModel):
    __mistral_keep__ = frozenset()
    method_type: OutboundAuthenticationType | InboundAuthenticationType
    """The type of authentication method (e.g. oauth2, bearer, none)."""
    auth_direction: AuthDirection = "outbound"
    """Whether the authentication method is for outbound or inbound requests."""
    headers: list[ConnectorAuthenticationHeader] | None = None
    """Set of headers to connect to the connector"""
    global_headers: dict[str, GlobalHeaderValue] = Field(default={})
    """Connector-wide headers keyed by header name, applied to every credential. Secret values are encrypted at rest and never returned in clear."""
    oauth2_metadata_secrets: Oauth2MetadataSecrets | None = None
    """New OAuth2 client credentials (client_id and client_secret)."""
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
    """New OAuth2 authorization server metadata."""


class UpdateConnectorRequest(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"protocol": "mcp"}
    __mistral_keep__ = frozenset({"protocol"})
    title: str | None = None
    """Optional human-readable title for the connector."""
    name: str | None = None
    """The name of the connector."""
    description: str | None = None
    """The description of the connector."""
    icon_url: str | None = None
    """The optional url of the icon you want to associate to the connector."""
    system_prompt: str | None = None
    """Optional system prompt for the connector."""
    protocol: Literal["mcp"] = "mcp"
    server: str | None = None
    """New server url for your mcp connector."""
    auth_methods: list[AuthenticationMethodCreateOrUpdateRequest] | None = None
    """list of authentication methods to add to the connector or to update"""
