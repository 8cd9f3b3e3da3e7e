# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentListResponse, DeploymentResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.deployment_location import (
    DeploymentLocation,
    LocationType,
)
from mistralai.api.workflows._generated._models.managed_deployment_response import (
    ManagedDeploymentResponse,
)
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "DeploymentListResponse",
    "DeploymentResponse",
]


class DeploymentResponse(BaseModel):
    __mistral_keep__ = frozenset({"is_hardened"})
    __mistral_drop_none__ = frozenset({"locations"})
    id: str
    """Unique identifier of the deployment"""
    name: str
    """Deployment name"""
    is_active: bool
    """Whether at least one worker is currently live"""
    is_hardened: bool = False
    """Whether the deployment has at least one authorized credential"""
    created_at: datetime
    """When the deployment was first registered"""
    updated_at: datetime
    """When the deployment was last updated"""
    location: DeploymentLocation | None = None
    """Where the deployment is running"""
    worker_count: int = 0
    """Number of workers registered to the deployment"""
    active_worker_count: int = 0
    """Number of workers currently live within the liveness cutoff"""
    locations: list[LocationType] | None = None
    """Distinct location types reported by the deployment's workers"""
    managed: ManagedDeploymentResponse | None = None
    """Live managed service state for managed deployments; null for self-hosted deployments or when managed services are unavailable"""


class DeploymentListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DeploymentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DeploymentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DeploymentResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    deployments: list[DeploymentResponse]
    """List of deployments"""
    next_cursor: str | None
    """Cursor for the next page of results"""
    workspace_id: str
    """Workspace ID the results are scoped to"""
