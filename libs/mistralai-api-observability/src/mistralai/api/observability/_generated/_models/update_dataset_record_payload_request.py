# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (UpdateDatasetRecordPayloadRequest...)."""

from mistralai.api.observability._generated._models.dataset_record_payload import (
    DatasetRecordPayload,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateDatasetRecordPayloadRequest",
]


class UpdateDatasetRecordPayloadRequest(BaseModel):
    __mistral_keep__ = frozenset()
    payload: DatasetRecordPayload
