# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (CreateDatasetRecordRequest...)."""

from typing import Any, Literal, TypeAlias

from mistralai.api.observability._generated._models.dataset_record_payload import (
    DatasetRecordPayload,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateDatasetRecordRequest",
    "CreateDatasetRecordRequestSource",
]

CreateDatasetRecordRequestSource: TypeAlias = Literal["DIRECT_INPUT", "TELEMETRY_SPAN"] | str


class CreateDatasetRecordRequest(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"properties"})
    payload: DatasetRecordPayload
    properties: dict[str, Any] | None = None
    source: CreateDatasetRecordRequestSource | None = "DIRECT_INPUT"
