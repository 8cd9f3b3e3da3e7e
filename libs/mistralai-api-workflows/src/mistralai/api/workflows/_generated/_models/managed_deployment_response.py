# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentBuildState, DeploymentObservedState, DeploymentWorkerSpecResponse...)."""

from datetime import datetime

from mistralai.api.workflows._generated._models.deployment_resource_config import (
    DeploymentResourceConfig,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "DeploymentBuildState",
    "DeploymentObservedState",
    "DeploymentWorkerSpecResponse",
    "GitCommitAuthor",
    "GitCommitMetadata",
    "ManagedDeploymentResponse",
]


class DeploymentBuildState(BaseModel):
    __mistral_keep__ = frozenset()
    phase: str | None = None
    commit_sha: str | None = None
    image: str | None = None
    message: str | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None


class DeploymentObservedState(BaseModel):
    __mistral_keep__ = frozenset()
    phase: str | None = None
    available_replicas: int = 0
    ready_replicas: int = 0
    endpoint: str | None = None
    message: str | None = None
    last_seen: datetime | None = None
    deployed_revision: str | None = None
    generation: int | None = None
    build_state: DeploymentBuildState | None = None


class GitCommitAuthor(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    username: str | None = None
    html_url: str | None = None


class GitCommitMetadata(BaseModel):
    __mistral_keep__ = frozenset()
    sha: str
    message: str | None = None
    author: GitCommitAuthor | None = None
    html_url: str | None = None


class DeploymentWorkerSpecResponse(BaseModel):
    __mistral_keep__ = frozenset()
    github_url: str
    type: str = "workflows_worker"
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None
    restarted_at: str | None = None
    commit_sha: str | None = None
    commit: GitCommitMetadata | None = None


class ManagedDeploymentResponse(BaseModel):
    __mistral_keep__ = frozenset()
    service_id: str
    name: str
    spec: DeploymentWorkerSpecResponse
    resources: DeploymentResourceConfig
    status: DeploymentObservedState
    created_at: datetime
    updated_at: datetime
    stopped: bool = False
    rollout_status: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    deployed_by: str | None = None
    deployed_at: datetime | None = None
    is_hardened: bool = False
