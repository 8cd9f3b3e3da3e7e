# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (ProcessingStatus...)."""

from mistralai.api.files._generated._models.process_status import ProcessStatus
from mistralai.core.runtime import BaseModel

__all__ = [
    "ProcessingStatus",
]


class ProcessingStatus(BaseModel):
    __mistral_keep__ = frozenset()
    document_id: str
    process_status: ProcessStatus
    """Processing status of the document."""
    processing_status: str
