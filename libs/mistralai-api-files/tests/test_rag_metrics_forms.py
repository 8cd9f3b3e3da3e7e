"""``beta.rag.search_indexes.update_index_metrics`` in its 2.x form (``index_id``: the index
endpoint) and its 3.x form (``deployment_id``: the deployment endpoint), sync and async."""

from __future__ import annotations

import json

import httpx
import pytest

from mistralai.client import Mistral

METRICS = {"total_documents": 3}


def _client(seen: list[httpx.Request]) -> Mistral:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return Mistral(api_key="k", client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_index_id_calls_the_index_endpoint() -> None:
    seen: list[httpx.Request] = []
    _client(seen).beta.rag.search_indexes.update_index_metrics(index_id="ix", request_body=METRICS)
    assert seen[0].method == "PUT"
    assert seen[0].url.path == "/v1/rag/indexes/index/ix/metrics"
    assert json.loads(seen[0].content) == METRICS


def test_deployment_id_calls_the_deployment_endpoint() -> None:
    seen: list[httpx.Request] = []
    body = {"type": "online", "qps": 1.5}
    _client(seen).beta.rag.search_indexes.update_index_metrics(
        deployment_id="dep", request_body=body
    )
    assert seen[0].url.path == "/v1/rag/deployments/dep/metrics"
    assert json.loads(seen[0].content)["type"] == "online"


@pytest.mark.parametrize("ids", [{}, {"index_id": "ix", "deployment_id": "dep"}])
def test_exactly_one_id(ids: dict[str, str]) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(TypeError, match=r"index_id .* or deployment_id"):
        _client(seen).beta.rag.search_indexes.update_index_metrics(request_body=METRICS, **ids)
    assert not seen  # nothing sent


async def test_async_forms() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = Mistral(
        api_key="k", async_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    indexes = client.beta.rag.search_indexes
    await indexes.update_index_metrics_async(index_id="ix", request_body=METRICS)
    await indexes.update_index_metrics_async(deployment_id="dep", request_body={"type": "offline"})
    assert [r.url.path for r in seen] == [
        "/v1/rag/indexes/index/ix/metrics",
        "/v1/rag/deployments/dep/metrics",
    ]
