"""Pages that iterate over every item across pages, sync and async.

A paging list method returns the API's response model itself (``ListFilesResponse``, as the
2.x SDK did: same class, same ``model_dump()``), holding the first page. Those models derive
from :class:`PagedModel`, and the method attaches how to fetch the next pages (:func:`paged`,
:func:`paged_async`), so on top of the fields:

- ``for item in res`` / ``async for item in res`` yields every item of every page, fetching the
  following pages lazily, one request per page, when the previous one is used up;
- ``res.pages()`` yields the responses page by page (``for`` or ``async for``);
  ``res.next_page()`` / ``await res.next_page_async()`` fetch the next page (``None`` after
  the last one); ``res.next()`` and ``res.result`` are the names of the 2.x page wrapper.

Every one of these walks the pages through one sans-I/O generator (``_walk``), so they stop
on the same rules; among them, a page equal to the one before ends the walk (the server
ignored the page parameter) rather than looping for ever.

An API answering a bare list (2.x returned the list) gives a :class:`SyncListPage` or an
:class:`AsyncListPage`: a page object whose ``len()`` and ``[i]`` read the first page, with the
same iteration. Those hold the first page, already fetched:

- ``res.page`` is the API's own response model (fully typed); its fields are also readable on
  the page object itself (``res.data``, ``res.total``: attribute access is delegated), as the
  2.x SDK returned the response model; ``res.result`` and ``res.next()`` are the 2.x names of
  ``res.page`` and ``res.next_page()``;
- ``for item in res`` / ``async for item in res`` yields every item of every page, fetching the
  following pages lazily, one request per page, when the previous one is used up;
- ``res.pages()`` yields the response models page by page; ``res.next_page()`` fetches the
  next page (``None`` after the last one).

How the next page is asked for is a small strategy object made once per operation by the
generated code: :class:`CursorPaging` (a token from the response is sent back as a query
parameter), :class:`PagePaging` (page number + 1) and :class:`OffsetPaging` (offset + items
received). Iteration stops on an empty page, a missing or repeated cursor, a false "more" flag,
or when the total announced by the API is reached. The generated method gives a ``fetch``
callable that re-issues the same request (same path, body and options) with the given query
parameters; errors on a later page are the client's typed errors, raised where that page is
needed.
"""

from __future__ import annotations

import contextlib
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

from pydantic import PrivateAttr

from mistralai.core._model import BaseModel
from mistralai.core.raw import _map_raw, _Raw, _unwrap  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from mistralai.core._operation import Operation

__all__ = [
    "AsyncListPage",
    "AsyncPage",
    "CursorPaging",
    "OffsetPaging",
    "PagePaging",
    "PagedModel",
    "Paging",
    "SyncListPage",
    "SyncPage",
    "paged",
    "paged_async",
]

T = TypeVar("T")
P = TypeVar("P")

Query = Mapping[str, Any]
_EMPTY: tuple[Any, ...] = ()


def _path(spec: str | None) -> tuple[str, ...] | None:
    if spec is None:
        return None
    return tuple(part for part in spec.split(".") if part)


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name, None)
    return obj


class Paging:
    """How to read a page's items and how to ask for the next page (base of the strategies).

    ``items``, ``total`` and ``more`` are dotted attribute paths on the response model
    (``"data"``, ``"pagination.total_items"``; ``""`` is the response itself, for APIs that
    answer a bare list); ``param`` is the wire name of the query parameter that selects the page.
    ``total`` is the number of items the API reports for the whole listing, ``more`` a flag
    (or value) that is false on the last page.
    """

    __slots__ = ("_items", "_more", "_total", "items", "more", "param", "total")

    def __init__(
        self, *, items: str, param: str, total: str | None = None, more: str | None = None
    ) -> None:
        self.items = items
        self.param = param
        self.total = total
        self.more = more
        self._items = _path(items) or ()
        self._total = _path(total)
        self._more = _path(more)

    def items_of(self, page: Any) -> Sequence[Any]:
        """The items on ``page`` (an empty sequence when the field is missing or null)."""
        found = _get(page, self._items)
        return found if found is not None else _EMPTY

    def seen_before(self, query: Query, count: int) -> int:
        """How many items precede the first page fetched with ``query`` (for ``total``)."""
        return 0

    def _exhausted(self, page: Any, count: int, seen: int) -> bool:
        if count == 0:
            return True
        if self._more is not None and not _get(page, self._more):
            return True
        if self._total is not None:
            total = _get(page, self._total)
            if isinstance(total, int) and seen >= total:
                return True
        return False

    def next_query(self, page: Any, query: Query, count: int, seen: int) -> dict[str, Any] | None:
        """The query of the page after ``page`` (fetched with ``query``), or ``None`` at the end.

        ``count`` is the number of items on ``page``; ``seen`` counts the items up to and
        including ``page`` (see :meth:`seen_before`).
        """
        raise NotImplementedError

    def __repr__(self) -> str:
        fields = (f"{k}={getattr(self, k)!r}" for k in ("items", "param", "total", "more"))
        return f"{type(self).__name__}({', '.join(fields)})"


