# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (EvaluationRunScoreV2...)."""

from datetime import datetime
from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "EvaluationRunScoreV2",
]


class EvaluationRunScoreV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    value: Any
    metadata_: dict[str, Any]
    status: str
    rationale: str | None = None
    error: str | None = None
