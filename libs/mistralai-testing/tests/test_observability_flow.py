"""Observability pipelines, their results, span aggregation and dataset imports (real client)."""

from __future__ import annotations

import pytest

from mistralai.api.observability._fake_routes import RESULTS_PER_CONFIG
from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError

SELECTORS = [{"source_kind": "span", "filter": "name == 'chat'"}]


def test_pipeline_lifecycle(client: Mistral) -> None:
    evaluations = client.beta.observability.evaluations
    judges = evaluations.create_pipeline(
        name="Chat judges",
        selectors=SELECTORS,
        definitions=[
            {"slug": "tone"},
            {"slug": "safety", "sampling": {"type": "probabilistic", "percentage": 0.5}},
        ],
        description="judges of the chat spans",
    )
    assert judges.slug == "chat-judges" and judges.enabled
    assert [c.slug for c in judges.pipeline_configs] == ["tone", "safety"]
    assert judges.pipeline_configs[1].sampling is not None
    off = evaluations.create_pipeline(
        name="Disabled", selectors=SELECTORS, definitions=[], enabled=False
    )
    assert evaluations.get_pipeline(pipeline_id=judges.id) == judges

    first = evaluations.list_pipelines(page_size=1)
    assert first.pipelines.count == 2
    assert [p.id for p in first.pipelines.results or []] == [judges.id]
    assert first.pipelines.previous is None and first.pipelines.next is not None
    second = evaluations.list_pipelines(page_size=1, page=2)
    assert [p.id for p in second.pipelines.results or []] == [off.id]
    assert second.pipelines.next is None and second.pipelines.previous is not None
    assert [p.id for p in evaluations.list_pipelines(enabled=False).pipelines.results or []] == [
        off.id
    ]
    assert [p.id for p in evaluations.list_pipelines(q="chat").pipelines.results or []] == [
        judges.id
    ]

    updated = evaluations.update_pipeline(
        pipeline_id=judges.id, enabled=False, definitions=[{"slug": "tone"}]
    )
    assert not updated.enabled and [c.slug for c in updated.pipeline_configs] == ["tone"]
    assert updated.name == "Chat judges"

    evaluations.delete_pipeline(pipeline_id=judges.id)
    for call in (evaluations.get_pipeline, evaluations.delete_pipeline):
        with pytest.raises(NotFoundError):
            call(pipeline_id=judges.id)
    assert [p.id for p in evaluations.list_pipelines().pipelines.results or []] == [off.id]


def test_pipeline_results_page_with_a_cursor(client: Mistral) -> None:
    client.beta.observability.evaluations.create_pipeline(
        name="judges", selectors=SELECTORS, definitions=[{"slug": "tone"}, {"slug": "safety"}]
    )
    spans = client.beta.observability.spans
    first = spans.search_pipeline_results(pipeline_config_slugs=["tone", "safety"], page_size=4)
    assert first.pipeline_results.cursor is not None
    assert len(first.pipeline_results.results or []) == 4
    # Iterating the first page follows the cursor through every page.
    every = list(first)
    assert len(every) == 2 * RESULTS_PER_CONFIG
    assert {r.trace_id for r in every} == {
        f"trace-{slug}-{n}" for slug in ("tone", "safety") for n in range(RESULTS_PER_CONFIG)
    }
    only_tone = spans.search_pipeline_results(pipeline_config_slugs=["tone", "unknown"])
    assert [set(r.judge_scores) for r in only_tone] == [{"tone"}] * RESULTS_PER_CONFIG


def test_aggregate_and_import_from_spans(client: Mistral) -> None:
    client.beta.observability.evaluations.create_pipeline(
        name="judges", selectors=SELECTORS, definitions=[{"slug": "tone"}]
    )
    aggregation = client.beta.observability.spans.aggregate_span_evaluations(
        metric={"measure": "score", "aggregation": "avg"}, dimensions=["judge"]
    )
    [row] = aggregation.data
    assert (row.metric_name, row.metric_value, row.dimensions) == (
        "avg(score)",
        1,
        {"judge": "fake-judge"},
    )
    task = client.beta.observability.datasets.import_from_spans(
        dataset_id="ds-1",
        span_references=[{"trace_id": "t1", "span_id": "s1"}, {"trace_id": "t1", "span_id": "s2"}],
        mapping_contract={"mappings": []},
    )
    assert (task.dataset_id, task.status, task.message) == ("ds-1", "COMPLETED", "imported 2 spans")


async def test_pipelines_async(client: Mistral) -> None:
    evaluations = client.beta.observability.evaluations
    created = await evaluations.create_pipeline_async(
        name="async", selectors=SELECTORS, definitions=[{"slug": "tone"}]
    )
    assert (await evaluations.get_pipeline_async(pipeline_id=created.id)).id == created.id
    page = await client.beta.observability.spans.search_pipeline_results_async(
        pipeline_config_slugs=["tone"], page_size=2
    )
    assert [r.trace_id async for r in page] == [
        f"trace-tone-{n}" for n in range(RESULTS_PER_CONFIG)
    ]
    await evaluations.delete_pipeline_async(pipeline_id=created.id)
    with pytest.raises(NotFoundError):
        await evaluations.get_pipeline_async(pipeline_id=created.id)