class CursorPaging(Paging):
    """A token read from the response (``cursor``) is sent back as the query ``param``."""

    __slots__ = ("_cursor", "cursor")

    def __init__(
        self,
        *,
        items: str,
        cursor: str,
        param: str,
        total: str | None = None,
        more: str | None = None,
    ) -> None:
        super().__init__(items=items, param=param, total=total, more=more)
        self.cursor = cursor
        self._cursor = _path(cursor) or ()

    def next_query(self, page: Any, query: Query, count: int, seen: int) -> dict[str, Any] | None:
        if self._exhausted(page, count, seen):
            return None
        cursor = _get(page, self._cursor)
        if not cursor or cursor == query.get(self.param):
            return None  # no next page, or a cursor that would fetch the same page again
        return {**query, self.param: cursor}

    def __repr__(self) -> str:
        return super().__repr__()[:-1] + f", cursor={self.cursor!r})"


class PagePaging(Paging):
    """Numbered pages: the query ``param`` goes up by one; ``start`` is the first page's number.

    ``total_pages`` (dotted path) is the page count the API reports, if any.
    """

    __slots__ = ("_total_pages", "start", "total_pages")

    def __init__(
        self,
        *,
        items: str,
        param: str,
        start: int = 0,
        total: str | None = None,
        total_pages: str | None = None,
        more: str | None = None,
    ) -> None:
        super().__init__(items=items, param=param, total=total, more=more)
        self.start = start
        self.total_pages = total_pages
        self._total_pages = _path(total_pages)

    def _number(self, query: Query) -> int:
        value = query.get(self.param)
        return value if isinstance(value, int) else self.start  # None / UNSET: first page

    def seen_before(self, query: Query, count: int) -> int:
        # Pages before the first one fetched are assumed to be as full as it is.
        return max(self._number(query) - self.start, 0) * count

    def next_query(self, page: Any, query: Query, count: int, seen: int) -> dict[str, Any] | None:
        if self._exhausted(page, count, seen):
            return None
        number = self._number(query)
        if self._total_pages is not None:
            pages = _get(page, self._total_pages)
            if isinstance(pages, int) and number - self.start + 1 >= pages:
                return None
        return {**query, self.param: number + 1}

    def __repr__(self) -> str:
        return super().__repr__()[:-1] + f", start={self.start!r})"


class OffsetPaging(Paging):
    """Offset/limit: the query ``param`` (an item offset) goes up by the items received."""

    __slots__ = ()

    def _offset(self, query: Query) -> int:
        value = query.get(self.param)
        return value if isinstance(value, int) else 0  # None / UNSET: from the start

    def seen_before(self, query: Query, count: int) -> int:
        return self._offset(query)

    def next_query(self, page: Any, query: Query, count: int, seen: int) -> dict[str, Any] | None:
        if self._exhausted(page, count, seen):
            return None
        return {**query, self.param: self._offset(query) + count}


def _repeated(items: Sequence[Any], previous: Sequence[Any]) -> bool:
    """A page equal to the one before: the server ignored the page parameter (stop rather
    than loop for ever on lists that give neither a total nor a "more" flag)."""
    return bool(items) and list(items) == list(previous)


# --------------------------------------------------------------------------- the walk
#
# Which page comes next, and when to stop, is decided once, here, without any I/O: ``_walk``
# is a generator that yields ``_At`` (a page to hand out) or ``_Fetch`` (a query to fetch)
# and is sent the fetched page back. ``_drive`` / ``_drive_async`` run it with a sync or an
# async ``fetch``; every iterator of this module (items, ``pages()``, ``next_page``) is one
# of them, so the stop rules (including the repeated-page guard) cannot drift apart.


