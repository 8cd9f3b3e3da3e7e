# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations."""

from typing import Literal, TypeAlias

__all__ = [
    "ListIndexesV1ContextSearchIndexesGetStatus",
]

ListIndexesV1ContextSearchIndexesGetStatus: TypeAlias = (
    Literal["provisioning", "ready", "failed", "deleting"] | str
)
