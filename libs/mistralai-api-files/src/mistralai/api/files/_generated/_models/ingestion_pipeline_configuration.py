# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (IngestionPipelineConfiguration...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "IngestionPipelineConfiguration",
]


class IngestionPipelineConfiguration(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    author_id: str
    name: str
    created_at: datetime
    modified_at: datetime
    last_run_time: datetime | None
    last_run_chunks_count: int
    total_chunks_count: int
    pipeline_composition: dict[str, str] | None
