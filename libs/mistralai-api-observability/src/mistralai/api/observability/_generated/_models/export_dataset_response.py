# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ExportDatasetResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ExportDatasetResponse",
]


class ExportDatasetResponse(BaseModel):
    __mistral_keep__ = frozenset()
    file_url: str
