# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (DatasetRecord...)."""

from datetime import datetime
from typing import Any, Literal, TypeAlias

from mistralai.api.observability._generated._models.dataset_record_payload import (
    DatasetRecordPayload,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "DatasetRecord",
    "DatasetRecordSource",
]

DatasetRecordSource: TypeAlias = (
    Literal["EXPLORER", "UPLOADED_FILE", "DIRECT_INPUT", "PLAYGROUND"] | str
)


class DatasetRecord(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    dataset_id: str
    payload: DatasetRecordPayload
    properties: dict[str, Any]
    source: DatasetRecordSource
