# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (PublicAuthenticationMethod...)."""

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
from mistralai.core.runtime import BaseModel

__all__ = [
    "PublicAuthenticationMethod",
]


class PublicAuthenticationMethod(BaseModel):
    """Public view of an authentication method, without secrets."""

    __mistral_keep__ = frozenset()
    method_type: OutboundAuthenticationType
    headers: list[ConnectorAuthenticationHeader] | None = None
    global_headers: dict[str, GlobalHeaderValue] = Field(default={})
    has_default_credentials: bool
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None = None
