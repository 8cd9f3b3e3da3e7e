# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the schemas shared by several domains used by the same operations (DeleteFileResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeleteFileResponse",
]


class DeleteFileResponse(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    """The ID of the deleted file."""
    object: str
    """The object type that was deleted"""
    deleted: bool
    """The deletion status."""
