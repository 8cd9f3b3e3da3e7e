# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (EvaluationV2...)."""

from datetime import datetime
from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "EvaluationV2",
]


class EvaluationV2(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    workspace_id: str
    creator_id: str
    project_id: str
    name: str
    slug: str
    description: str | None
    tags: list[str]
    metadata_: dict[str, Any]
    is_favorite: bool | None = False
