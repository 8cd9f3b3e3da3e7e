# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (StreamError...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "StreamError",
]


class StreamError(BaseModel):
    __mistral_keep__ = frozenset()
    error: str
    reason: str
