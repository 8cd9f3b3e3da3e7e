# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (DocumentUpload2...)."""

from mistralai.core.runtime import BaseModel, File

__all__ = [
    "DocumentUpload2",
]


class DocumentUpload2(BaseModel):
    __mistral_keep__ = frozenset()
    file: File
