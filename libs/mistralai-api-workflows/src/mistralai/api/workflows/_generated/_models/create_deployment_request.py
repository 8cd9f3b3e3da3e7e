# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (CreateDeploymentRequest, DeploymentWorkerSpecInput...)."""

from mistralai.api.workflows._generated._models.deployment_resource_config import (
    DeploymentResourceConfig,
)
from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateDeploymentRequest",
    "DeploymentWorkerSpecInput",
]


class DeploymentWorkerSpecInput(BaseModel):
    __mistral_keep__ = frozenset()
    github_url: str
    revision: str | None = "main"
    entrypoint: str | None = "worker:main"
    working_dir: str | None = None


class CreateDeploymentRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    spec: DeploymentWorkerSpecInput
    resources: DeploymentResourceConfig | None = None
    hardened: bool = False
