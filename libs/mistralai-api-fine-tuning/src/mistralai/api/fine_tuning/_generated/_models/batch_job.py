# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-fine-tuning distribution used by the same operations (BatchError, BatchJob...)."""

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from mistralai.api.fine_tuning._generated._models.batch_job_status import BatchJobStatus
from mistralai.core.runtime import BaseModel, ConstFieldsModel

__all__ = [
    "BatchError",
    "BatchJob",
]


class BatchError(BaseModel):
    __mistral_keep__ = frozenset({"count"})
    message: str
    count: int = 1


class BatchJob(ConstFieldsModel):
    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "batch"}
    __mistral_keep__ = frozenset({"object"})
    id: str
    object: Literal["batch"] = "batch"
    input_files: list[str]
    metadata: dict[str, Any] | None = None
    endpoint: str
    model: str | None = None
    agent_id: str | None = None
    output_file: str | None = None
    error_file: str | None = None
    errors: list[BatchError]
    outputs: list[dict[str, Any]] | None = None
    status: BatchJobStatus
    created_at: int
    total_requests: int
    completed_requests: int
    succeeded_requests: int
    failed_requests: int
    started_at: int | None = None
    completed_at: int | None = None
