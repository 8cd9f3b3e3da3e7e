# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (ExecutionLogSearchResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.execution_log_record import ExecutionLogRecord
from mistralai.core.runtime import PagedModel

__all__ = [
    "ExecutionLogSearchResponse",
]


class ExecutionLogSearchResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[ExecutionLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[ExecutionLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[ExecutionLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    results: list[ExecutionLogRecord]
    next_cursor: str | None = None
