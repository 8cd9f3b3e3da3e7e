# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (DocumentTextContent...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DocumentTextContent",
]


class DocumentTextContent(BaseModel):
    __mistral_keep__ = frozenset()
    text: str
