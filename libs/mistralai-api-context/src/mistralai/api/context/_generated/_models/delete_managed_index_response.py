# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (DeleteManagedIndexResponse...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeleteManagedIndexResponse",
    "DeleteManagedIndexResponseStatus",
]

DeleteManagedIndexResponseStatus: TypeAlias = (
    Literal["provisioning", "ready", "failed", "deleting"] | str
)


class DeleteManagedIndexResponse(BaseModel):
    """Wire representation returned when an index is deleted (id, name, status)."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    status: DeleteManagedIndexResponseStatus | str
