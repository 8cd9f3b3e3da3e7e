# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (RegisterSearchIndexResponseIndex...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "RegisterSearchIndexResponseIndex",
]


class RegisterSearchIndexResponseIndex(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
