# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (Document...)."""

from datetime import datetime
from typing import Any

from mistralai.api.files._generated._models.process_status import ProcessStatus
from mistralai.core.runtime import BaseModel

__all__ = [
    "Document",
]


class Document(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    library_id: str
    hash: str | None
    mime_type: str | None
    extension: str | None
    size: int | None
    name: str
    summary: str | None = None
    created_at: datetime
    last_processed_at: datetime | None = None
    number_of_pages: int | None = None
    process_status: ProcessStatus
    """Processing status of the document."""
    uploaded_by_id: str | None
    uploaded_by_type: str
    tokens_processing_main_content: int | None = None
    tokens_processing_summary: int | None = None
    url: str | None = None
    attributes: dict[str, Any] | None = None
    expires_at: datetime | None = None
    """If set, the document will be automatically deleted after this date."""
    processing_status: str
    tokens_processing_total: int
