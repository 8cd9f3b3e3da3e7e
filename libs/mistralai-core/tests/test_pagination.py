"""Pages that iterate across pages (SyncPage / AsyncPage): hermetic, through MockTransport.

The small resource below is written exactly like a generated paging method
(``tools/codegen/emit_resources.py``): a ``_fetch`` closure re-issuing the same request with
the query replaced, the first page fetched before the page object is returned.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

from mistralai.client import Mistral, errors
from mistralai.core._client import BaseClient
from mistralai.core.runtime import (
    AsyncListPage,
    AsyncPage,
    BaseModel,
    CursorPaging,
    OffsetPaging,
    Operation,
    PagedModel,
    PagePaging,
    SyncListPage,
    SyncPage,
    paged,
    paged_async,
)

# -- models and operations, as the generator would write them ---------------------------------


class Item(BaseModel):
    id: str


class CursorList(BaseModel):
    data: list[Item] = []
    next_cursor: str | None = None
    object: str = "list"


class NumberedList(BaseModel):
    data: list[Item] = []
    total: int | None = None


class Pagination(BaseModel):
    total_items: int
    total_pages: int
    has_more: bool


class DocumentList(BaseModel):
    data: list[Item]
    pagination: Pagination


class Feed(BaseModel):
    results: list[Item] = []
    cursor: str | None = None


class Wrapped(BaseModel):
    feed: Feed


class OffsetList(BaseModel):
    items: list[Item]
    total: int | None = None


def _op(response: Any, path: str) -> Operation[Any]:
    return Operation[Any](
        operation_id=path.strip("/").replace("/", "_"),
        method="GET",
        path=path,
        namespace="chat",
        response=response,
    )


CURSOR_OP: Operation[CursorList] = _op(CursorList, "/v1/things")
CURSOR_PAGING = CursorPaging(items="data", cursor="next_cursor", param="cursor")
PAGE_OP: Operation[NumberedList] = _op(NumberedList, "/v1/numbered")
PAGE_PAGING = PagePaging(items="data", param="page", start=1, total="total")
BARE_OP: Operation[list[Item]] = _op(list[Item], "/v1/bare")
BARE_PAGING = PagePaging(items="", param="page", start=0)
DOCS_OP: Operation[DocumentList] = _op(DocumentList, "/v1/documents")
DOCS_PAGING = PagePaging(
    items="data",
    param="page",
    start=0,
    total="pagination.total_items",
    total_pages="pagination.total_pages",
    more="pagination.has_more",
)
FEED_OP: Operation[Wrapped] = _op(Wrapped, "/v1/feed")
FEED_PAGING = CursorPaging(items="feed.results", cursor="feed.cursor", param="cursor")
OFFSET_OP: Operation[OffsetList] = _op(OffsetList, "/v1/offset")
OFFSET_PAGING = OffsetPaging(items="items", param="offset", total="total")


class Things:
    """Shaped like a generated resource."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(
        self, *, cursor: str | None = None, page_size: int | None = 2
    ) -> SyncPage[CursorList, Item]:
        def _fetch(_q: Mapping[str, Any]) -> CursorList:
            return self._client.request(CURSOR_OP, query=_q)

        _query: dict[str, Any] = {"cursor": cursor, "page_size": page_size}
        return SyncPage[CursorList, Item](_fetch(_query), _fetch, _query, CURSOR_PAGING)

    async def list_async(
        self, *, cursor: str | None = None, page_size: int | None = 2
    ) -> AsyncPage[CursorList, Item]:
        async def _fetch(_q: Mapping[str, Any]) -> CursorList:
            return await self._client.request_async(CURSOR_OP, query=_q)

        _query: dict[str, Any] = {"cursor": cursor, "page_size": page_size}
        return AsyncPage[CursorList, Item](await _fetch(_query), _fetch, _query, CURSOR_PAGING)


def sync_page(client: BaseClient, op: Operation[Any], paging: Any, **query: Any) -> Any:
    def _fetch(_q: Mapping[str, Any]) -> Any:
        return client.request(op, query=_q)

    cls = SyncListPage if paging.items == "" else SyncPage
    return cls(_fetch(query), _fetch, query, paging)


