# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (EvaluationsV2, PaginatedResultEvaluationV2...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.observability._generated._models.evaluation_v2 import EvaluationV2
from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "EvaluationsV2",
    "PaginatedResultEvaluationV2",
]


class PaginatedResultEvaluationV2(BaseModel):
    __mistral_keep__ = frozenset()
    count: int
    results: list[EvaluationV2] | None = None
    next: str | None = None
    previous: str | None = None


class EvaluationsV2(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[EvaluationV2]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[EvaluationV2]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[EvaluationV2]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    evaluations: PaginatedResultEvaluationV2
