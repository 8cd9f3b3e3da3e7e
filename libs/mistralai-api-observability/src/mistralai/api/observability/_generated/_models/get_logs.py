# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (FeedResultGetLog, GetLog, GetLogs...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "FeedResultGetLog",
    "GetLog",
    "GetLogs",
]


class GetLog(BaseModel):
    __mistral_keep__ = frozenset()
    customer_id: str
    organization_id: str
    workspace_id: str
    user_id: str
    timestamp: datetime
    trace_id: str
    span_id: str
    trace_flags: int
    severity_text: str
    severity_number: int
    service_name: str
    body: str
    event_name: str
    resource_schema_url: str
    resource_attributes: dict[str, str]
    scope_schema_url: str
    scope_name: str
    scope_version: str
    scope_attributes: dict[str, str]
    log_attributes: dict[str, str]


class FeedResultGetLog(BaseModel):
    __mistral_keep__ = frozenset()
    __mistral_drop_none__ = frozenset({"results"})
    results: list[GetLog] | None = None
    next: str | None = None
    cursor: str | None = None


class GetLogs(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[GetLog]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[GetLog]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[GetLog]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    logs: FeedResultGetLog
