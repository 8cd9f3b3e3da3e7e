# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentLocation...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeploymentLocation",
    "LocationType",
]

LocationType: TypeAlias = Literal["local", "k8s", "managed"] | str


class DeploymentLocation(BaseModel):
    __mistral_keep__ = frozenset()
    location_type: LocationType
    """Where the deployment runs: 'local', 'k8s', or 'managed'"""
    k8s_cluster: str | None = None
    """K8s cluster name, if applicable"""
    k8s_namespace: str | None = None
    """K8s namespace, if applicable"""
