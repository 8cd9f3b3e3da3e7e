# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ImportDatasetFromFileRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ImportDatasetFromFileRequest",
]


class ImportDatasetFromFileRequest(BaseModel):
    __mistral_keep__ = frozenset()
    file_id: str
