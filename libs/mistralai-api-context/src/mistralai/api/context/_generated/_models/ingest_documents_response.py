# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (AcceptedDocumentResponse, DocumentFieldErrorResponse, IngestDocumentsResponse...)."""

from collections.abc import Mapping
from typing import ClassVar, Literal, TypeAlias

from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "AcceptedDocumentResponse",
    "DocumentFieldErrorResponse",
    "IngestDocumentsResponse",
    "Location",
    "RejectedDocumentResponse",
]


class AcceptedDocumentResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "accepted"}
    __mistral_keep__ = frozenset({"status"})
    position: int
    document_id: str
    chunk_count: int
    status: Literal["accepted"] = "accepted"


Location: TypeAlias = str | int


class DocumentFieldErrorResponse(BaseModel):
    """A single field-level validation failure within a rejected document."""

    __mistral_keep__ = frozenset()
    location: list[Location]
    type: str
    message: str


class RejectedDocumentResponse(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"status": "rejected"}
    __mistral_keep__ = frozenset({"status"})
    position: int
    errors: list[DocumentFieldErrorResponse]
    status: Literal["rejected"] = "rejected"


class IngestDocumentsResponse(BaseModel):
    __mistral_keep__ = frozenset()
    accepted: int
    rejected: int
    results: list[AcceptedDocumentResponse | RejectedDocumentResponse]
