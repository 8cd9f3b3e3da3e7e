# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-audio distribution used by the same operations (AudioAgentSessionListPage, AudioAgentSessionSummary...)."""

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from mistralai.core.runtime import BaseModel, PagedModel

__all__ = [
    "AudioAgentSessionListPage",
    "AudioAgentSessionSummary",
]


class AudioAgentSessionSummary(BaseModel):
    """A session of a saved agent, without its transcript."""

    __mistral_keep__ = frozenset()
    id: str
    agent_id: str
    started_at: datetime | None = None
    duration: int | None = None
    phone_number_id: str | None = None


class AudioAgentSessionListPage(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[AudioAgentSessionSummary]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[AudioAgentSessionSummary]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[AudioAgentSessionSummary]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_keep__ = frozenset()
    data: list[AudioAgentSessionSummary]
    next_page_token: str | None = None