async def async_page(client: BaseClient, op: Operation[Any], paging: Any, **query: Any) -> Any:
    async def _fetch(_q: Mapping[str, Any]) -> Any:
        return await client.request_async(op, query=_q)

    cls = AsyncListPage if paging.items == "" else AsyncPage
    return cls(await _fetch(query), _fetch, query, paging)


# -- a server with pages -----------------------------------------------------------------------

ITEMS = [f"i{n}" for n in range(5)]


def items(ids: list[str]) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


class Server:
    """Serves ``ITEMS`` in pages of ``size`` per paging style; records every query."""

    def __init__(self, size: int = 2, fail_at: int | None = None) -> None:
        self.size = size
        self.fail_at = fail_at
        self.queries: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        q = dict(request.url.params)
        self.queries.append(q)
        if self.fail_at is not None and len(self.queries) == self.fail_at:
            return httpx.Response(404, json={"detail": "gone"})
        size = self.size
        path = request.url.path
        if path == "/v1/things":
            start = int(q.get("cursor", "c0")[1:])
            chunk = ITEMS[start : start + size]
            nxt = f"c{start + size}" if start + size < len(ITEMS) else None
            return httpx.Response(200, json={"data": items(chunk), "next_cursor": nxt})
        if path == "/v1/numbered":
            page = int(q.get("page", "1"))
            chunk = ITEMS[(page - 1) * size : page * size]
            return httpx.Response(200, json={"data": items(chunk), "total": len(ITEMS)})
        if path == "/v1/bare":
            page = int(q.get("page", "0"))
            return httpx.Response(200, json=items(ITEMS[page * size : (page + 1) * size]))
        if path == "/v1/documents":
            page = int(q.get("page", "0"))
            pages = -(-len(ITEMS) // size)
            info = {"total_items": len(ITEMS), "total_pages": pages, "has_more": page + 1 < pages}
            chunk = ITEMS[page * size : (page + 1) * size]
            return httpx.Response(200, json={"data": items(chunk), "pagination": info})
        if path == "/v1/offset":
            offset = int(q.get("offset", "0"))
            chunk = ITEMS[offset : offset + size]
            return httpx.Response(200, json={"items": items(chunk), "total": len(ITEMS)})
        raise AssertionError(path)


MakeClient = Callable[..., Mistral]


# -- cursor ------------------------------------------------------------------------------------


def test_cursor_iterates_every_item_and_sends_the_cursor_back(make_client: MakeClient) -> None:
    server = Server()
    res = Things(make_client(server)).list(page_size=2)
    assert len(server.queries) == 1  # the first page is fetched before returning
    assert [i.id for i in res] == ITEMS
    assert server.queries == [
        {"page_size": "2"},
        {"page_size": "2", "cursor": "c2"},
        {"page_size": "2", "cursor": "c4"},
    ]


async def test_cursor_async_iterates_every_item(make_client: MakeClient) -> None:
    server = Server()
    res = await Things(make_client(server)).list_async(page_size=2)
    assert len(server.queries) == 1
    assert [i.id async for i in res] == ITEMS
    assert [q.get("cursor") for q in server.queries] == [None, "c2", "c4"]


def test_page_fields_are_readable_typed_and_delegated(make_client: MakeClient) -> None:
    res = Things(make_client(Server())).list()
    assert isinstance(res.page, CursorList)
    assert res.result is res.page
    assert [i.id for i in res.page.data] == ["i0", "i1"]
    assert res.data == res.page.data  # 2.x code reading the response's fields still works
    assert res.next_cursor == "c2" and res.object == "list"
    assert [i.id for i in res.page_items] == ["i0", "i1"]
    assert "data" in dir(res)
    with pytest.raises(AttributeError):
        _ = res.no_such_field
    assert not hasattr(res, "__enter__")  # not mistaken for a stream


def test_iteration_is_lazy(make_client: MakeClient) -> None:
    server = Server()
    res = Things(make_client(server)).list()
    it = iter(res)
    assert [next(it).id, next(it).id] == ["i0", "i1"]
    assert len(server.queries) == 1
    assert next(it).id == "i2"
    assert len(server.queries) == 2


def test_pages_and_next_page(make_client: MakeClient) -> None:
    server = Server()
    res = Things(make_client(server)).list()
    assert [[i.id for i in p.data] for p in res.pages()] == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    second = res.next_page()
    assert second is not None and [i.id for i in second.data] == ["i2", "i3"]
    assert [i.id for i in second] == ["i2", "i3", "i4"]  # iterating from a later page
    third = second.next()  # 2.x name
    assert third is not None and third.has_next_page() is False
    assert third.next_page() is None


async def test_async_pages_and_next_page(make_client: MakeClient) -> None:
    res = await Things(make_client(Server())).list_async()
    pages = [[i.id for i in p.data] async for p in res.pages()]
    assert pages == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    second = await res.next_page()
    assert second is not None and second.next_cursor == "c4"
    third = await second.next()
    assert third is not None and await third.next_page() is None


def test_cursor_stops_on_empty_page_and_on_a_repeated_cursor(make_client: MakeClient) -> None:
    calls: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        calls.append(cursor)
        if cursor is None:
            return httpx.Response(200, json={"data": items(["a"]), "next_cursor": "x"})
        if cursor == "x":  # an empty page that still carries a cursor
            return httpx.Response(200, json={"data": [], "next_cursor": "y"})
        raise AssertionError(cursor)

    assert [i.id for i in Things(make_client(handler)).list()] == ["a"]
    assert calls == [None, "x"]

    calls.clear()

    def same_cursor(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.params.get("cursor"))
        return httpx.Response(200, json={"data": items(["a"]), "next_cursor": "same"})

    assert [i.id for i in Things(make_client(same_cursor)).list()] == ["a"]
    assert calls == [None, "same"]  # the same page again: no endless loop, no duplicates


def test_nested_cursor_paths(make_client: MakeClient) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor is None:
            return httpx.Response(200, json={"feed": {"results": items(["a", "b"]), "cursor": "n"}})
        return httpx.Response(200, json={"feed": {"results": items(["c"]), "cursor": None}})

    res = sync_page(make_client(handler), FEED_OP, FEED_PAGING)
    assert [i.id for i in res] == ["a", "b", "c"]
    assert res.feed.cursor == "n"


# -- page numbers --------------------------------------------------------------------------------


def test_page_numbers_stop_when_the_total_is_reached(make_client: MakeClient) -> None:
    server = Server()
    res = sync_page(make_client(server), PAGE_OP, PAGE_PAGING, page=1, page_size=2)
    assert res.total == 5
    assert [i.id for i in res] == ITEMS
    assert [q["page"] for q in server.queries] == ["1", "2", "3"]  # no 4th, empty request
    assert all(q["page_size"] == "2" for q in server.queries)


def test_page_numbers_from_a_later_page_count_the_pages_before(make_client: MakeClient) -> None:
    server = Server()
    res = sync_page(make_client(server), PAGE_OP, PAGE_PAGING, page=2)
    assert [i.id for i in res] == ["i2", "i3", "i4"]
    assert [q["page"] for q in server.queries] == ["2", "3"]


def test_page_number_omitted_starts_at_the_first_page(make_client: MakeClient) -> None:
    server = Server()
    res = sync_page(make_client(server), PAGE_OP, PAGE_PAGING, page=None)
    assert [i.id for i in res] == ITEMS
    assert [q.get("page") for q in server.queries] == [None, "2", "3"]


async def test_page_numbers_async(make_client: MakeClient) -> None:
    server = Server()
    res = await async_page(make_client(server), PAGE_OP, PAGE_PAGING, page=1)
    assert [i.id async for i in res] == ITEMS
    assert len(server.queries) == 3


def test_bare_list_pages_stop_on_an_empty_page(make_client: MakeClient) -> None:
    server = Server()
    res = sync_page(make_client(server), BARE_OP, BARE_PAGING, page=0)
    assert isinstance(res, SyncListPage)
    assert len(res) == 2 and res[0].id == "i0" and res[-1].id == "i1"  # the first page, as in 2.x
    assert [i.id for i in res] == ITEMS
    assert [q["page"] for q in server.queries] == ["0", "1", "2", "3"]  # page 3 was empty


async def test_bare_list_pages_async(make_client: MakeClient) -> None:
    res = await async_page(make_client(Server()), BARE_OP, BARE_PAGING, page=0)
    assert isinstance(res, AsyncListPage) and len(res) == 2 and res[1].id == "i1"
    assert [i.id async for i in res] == ITEMS


def test_has_more_and_total_pages_stop_iteration(make_client: MakeClient) -> None:
    server = Server()
    res = sync_page(make_client(server), DOCS_OP, DOCS_PAGING, page=0)
    assert res.pagination.has_more is True
    assert [i.id for i in res] == ITEMS
    assert [q["page"] for q in server.queries] == ["0", "1", "2"]

    flag_only = PagePaging(items="data", param="page", more="pagination.has_more")
    server = Server()
    assert [i.id for i in sync_page(make_client(server), DOCS_OP, flag_only)] == ITEMS
    assert len(server.queries) == 3

    pages_only = PagePaging(items="data", param="page", total_pages="pagination.total_pages")
    server = Server()
    assert [i.id for i in sync_page(make_client(server), DOCS_OP, pages_only)] == ITEMS
    assert len(server.queries) == 3


# -- offsets -------------------------------------------------------------------------------------


def test_offsets_advance_by_the_items_received(make_client: MakeClient) -> None:
    server = Server(size=2)
    res = sync_page(make_client(server), OFFSET_OP, OFFSET_PAGING, offset=0, limit=10)
    assert [i.id for i in res] == ITEMS  # the server gives 2 per page whatever the limit
    assert [q["offset"] for q in server.queries] == ["0", "2", "4"]
    assert all(q["limit"] == "10" for q in server.queries)


async def test_offsets_async_without_a_total_stop_on_an_empty_page(
    make_client: MakeClient,
) -> None:
    server = Server(size=3)
    no_total = OffsetPaging(items="items", param="offset")
    res = await async_page(make_client(server), OFFSET_OP, no_total, offset=1)
    assert [i.id async for i in res] == ITEMS[1:]
    assert [q["offset"] for q in server.queries] == ["1", "4", "5"]


# -- errors --------------------------------------------------------------------------------------


def test_an_error_on_a_later_page_is_typed(make_client: MakeClient) -> None:
    server = Server(fail_at=2)
    res = Things(make_client(server, retry_config=None)).list()
    got: list[str] = []
    with pytest.raises(errors.NotFoundError) as info:
        for item in res:
            got.append(item.id)
    assert got == ["i0", "i1"]  # the first page's items came before the error
    assert info.value.status_code == 404 and "gone" in info.value.body
    server.fail_at = len(server.queries) + 1
    with pytest.raises(errors.NotFoundError):
        res.next_page()
    second = res.next_page()  # the page object is unchanged: asking again works
    assert second is not None and [i.id for i in second.data] == ["i2", "i3"]


async def test_an_error_on_a_later_page_is_typed_async(make_client: MakeClient) -> None:
    server = Server(fail_at=2)
    res = await Things(make_client(server, retry_config=None)).list_async()
    got: list[str] = []
    with pytest.raises(errors.NotFoundError):
        async for item in res:
            got.append(item.id)
    assert got == ["i0", "i1"]


def test_an_error_on_the_first_page_is_raised_by_the_call(make_client: MakeClient) -> None:
    server = Server(fail_at=1)
    with pytest.raises(errors.NotFoundError):
        Things(make_client(server, retry_config=None)).list()
    assert len(server.queries) == 1


def test_strategies_describe_themselves() -> None:
    assert "cursor='next_cursor'" in repr(CURSOR_PAGING)
    assert "start=1" in repr(PAGE_PAGING)
    assert repr(OFFSET_PAGING).startswith("OffsetPaging(items='items'")


# -- a server that ignores the page parameter ------------------------------------------------------


def ignoring_server(queries: list[dict[str, str]]) -> Callable[[httpx.Request], httpx.Response]:
    """Answers the same first page whatever it is asked, with no total nor "more" flag."""

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(dict(request.url.params))
        if len(queries) > 10:
            raise AssertionError("the client kept asking for pages")
        return httpx.Response(200, json=items(ITEMS[:2]))

    return handler


def test_a_repeated_page_ends_iteration(make_client: MakeClient) -> None:
    queries: list[dict[str, str]] = []
    bare = PagePaging(items="", param="page", start=0)
    res = sync_page(make_client(ignoring_server(queries)), BARE_OP, bare, page=0)
    assert [i.id for i in res] == ["i0", "i1"]
    assert len(queries) == 2


async def test_a_repeated_page_ends_iteration_async(make_client: MakeClient) -> None:
    queries: list[dict[str, str]] = []
    bare = PagePaging(items="", param="page", start=0)
    res = await async_page(make_client(ignoring_server(queries)), BARE_OP, bare, page=0)
    assert [i.id async for i in res] == ["i0", "i1"]
    assert len(queries) == 2


# -- the same guard on every way of walking the pages ----------------------------------------


class PagedItems(PagedModel):
    data: list[Item] = []


PAGED_OP: Operation[PagedItems] = _op(PagedItems, "/v1/paged")
PAGED_PAGING = PagePaging(items="data", param="page", start=0)


def ignoring_model_server(
    queries: list[dict[str, str]],
) -> Callable[[httpx.Request], httpx.Response]:
    """As :func:`ignoring_server`, answering a model (``{"data": [...]}``) instead of a list."""
    bare = ignoring_server(queries)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": bare(request).json()})

    return handler


def test_a_repeated_page_ends_pages_and_next_page(make_client: MakeClient) -> None:
    queries: list[dict[str, str]] = []
    bare = PagePaging(items="", param="page", start=0)
    res = sync_page(make_client(ignoring_server(queries)), BARE_OP, bare, page=0)
    assert [[i.id for i in p] for p in res.pages()] == [["i0", "i1"]]
    assert len(queries) == 2
    assert res.next_page() is None


async def test_a_repeated_page_ends_pages_and_next_page_async(make_client: MakeClient) -> None:
    queries: list[dict[str, str]] = []
    bare = PagePaging(items="", param="page", start=0)
    res = await async_page(make_client(ignoring_server(queries)), BARE_OP, bare, page=0)
    assert [[i.id for i in p] async for p in res.pages()] == [["i0", "i1"]]
    assert len(queries) == 2
    assert await res.next_page() is None


def test_a_repeated_page_ends_the_pages_of_a_paged_model(make_client: MakeClient) -> None:
    queries: list[dict[str, str]] = []
    client = make_client(ignoring_model_server(queries))

    def fetch(query: Mapping[str, Any]) -> PagedItems:
        return client.request(PAGED_OP, query=query)

    first = paged(fetch({"page": 0}), fetch, {"page": 0}, PAGED_PAGING)
    assert [[i.id for i in p.data] for p in first.pages()] == [["i0", "i1"]]
    assert [i.id for i in first] == ["i0", "i1"]
    assert first.next_page() is None
    assert len(queries) == 1 + 3  # the first page, then one repeated page per walk


async def test_a_repeated_page_ends_the_pages_of_a_paged_model_async(
    make_client: MakeClient,
) -> None:
    queries: list[dict[str, str]] = []
    client = make_client(ignoring_model_server(queries))

    async def fetch(query: Mapping[str, Any]) -> PagedItems:
        return await client.request_async(PAGED_OP, query=query)

    first = paged_async(await fetch({"page": 0}), fetch, {"page": 0}, PAGED_PAGING)
    assert [[i.id for i in p.data] async for p in first.pages()] == [["i0", "i1"]]
    assert [i.id async for i in first] == ["i0", "i1"]
    assert await first.next_page_async() is None
    assert len(queries) == 1 + 3


def test_pages_of_a_paged_model_carry_their_own_pager(make_client: MakeClient) -> None:
    client = make_client(Server())

    def fetch(query: Mapping[str, Any]) -> NumberedList:
        return client.request(PAGE_OP, query=query)

    class Numbered(PagedModel):
        data: list[Item] = []
        total: int | None = None

    def fetch_model(query: Mapping[str, Any]) -> Numbered:
        return Numbered.model_validate(fetch(query).model_dump())

    first = paged(fetch_model({"page": 1}), fetch_model, {"page": 1}, PAGE_PAGING)
    pages = list(first.pages())
    assert [[i.id for i in p.data] for p in pages] == [["i0", "i1"], ["i2", "i3"], ["i4"]]
    assert [i.id for i in pages[1]] == ["i2", "i3", "i4"]  # a later page walks on from itself
    assert pages[2].next_page() is None