class _At:
    """A page the walk has reached: the page, the query that fetched it, items seen so far."""

    __slots__ = ("page", "query", "seen")

    def __init__(self, page: Any, query: Query, seen: int) -> None:
        self.page = page
        self.query = query
        self.seen = seen


class _Fetch:
    """The walk asks for the page of ``query``; the driver sends the page back."""

    __slots__ = ("query",)

    def __init__(self, query: Query) -> None:
        self.query = query


_Walk = Generator[_At | _Fetch, Any, None]


def _walk(paging: Paging, first: _At) -> _Walk:
    """Every page from ``first`` on: stops on the strategy's end (empty page, no or the same
    cursor, false "more" flag, total reached) or on a page equal to the one before."""
    at = first
    items = paging.items_of(at.page)
    while True:
        yield at
        query = paging.next_query(at.page, at.query, len(items), at.seen)
        if query is None:
            return
        previous = items
        page = yield _Fetch(query)
        items = paging.items_of(page)
        if _repeated(items, previous):
            return
        at = _At(page, query, at.seen + len(items))


def _drive(walk: _Walk, fetch: Callable[[Query], Any]) -> Generator[_At]:
    """Run ``walk`` with a sync ``fetch``: the pages it reaches, fetched lazily."""
    sent: Any = None
    while True:
        try:
            step = walk.send(sent)
        except StopIteration:
            return
        if isinstance(step, _Fetch):
            sent = fetch(step.query)
        else:
            sent = None
            yield step


async def _drive_async(
    walk: _Walk, fetch: Callable[[Query], Awaitable[Any]]
) -> AsyncGenerator[_At]:
    """Async twin of :func:`_drive` (``fetch`` is awaited)."""
    sent: Any = None
    while True:
        try:
            step = walk.send(sent)
        except StopIteration:
            return
        if isinstance(step, _Fetch):
            sent = await fetch(step.query)
        else:
            sent = None
            yield step


def _second(steps: Generator[_At]) -> _At | None:
    """The page after the first one of ``steps`` (``next_page``), or ``None``."""
    with contextlib.closing(steps):
        next(steps)
        return next(steps, None)


async def _second_async(steps: AsyncGenerator[_At]) -> _At | None:
    async with contextlib.aclosing(steps):
        await anext(steps)
        return await anext(steps, None)


class _PageBase(Generic[P, T]):
    __slots__ = ("_fetch", "_paging", "_query", "_seen", "page")

    page: P
    """The API's response for this page (typed)."""

    def __init__(
        self, page: P, fetch: Any, query: Query, paging: Paging, seen: int | None = None
    ) -> None:
        self.page = page
        self._fetch = fetch
        self._query = query
        self._paging = paging
        if seen is None:
            count = len(paging.items_of(page))
            seen = paging.seen_before(query, count) + count
        self._seen = seen

    @property
    def result(self) -> P:
        """The API's response for this page (2.x name of :attr:`page`)."""
        return self.page

    @property
    def page_items(self) -> Sequence[T]:
        """The items on this page only."""
        return cast("Sequence[T]", self._paging.items_of(self.page))

    def has_next_page(self) -> bool:
        """Whether another page follows, as far as this page tells (no request is sent)."""
        return self._next_query() is not None

    def _walk(self) -> _Walk:
        return _walk(self._paging, _At(self.page, self._query, self._seen))

    def _next_query(self) -> dict[str, Any] | None:
        paging = self._paging
        count = len(paging.items_of(self.page))
        return paging.next_query(self.page, self._query, count, self._seen)

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails: the response model's fields (``res.data``).
        if name.startswith("__") or name in _PageBase.__slots__:
            raise AttributeError(name)
        return getattr(self.page, name)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(dir(self.page)))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(page={self.page!r})"


