# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (Project, ProjectEvaluationSummary...)."""

from datetime import datetime

from mistralai.core.runtime import BaseModel

__all__ = [
    "Project",
    "ProjectEvaluationSummary",
]


class ProjectEvaluationSummary(BaseModel):
    """A lightweight evaluation reference embedded in the projects listing, so the client can render a project's evaluations without firing one request per project."""

    __mistral_keep__ = frozenset()
    id: str
    name: str
    slug: str


class Project(BaseModel):
    __mistral_keep__ = frozenset()
    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    workspace_id: str
    creator_id: str
    name: str
    slug: str
    description: str | None
    is_favorite: bool | None = False
    evaluations: list[ProjectEvaluationSummary] | None = None
