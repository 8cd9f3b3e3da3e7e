"""Pages that iterate over every item across pages (filled in by the domain work)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
P = TypeVar("P")


class SyncPage(Generic[P, T]):
    """One page (``.page``, the API's own object) that iterates over all items of all pages."""

    def __init__(
        self,
        page: P,
        items: Callable[[P], Sequence[T]],
        next_page: Callable[[P], P | None],
    ) -> None:
        self.page = page
        self._items = items
        self._next = next_page

    def __iter__(self) -> Iterator[T]:
        page: P | None = self.page
        while page is not None:
            yield from self._items(page)
            page = self._next(page)


class AsyncPage(Generic[P, T]):
    """Async twin of :class:`SyncPage`: ``async for item in page``."""

    def __init__(
        self,
        page: P,
        items: Callable[[P], Sequence[T]],
        next_page: Callable[[P], Awaitable[P | None]],
    ) -> None:
        self.page = page
        self._items = items
        self._next = next_page

    async def __aiter__(self) -> AsyncIterator[T]:
        page: P | None = self.page
        while page is not None:
            for item in self._items(page):
                yield item
            page = await self._next(page)
