# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentResourceConfig...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeploymentResourceConfig",
]


class DeploymentResourceConfig(BaseModel):
    __mistral_keep__ = frozenset()
    replicas: int | None = None
    cpu_request: str | None = None
    cpu_limit: str | None = None
    memory_request: str | None = None
    memory_limit: str | None = None
