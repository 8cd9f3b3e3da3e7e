# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (ConnectorAuthenticationHeader...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ConnectorAuthenticationHeader",
]


class ConnectorAuthenticationHeader(BaseModel):
    __mistral_keep__ = frozenset({"is_required", "is_secret"})
    name: str
    is_required: bool = True
    is_secret: bool = True
