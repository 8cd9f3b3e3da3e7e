# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (DatasetImportTask...)."""

from datetime import datetime

from mistralai.api.observability._generated._models.base_task_status import BaseTaskStatus
from mistralai.core.runtime import BaseModel

__all__ = [
    "DatasetImportTask",
]


class DatasetImportTask(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    dataset_id: str
    workspace_id: str
    status: BaseTaskStatus
    progress: int | None = None
    message: str | None = None
