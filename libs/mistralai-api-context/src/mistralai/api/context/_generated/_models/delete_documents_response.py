# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (DeleteDocumentsResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeleteDocumentsResponse",
]


class DeleteDocumentsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    deleted_document_ids: list[str]
    missing: list[str]
