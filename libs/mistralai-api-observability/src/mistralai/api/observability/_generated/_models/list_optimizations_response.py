# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (ListOptimizationsResponse, Optimization, PaginatedResultOptimization...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "ListOptimizationsResponse",
    "Optimization",
    "PaginatedResultOptimization",
]


class Optimization(BaseModel):
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


class PaginatedResultOptimization(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[Optimization] | None = None
    next: str | None = None
    previous: str | None = None


class ListOptimizationsResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Optimization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Optimization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Optimization]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    optimizations: PaginatedResultOptimization
