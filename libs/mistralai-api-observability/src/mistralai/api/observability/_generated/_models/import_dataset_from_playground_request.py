# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ImportDatasetFromPlaygroundRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ImportDatasetFromPlaygroundRequest",
]


class ImportDatasetFromPlaygroundRequest(BaseModel):
    __mistral_keep__ = frozenset()
    conversation_ids: list[str]