class SyncPage(_PageBase[P, T]):
    """The first page of a listing (``.page``), iterating over the items of every page."""

    __slots__ = ()

    _fetch: Callable[[Query], P]

    def __init__(
        self,
        page: P,
        fetch: Callable[[Query], P],
        query: Query,
        paging: Paging,
        seen: int | None = None,
    ) -> None:
        super().__init__(page, fetch, query, paging, seen)

    @classmethod
    def first(cls, page: P, fetch: Callable[[Query], P], query: Query, paging: Paging) -> Self:
        """The first page of a list method (generated code). Over the raw-mode client
        (``with_raw_response``) ``page`` is a raw response: the page object is built when it
        is parsed, and the next pages are fetched parsed."""
        if isinstance(page, _Raw):
            fetched = _parsed_fetch(fetch)
            return _map_raw(page, lambda first: cls(first, fetched, query, paging))
        return cls(page, fetch, query, paging)

    def __iter__(self) -> Iterator[T]:
        """Every item, from this page on, fetching the next pages as needed."""
        items_of = self._paging.items_of
        for at in _drive(self._walk(), self._fetch):
            yield from items_of(at.page)

    def pages(self) -> Iterator[P]:
        """The responses page by page, this one first, fetching the next ones as needed."""
        for at in _drive(self._walk(), self._fetch):
            yield at.page

    def next_page(self) -> SyncPage[P, T] | None:
        """Fetch the page after this one; ``None`` when this is the last page."""
        at = _second(_drive(self._walk(), self._fetch))
        if at is None:
            return None
        return type(self)(at.page, self._fetch, at.query, self._paging, at.seen)

    def next(self) -> SyncPage[P, T] | None:
        """2.x name of :meth:`next_page`."""
        return self.next_page()


class AsyncPage(_PageBase[P, T]):
    """Async twin of :class:`SyncPage`: ``async for item in page``."""

    __slots__ = ()

    _fetch: Callable[[Query], Awaitable[P]]

    def __init__(
        self,
        page: P,
        fetch: Callable[[Query], Awaitable[P]],
        query: Query,
        paging: Paging,
        seen: int | None = None,
    ) -> None:
        super().__init__(page, fetch, query, paging, seen)

    @classmethod
    def first(
        cls, page: P, fetch: Callable[[Query], Awaitable[P]], query: Query, paging: Paging
    ) -> Self:
        """Async twin of :meth:`SyncPage.first`."""
        if isinstance(page, _Raw):
            fetched = _parsed_fetch_async(fetch)
            return _map_raw(page, lambda first: cls(first, fetched, query, paging))
        return cls(page, fetch, query, paging)

    async def __aiter__(self) -> AsyncIterator[T]:
        """Every item, from this page on, fetching the next pages as needed."""
        items_of = self._paging.items_of
        async for at in _drive_async(self._walk(), self._fetch):
            for item in items_of(at.page):
                yield item

    async def pages(self) -> AsyncIterator[P]:
        """The responses page by page, this one first, fetching the next ones as needed."""
        async for at in _drive_async(self._walk(), self._fetch):
            yield at.page

    async def next_page(self) -> AsyncPage[P, T] | None:
        """Fetch the page after this one; ``None`` when this is the last page."""
        at = await _second_async(_drive_async(self._walk(), self._fetch))
        if at is None:
            return None
        return type(self)(at.page, self._fetch, at.query, self._paging, at.seen)

    async def next(self) -> AsyncPage[P, T] | None:
        """2.x name of :meth:`next_page`."""
        return await self.next_page()


class SyncListPage(SyncPage[P, T]):
    """A :class:`SyncPage` for APIs answering a bare list: ``len()`` and ``[i]`` read this page.

    As in 2.x (which returned the list), ``res[0]`` and ``len(res)`` are about the first page;
    iteration still goes over every page.
    """

    __slots__ = ()

    def __len__(self) -> int:
        return len(self._paging.items_of(self.page))

    def __getitem__(self, index: int) -> T:
        return cast("T", self._paging.items_of(self.page)[index])


class AsyncListPage(AsyncPage[P, T]):
    """A :class:`AsyncPage` for APIs answering a bare list: ``len()`` and ``[i]`` read this page."""

    __slots__ = ()

    def __len__(self) -> int:
        return len(self._paging.items_of(self.page))

    def __getitem__(self, index: int) -> T:
        return cast("T", self._paging.items_of(self.page)[index])


M = TypeVar("M")


