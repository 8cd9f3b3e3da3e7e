# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (PaginatedResultProject, Projects...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.project import Project
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "PaginatedResultProject",
    "Projects",
]


class PaginatedResultProject(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[Project] | None = None
    next: str | None = None
    previous: str | None = None


class Projects(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Project]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Project]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Project]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    projects: PaginatedResultProject
