# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (MessageResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "MessageResponse",
]


class MessageResponse(BaseModel):
    __mistral_keep__ = frozenset()
    message: str
