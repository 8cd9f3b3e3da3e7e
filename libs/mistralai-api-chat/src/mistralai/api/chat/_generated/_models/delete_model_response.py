# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (DeleteModelResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeleteModelResponse",
]


class DeleteModelResponse(BaseModel):
    __mistral_keep__ = frozenset({"object", "deleted"})
    id: str
    """The ID of the deleted model."""
    object: str = "model"
    """The object type that was deleted."""
    deleted: bool = True
    """The deletion status."""
