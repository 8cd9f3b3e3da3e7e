# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (CredentialsResponse...)."""

from pydantic import Field

from mistralai.api.connectors._generated._models.authentication_configuration import (
    AuthenticationConfiguration,
)
from mistralai.api.connectors._generated._models.outbound_authentication_type import (
    OutboundAuthenticationType,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "CredentialsResponse",
]


class CredentialsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    credentials: list[AuthenticationConfiguration]
    connector_preset_credentials_for_auth: list[OutboundAuthenticationType] = Field(default=[])
