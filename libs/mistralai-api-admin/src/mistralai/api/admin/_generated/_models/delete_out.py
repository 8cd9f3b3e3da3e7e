# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-admin distribution used by the same operations (DeleteOUT...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeleteOUT",
]


class DeleteOUT(BaseModel):
    __mistral_keep__ = frozenset()
    message: str
    """Deletion result message."""
