# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (UpdateModelRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateModelRequest",
]


class UpdateModelRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    description: str | None = None
