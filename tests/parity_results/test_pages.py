"""Paging list methods return the response model itself (as 2.x did), iterating every page.

``files.list`` against the fake server (its files routes page with ``page``/``page_size`` and
report ``total``): the result is a ``ListFilesResponse`` (same class and dump as a plain
validation of the same body), and ``for``/``async for``/``.pages()``/``.next_page()`` walk the
following pages, one request each.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.client.models import ListFilesResponse
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    client = Mistral(api_key="test-key", server_url=fake_server.url)
    for i in range(5):
        client.files.upload(file=b"x" * (i + 1), purpose="batch")
    fake_server.requests.clear()
    return client


def _list_calls(server: FakeMistralServer) -> int:
    return len(server.requests.filter(method="GET", path="/v1/files"))


def test_result_is_the_response_model(client: Mistral, fake_server: FakeMistralServer) -> None:
    first = client.files.list(page_size=2)
    assert type(first) is ListFilesResponse
    assert type(first).__name__ == "ListFilesResponse"
    plain = ListFilesResponse.model_validate(first.model_dump())
    assert plain == first  # the pager attached to `first` is not part of its data
    assert first.model_dump() == plain.model_dump()
    assert first.total == 5 and len(first.data) == 2
    assert first.result is first  # the 2.x page wrapper's name
    assert _list_calls(fake_server) == 1


def test_iteration_fetches_every_page_lazily(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    first = client.files.list(page_size=2)
    items = iter(first)
    got = [next(items).id for _ in range(2)]
    assert _list_calls(fake_server) == 1  # the first page only, so far
    got += [f.id for f in items]
    assert len(got) == 5 and len(set(got)) == 5
    assert _list_calls(fake_server) == 3
    assert [len(p.data) for p in first.pages()] == [2, 2, 1]
    second = first.next_page()
    assert second is not None and type(second) is ListFilesResponse
    third = second.next()
    assert third is not None and third.next_page() is None
    assert not third.has_next_page() and first.has_next_page()


async def test_async_iteration(client: Mistral) -> None:
    first = await client.files.list_async(page_size=2)
    assert type(first) is ListFilesResponse
    assert len([f.id async for f in first]) == 5
    assert [len(p.data) async for p in first.pages()] == [2, 2, 1]
    second = await first.next()
    assert second is not None and len(second.data) == 2
    with pytest.raises(TypeError, match="async"):
        list(first)
    await client.aclose()


def test_repeated_page_stops(fake_server: FakeMistralServer) -> None:
    """A server that ignores the page parameter: iteration stops instead of looping."""
    body = {
        "object": "list",
        "data": [
            {
                "id": "f1",
                "object": "file",
                "bytes": 1,
                "created_at": 1,
                "filename": "a",
                "purpose": "batch",
                "sample_type": "batch_request",
                "source": "upload",
            }
        ],
    }

    def same(ctx: RequestContext) -> Response:
        return json_response(body)

    fake_server.add_route("GET", "/v1/files", same)
    with Mistral(api_key="test-key", server_url=fake_server.url) as client:
        assert [f.id for f in client.files.list()] == ["f1"]
    assert len(fake_server.requests.filter(method="GET", path="/v1/files")) == 2


def test_plain_model_and_copies(client: Mistral) -> None:
    first = client.files.list(page_size=2)
    plain = ListFilesResponse.model_validate(first.model_dump())
    assert dict(plain)["total"] == 5  # no pager: pydantic's (field, value) iteration
    assert plain.next_page() is None and not plain.has_next_page()
    deep = first.model_copy(deep=True)
    assert [f.id for f in deep] == [f.id for f in first]
    restored: Any = pickle.loads(pickle.dumps(first))  # the pager (client) is not pickled
    assert restored == first and restored.next_page() is None
    assert copy.copy(first) == first