class _Pager:
    """How to fetch the pages after one response model (attached by :func:`paged`).

    Not part of the model's data: it compares equal to any other pager (and to ``None``), is
    shared rather than copied by ``copy.deepcopy``/``model_copy(deep=True)`` (it holds the
    client) and is left out when the model is pickled.
    """

    __slots__ = ("fetch", "is_async", "paging", "query", "seen")

    def __init__(
        self, fetch: Callable[[Query], Any], query: Query, paging: Paging, seen: int, is_async: bool
    ) -> None:
        self.fetch = fetch
        self.query = query
        self.paging = paging
        self.seen = seen
        self.is_async = is_async

    def __eq__(self, other: object) -> bool:
        return other is None or isinstance(other, _Pager)

    def __hash__(self) -> int:
        return 0

    def __deepcopy__(self, memo: dict[int, Any]) -> _Pager:
        return self

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (type(None), ())

    def next_query(self, page: Any) -> dict[str, Any] | None:
        count = len(self.paging.items_of(page))
        return self.paging.next_query(page, self.query, count, self.seen)

    def _walk(self, page: Any) -> _Walk:
        return _walk(self.paging, _At(page, self.query, self.seen))

    def steps(self, page: Any) -> Generator[_At]:
        """The pages from ``page`` (which this pager is attached to) on, for a sync call."""
        return _drive(self._walk(page), self.fetch)

    def steps_async(self, page: Any) -> AsyncGenerator[_At]:
        """The same for ``async for``: a response of a sync call is iterated without await."""
        fetch = self.fetch
        if not self.is_async:

            async def fetch_now(query: Query) -> Any:
                return fetch(query)

            fetch = fetch_now
        return _drive_async(self._walk(page), fetch)

    def follow(self, at: _At) -> Any:
        """The page ``at`` reached, with the pager of the page after it attached."""
        page = at.page
        if isinstance(page, PagedModel):
            page._mistral_pager = _Pager(self.fetch, at.query, self.paging, at.seen, self.is_async)  # pyright: ignore[reportPrivateUsage]
        return page


def _attach(page: M, fetch: Callable[[Query], Any], query: Query, paging: Paging, a: bool) -> M:
    if isinstance(page, PagedModel):
        count = len(paging.items_of(page))
        seen = paging.seen_before(query, count) + count
        page._mistral_pager = _Pager(fetch, query, paging, seen, a)  # pyright: ignore[reportPrivateUsage]
    return page


def paged(page: M, fetch: Callable[[Query], M], query: Query, paging: Paging) -> M:
    """Return ``page`` (the first response, fetched with ``query``) able to fetch the next ones.

    ``fetch`` re-issues the same request with the given query parameters (generated code).
    Over the raw-mode client (``with_raw_response``) ``page`` is a raw response: the pager is
    attached when it is parsed, and the next pages are fetched parsed.
    """
    if isinstance(page, _Raw):
        return _raw_paged(page, fetch, query, paging, False)
    return _attach(page, fetch, query, paging, False)


def paged_async(page: M, fetch: Callable[[Query], Awaitable[M]], query: Query, paging: Paging) -> M:
    """Async twin of :func:`paged`: ``fetch`` is a coroutine function."""
    if isinstance(page, _Raw):
        return _raw_paged(page, fetch, query, paging, True)
    return _attach(page, fetch, query, paging, True)


def paginate(client: Any, op: Operation[M], paging: Paging, query: Query, **request: Any) -> M:
    """The first page of ``op`` (``client.request`` with ``query`` and the rest of the
    request), able to fetch the next ones: what a generated paged method returns."""

    def fetch(page_query: Query) -> M:
        return client.request(op, query=page_query, **request)

    return paged(fetch(query), fetch, query, paging)


async def paginate_async(
    client: Any, op: Operation[M], paging: Paging, query: Query, **request: Any
) -> M:
    """Async twin of :func:`paginate`."""

    async def fetch(page_query: Query) -> M:
        return await client.request_async(op, query=page_query, **request)

    return paged_async(await fetch(query), fetch, query, paging)


def _raw_paged(
    raw: Any, fetch: Callable[[Query], Any], query: Query, paging: Paging, a: bool
) -> Any:
    parsed = _parsed_fetch_async(fetch) if a else _parsed_fetch(fetch)
    return _map_raw(raw, lambda page: _attach(page, parsed, query, paging, a))


def _parsed_fetch(fetch: Callable[[Query], Any]) -> Callable[[Query], Any]:
    """``fetch`` of the raw-mode client, answering the parsed page (what a pager needs)."""

    def fetch_parsed(query: Query) -> Any:
        return _unwrap(fetch(query))

    return fetch_parsed


