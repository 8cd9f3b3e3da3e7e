# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ImportDatasetFromDatasetRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "ImportDatasetFromDatasetRequest",
]


class ImportDatasetFromDatasetRequest(BaseModel):
    __mistral_keep__ = frozenset()
    dataset_record_ids: list[str]
