# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (DeleteDocumentsRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeleteDocumentsRequest",
]


class DeleteDocumentsRequest(BaseModel):
    __mistral_keep__ = frozenset()
    document_ids: list[str]