def _parsed_fetch_async(fetch: Callable[[Query], Awaitable[Any]]) -> Callable[[Query], Any]:
    async def fetch_parsed(query: Query) -> Any:
        return _unwrap(await fetch(query))

    return fetch_parsed


class _Pages(Generic[M]):
    """The responses page by page, from a first one: ``for`` (sync) or ``async for`` (async)."""

    __slots__ = ("_first",)

    def __init__(self, first: M) -> None:
        self._first = first

    def __iter__(self) -> Iterator[M]:
        first: Any = self._first
        pager: _Pager | None = first._sync_pager()
        yield first
        if pager is not None:
            steps = pager.steps(first)
            next(steps)  # the first page, already handed out
            for at in steps:
                yield pager.follow(at)

    async def __aiter__(self) -> AsyncIterator[M]:
        first: Any = self._first
        pager: _Pager | None = first._mistral_pager
        yield first
        if pager is not None:
            steps = pager.steps_async(first)
            await anext(steps)
            async for at in steps:
                yield pager.follow(at)


class PagedModel(BaseModel):
    """Base of the response models of paging list operations: the model, plus the pages after it.

    Without a pager attached (a model built or validated by hand), it is a plain model:
    iterating over it gives pydantic's ``(field, value)`` pairs and there is no next page.
    Generated subclasses type ``__iter__``/``__aiter__``/``page_items`` with their item type.
    """

    _mistral_pager: _Pager | None = PrivateAttr(default=None)

    def _sync_pager(self) -> _Pager | None:
        pager = self._mistral_pager
        if pager is not None and pager.is_async:
            raise TypeError(
                f"this {type(self).__name__} came from an async call: use `async for`, "
                "`await .next_page_async()` or `async for page in .pages()`"
            )
        return pager

    @property
    def page_items(self) -> Sequence[Any]:
        """The items on this page only."""
        pager = self._mistral_pager
        return pager.paging.items_of(self) if pager is not None else _EMPTY

    @property
    def result(self) -> Self:
        """This response (the 2.x page wrapper's ``result``)."""
        return self

    def has_next_page(self) -> bool:
        """Whether another page follows, as far as this page tells (no request is sent)."""
        pager = self._mistral_pager
        return pager is not None and pager.next_query(self) is not None

    def __iter__(self) -> Any:  # pyright: ignore[reportIncompatibleMethodOverride]
        """Every item, from this page on, fetching the next pages as needed."""
        pager = self._sync_pager()
        if pager is None:
            return super().__iter__()  # a plain model: pydantic's (field, value) pairs
        return self._iter_items(pager)

    def _iter_items(self, pager: _Pager) -> Generator[Any]:
        items_of = pager.paging.items_of
        for at in pager.steps(self):
            yield from items_of(at.page)

    async def __aiter__(self) -> AsyncIterator[Any]:
        """Every item, from this page on, fetching the next pages as needed (async calls)."""
        pager = self._mistral_pager
        if pager is None:
            for item in self.page_items:
                yield item
            return
        items_of = pager.paging.items_of
        async for at in pager.steps_async(self):
            for item in items_of(at.page):
                yield item

    def pages(self) -> _Pages[Self]:
        """The responses page by page, this one first (``for``, or ``async for`` after an
        async call), fetching the next ones as needed."""
        return _Pages(self)

    def next_page(self) -> Self | None:
        """Fetch the page after this one; ``None`` when this is the last page."""
        pager = self._sync_pager()
        at = _second(pager.steps(self)) if pager is not None else None
        return None if pager is None or at is None else cast("Self", pager.follow(at))

    async def next_page_async(self) -> Self | None:
        """Async twin of :meth:`next_page` (for a response of an async call)."""
        pager = self._mistral_pager
        at = await _second_async(pager.steps_async(self)) if pager is not None else None
        return None if pager is None or at is None else cast("Self", pager.follow(at))

    def next(self) -> Any:
        """The 2.x wrapper's ``next()``: the next page or ``None``; after an async call, an
        awaitable of it (``await res.next()``)."""
        pager = self._mistral_pager
        if pager is not None and pager.is_async:
            return self.next_page_async()
        return self.next_page()
