"""``client.beta.observability`` against the fake server: a dataset created, fetched and
listed across pages (sync and async), with a stateful route set up by the test."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.core.errors import NotFoundError, RequestValidationError
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

STAMP = "2024-01-01T00:00:00Z"
OWNER = "00000000-0000-4000-8000-000000000001"


@pytest.fixture
def server(fake_server: FakeMistralServer) -> FakeMistralServer:
    datasets: dict[str, dict[str, Any]] = {}
    ids = itertools.count(1)
    fake_server.state["datasets"] = datasets

    @fake_server.route("POST", r"/v1/observability/datasets")
    def create(ctx: RequestContext) -> Response:
        body = ctx.json()
        with ctx.server.lock:
            dataset_id = f"00000000-0000-4000-8000-{next(ids):012d}"
            datasets[dataset_id] = {
                "id": dataset_id,
                "created_at": STAMP,
                "updated_at": STAMP,
                "deleted_at": None,
                "name": body["name"],
                "description": body["description"],
                "owner_id": OWNER,
                "workspace_id": OWNER,
            }
        return json_response(datasets[dataset_id], status=201)

    @fake_server.route("GET", r"/v1/observability/datasets/(?P<dataset_id>[^/]+)")
    def fetch(ctx: RequestContext) -> Response:
        found = datasets.get(ctx.params["dataset_id"])
        if found is None:
            return json_response({"detail": "not found"}, status=404)
        return json_response(found)

    @fake_server.route("GET", r"/v1/observability/datasets")
    def listing(ctx: RequestContext) -> Response:
        page = int(ctx.query_params.get("page", ["1"])[0])
        size = int(ctx.query_params.get("page_size", ["50"])[0])
        rows = list(datasets.values())
        chunk = rows[(page - 1) * size : page * size]
        return json_response({"datasets": {"count": len(rows), "results": chunk}})

    return fake_server


def test_create_fetch_and_list(server: FakeMistralServer) -> None:
    with Mistral(api_key="test", server_url=server.url) as client:
        datasets = client.beta.observability.datasets
        created = [
            datasets.create(name=f"evals-{i}", description="regression set") for i in range(3)
        ]
        fetched = datasets.fetch(dataset_id=created[1].id)
        assert fetched.name == "evals-1"
        page = datasets.list(page_size=2)
        assert [d.name for d in page] == ["evals-0", "evals-1", "evals-2"]
        with pytest.raises(NotFoundError):
            datasets.fetch(dataset_id="00000000-0000-4000-8000-999999999999")
    assert server.requests.filter(method="POST")[0].json() == {
        "name": "evals-0",
        "description": "regression set",
    }
    pages = [r.query_params.get("page") for r in server.requests.filter(method="GET")]
    assert pages[1:3] == [["1"], ["2"]]  # the first page, then the next one


async def test_async(server: FakeMistralServer) -> None:
    async with Mistral(api_key="test", server_url=server.url) as client:
        datasets = client.beta.observability.datasets
        for i in range(3):
            await datasets.create_async(name=f"async-{i}", description="d")
        page = await datasets.list_async(page_size=2)
        names = [d.name async for d in page]
    assert names == ["async-0", "async-1", "async-2"]


def test_missing_argument_fails_before_sending(server: FakeMistralServer) -> None:
    with Mistral(api_key="test", server_url=server.url) as client:
        datasets = client.beta.observability.datasets
        with pytest.raises(TypeError):
            datasets.create(name="only a name")  # type: ignore[call-arg]
        with pytest.raises(RequestValidationError):
            datasets.create(name=["not", "a", "string"], description="d")  # type: ignore[arg-type]
    assert len(server.requests) == 0
