# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (OptimizationDetail, OptimizationReference...)."""

from datetime import datetime
from typing import Any

from mistralai.core.runtime import BaseModel

__all__ = [
    "OptimizationDetail",
    "OptimizationReference",
]


class OptimizationReference(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    slug: str
    name: str


class OptimizationDetail(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    project_id: str
    name: str
    algorithm: str
    status: str
    source: str
    evaluation_id: str | None = None
    description: str | None = None
    steer: str | None = None
    tags: list[str] | None = None
    workflow_execution_id: str | None = None
    workflow_run_id: str | None = None
    objective_spec: dict[str, Any] | None = None
    outcome: dict[str, Any] | None = None
    evaluation: OptimizationReference | None = None
    project: OptimizationReference | None = None
