# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (IngestDocumentsRequest...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "IngestDocumentsRequest",
]


class IngestDocumentsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    documents: list[dict[str, Any]]
