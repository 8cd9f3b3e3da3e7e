# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentWorkerResponse...)."""

from datetime import datetime

from mistralai.api.workflows._generated._models.deployment_location import DeploymentLocation
from mistralai.core.runtime import BaseModel

__all__ = [
    "DeploymentWorkerResponse",
]


class DeploymentWorkerResponse(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    """Worker name"""
    created_at: datetime
    """When the worker first registered"""
    updated_at: datetime
    """When the worker last registered"""
    is_active: bool
    """Whether this worker's liveness key is currently alive"""
    location: DeploymentLocation | None = None
    """Where the worker is running; null if the worker did not report a location"""
