# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentLogSearchResponse...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from mistralai.api.workflows._generated._models.deployment_log_record import DeploymentLogRecord
from mistralai.core.runtime import PagedModel

__all__ = [
    "DeploymentLogSearchResponse",
]


class DeploymentLogSearchResponse(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[DeploymentLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[DeploymentLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[DeploymentLogRecord]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    results: list[DeploymentLogRecord]
    next_cursor: str | None = None
