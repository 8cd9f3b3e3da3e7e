# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (UpdateDatasetRecordPropertiesRequest...)."""

from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateDatasetRecordPropertiesRequest",
]


class UpdateDatasetRecordPropertiesRequest(BaseModel):
    __mistral_keep__ = frozenset()
    properties: dict[str, Any]
