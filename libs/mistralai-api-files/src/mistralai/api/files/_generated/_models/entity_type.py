# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "EntityType",
]

EntityType: TypeAlias = Literal["User", "Workspace", "Org"] | str
"""The type of entity, used to share a library."""
