# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "RegistrySharingScope",
]

RegistrySharingScope: TypeAlias = Literal["sharing_scope_unspecified", "private", "workspace"] | str
