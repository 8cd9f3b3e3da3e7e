# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (Dataset...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "Dataset",
]


class Dataset(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    description: str
    owner_id: str
    workspace_id: str
