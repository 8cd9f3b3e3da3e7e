# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-agents distribution used by the same operations (AgentListPage...)."""

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Literal

from mistralai.api.agents._generated._models.agent import Agent
from mistralai.core.runtime import PagedModel

__all__ = [
    "AgentListPage",
]


class AgentListPage(PagedModel):
    if TYPE_CHECKING:  # the item type of PagedModel's iteration

        def __iter__(self) -> Iterator[Agent]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        def __aiter__(self) -> AsyncIterator[Agent]: ...  # pyright: ignore[reportIncompatibleMethodOverride]
        @property
        def page_items(self) -> Sequence[Agent]: ...  # pyright: ignore[reportIncompatibleMethodOverride]

    __mistral_consts__: ClassVar[Mapping[str, object]] = {"object": "list"}
    __mistral_keep__ = frozenset({"object"})
    object: Literal["list"] = "list"
    data: list[Agent]
    next_page_token: str | None = None
