# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ConnectorUpdateCredentialsConsumerScope",
]

ConnectorUpdateCredentialsConsumerScope: TypeAlias = (
    Literal["user", "workspace", "organization"] | str
)
