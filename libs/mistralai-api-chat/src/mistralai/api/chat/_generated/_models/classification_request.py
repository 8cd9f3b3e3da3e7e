# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (ClassificationRequest...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "ClassificationRequest",
]


class ClassificationRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    """ID of the model to use."""
    metadata: dict[str, Any] | None = None
    input: str | list[str]
    """Text to classify."""
