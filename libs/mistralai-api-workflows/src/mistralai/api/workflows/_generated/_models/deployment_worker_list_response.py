# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentWorkerListResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.deployment_worker_response import (
    DeploymentWorkerResponse,
)
from mistralai.core.runtime import PagedModel

__all__ = [
    "DeploymentWorkerListResponse",
]


class DeploymentWorkerListResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DeploymentWorkerResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DeploymentWorkerResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DeploymentWorkerResponse]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    workers: list[DeploymentWorkerResponse]
    """Workers registered for the deployment"""
    next_cursor: str | None
    """Cursor for the next page of results"""
