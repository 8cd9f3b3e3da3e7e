# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "OutboundAuthenticationType",
]

OutboundAuthenticationType: TypeAlias = (
    Literal["oauth2", "bearer", "none", "github_app", "slack_app"] | str
)
