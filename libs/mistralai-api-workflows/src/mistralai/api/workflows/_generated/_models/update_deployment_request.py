# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentResourceConfigUpdate, UpdateDeploymentRequest, WorkflowsWorkerSpecUpdate...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeploymentResourceConfigUpdate",
    "UpdateDeploymentRequest",
    "WorkflowsWorkerSpecUpdate",
]


class DeploymentResourceConfigUpdate(BaseModel):
    __mistral_keep__ = frozenset()
    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None


class WorkflowsWorkerSpecUpdate(BaseModel):
    __mistral_keep__ = frozenset()
    github_url: str | None = None
    revision: str | None = None
    entrypoint: str | None = None
    working_dir: str | None = None


class UpdateDeploymentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    spec: WorkflowsWorkerSpecUpdate | None = None
    resources: DeploymentResourceConfigUpdate | None = None
