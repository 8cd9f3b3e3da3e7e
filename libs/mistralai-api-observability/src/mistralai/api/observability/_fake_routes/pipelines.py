"""Fake-server routes for observability pipelines (online judges over spans) and their results.

- ``POST/GET /v1/observability/pipelines`` (``page``/``page_size`` paging, filters ``enabled``
  and ``q`` on the name), ``GET/PUT/DELETE /v1/observability/pipelines/{id}``: each judge
  reference of ``definitions`` becomes a ``judge-v1`` pipeline config whose slug is the
  reference's slug.
- ``POST /v1/observability/pipeline-results/search``: :data:`RESULTS_PER_CONFIG` results for
  every pipeline config slug asked for that belongs to a stored pipeline, paged with
  ``page_size`` and an opaque ``cursor``.
- ``POST /v1/observability/spans/evaluations/aggregate``: one row per requested dimension value
  (or a single row), the metric's value being the number of stored pipeline configs.
- ``POST /v1/observability/datasets/{id}/imports/from-spans``: a completed import task (202).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mistralai.testing import (
    USER_ID,
    WORKSPACE_ID,
    Record,
    RequestContext,
    Response,
    as_dict,
    as_list,
    json_body,
    json_response,
    missing,
    new_id,
    no_content,
    not_found,
    now_iso,
    page_number,
    page_token,
    query_bool,
    query_str,
    require,
    store,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["RESULTS_PER_CONFIG", "install"]

RESULTS_PER_CONFIG = 3
"""Pipeline results the fake has for every pipeline config."""

_PIPELINES = "observability_pipelines"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "pipeline"


def _config(reference: Record, pipeline: Record, now: str) -> Record:
    slug = str(reference.get("slug") or "judge")
    return {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        "scope": "workspace",
        "workspace_id": WORKSPACE_ID,
        "name": slug,
        "slug": slug,
        "pipeline_kind": "judge-v1",
        "selectors": pipeline["selectors"],
        "enabled": pipeline["enabled"],
        "definition": {
            "model": "mistral-small-latest",
            "prompt": f"Judge the span for {slug}.",
            "result_spec": {"type": "boolean"},
            "mapping": reference.get("mapping"),
        },
        "sampling": reference.get("sampling"),
        "scorer_slug": slug,
        "scorer_version": 1,
    }


def _apply(pipeline: Record, body: Record, now: str) -> None:
    for key in ("name", "description", "selectors", "enabled"):
        if body.get(key) is not None:
            pipeline[key] = body[key]
    definitions = as_list(body.get("definitions"))
    if definitions is not None:
        pipeline["pipeline_configs"] = [
            _config(as_dict(d) or {}, pipeline, now) for d in definitions
        ]
    pipeline["updated_at"] = now


def _create(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "name", "selectors", "definitions")) is not None:
        return error
    now = now_iso()
    pipeline: Record = {
        "id": new_id(),
        "created_at": now,
        "workspace_id": WORKSPACE_ID,
        "slug": _slug(str(body["name"])),
        "description": None,
        "enabled": True,
        "creator_id": USER_ID,
    }
    _apply(pipeline, body, now)
    with ctx.server.lock:
        store(ctx.server, _PIPELINES)[pipeline["id"]] = pipeline
    return json_response(pipeline, 201)


def _list(ctx: RequestContext) -> Response:
    enabled = query_bool(ctx, "enabled")
    text = (query_str(ctx, "q") or "").lower()
    with ctx.server.lock:
        pipelines = list(store(ctx.server, _PIPELINES).values())
    found = [
        p
        for p in pipelines
        if (enabled is None or p["enabled"] == enabled) and text in str(p["name"]).lower()
    ]
    page = page_number(ctx, found)
    return page if isinstance(page, Response) else json_response({"pipelines": page})


def _pipeline_or_404(ctx: RequestContext) -> Record | Response:
    pipeline_id = ctx.params["pipeline_id"]
    pipeline = store(ctx.server, _PIPELINES).get(pipeline_id)
    return not_found("Pipeline", pipeline_id) if pipeline is None else pipeline


def _get(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        pipeline = _pipeline_or_404(ctx)
        return pipeline if isinstance(pipeline, Response) else json_response(pipeline)


def _update(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    with ctx.server.lock:
        pipeline = _pipeline_or_404(ctx)
        if isinstance(pipeline, Response):
            return pipeline
        _apply(pipeline, body, now_iso())
        return json_response(pipeline)


def _delete(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        pipeline = _pipeline_or_404(ctx)
        if isinstance(pipeline, Response):
            return pipeline
        del store(ctx.server, _PIPELINES)[pipeline["id"]]
    return no_content()


def _search_results(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "pipeline_config_slugs")) is not None:
        return error
    wanted = {str(s) for s in as_list(body["pipeline_config_slugs"]) or []}
    with ctx.server.lock:
        pipelines = list(store(ctx.server, _PIPELINES).values())
    slugs = sorted(
        {c["slug"] for p in pipelines for c in p["pipeline_configs"] if c["slug"] in wanted}
    )
    now = now_iso()
    results: list[Record] = [
        {
            "trace_id": f"trace-{slug}-{n}",
            "span_id": f"span-{slug}-{n}",
            "span_name": "chat.completions",
            "duration_ns": 1_000_000 * (n + 1),
            "evaluated_at": now,
            "judge_scores": {slug: 1.0 if n % 2 == 0 else 0.0},
            "judge_labels": {slug: "pass" if n % 2 == 0 else "fail"},
            "judge_explanations": {slug: f"fake verdict {n}"},
        }
        for slug in slugs
        for n in range(RESULTS_PER_CONFIG)
    ]
    paged = page_token(ctx, results, default_size=50, token_param="cursor")
    if isinstance(paged, Response):
        return paged
    page, cursor = paged
    return json_response({"pipeline_results": {"results": page, "next": None, "cursor": cursor}})


def _aggregate(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    metric = as_dict(body.get("metric"))
    if metric is None:
        return missing("metric")
    with ctx.server.lock:
        configs = sum(len(p["pipeline_configs"]) for p in store(ctx.server, _PIPELINES).values())
    dimensions = [str(d) for d in as_list(body.get("dimensions")) or []]
    name = f"{metric.get('aggregation', 'count')}({metric.get('measure', '')})"
    rows: list[Record] = [
        {
            "dimensions": {d: f"fake-{d}"} if d else None,
            "metric_name": name,
            "metric_value": configs,
        }
        for d in (dimensions or [""])
    ]
    now = now_iso()
    meta = {
        "from_timestamp": query_str(ctx, "from") or now,
        "to_timestamp": query_str(ctx, "to") or now,
        "granularity_seconds": None,
    }
    return json_response({"data": rows, "meta": meta})


def _import_from_spans(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "span_references", "mapping_contract")) is not None:
        return error
    spans = as_list(body["span_references"]) or []
    now = now_iso()
    task: Record = {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        "creator_id": USER_ID,
        "dataset_id": ctx.params["dataset_id"],
        "workspace_id": WORKSPACE_ID,
        "status": "COMPLETED",
        "progress": 100,
        "message": f"imported {len(spans)} spans",
    }
    return json_response(task, 202)


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    base = r"/v1/observability"
    server.add_route("POST", base + r"/pipelines", _create)
    server.add_route("GET", base + r"/pipelines", _list)
    pipeline = base + r"/pipelines/(?P<pipeline_id>[^/]+)"
    server.add_route("GET", pipeline, _get)
    server.add_route("PUT", pipeline, _update)
    server.add_route("DELETE", pipeline, _delete)
    server.add_route("POST", base + r"/pipeline-results/search", _search_results)
    server.add_route("POST", base + r"/spans/evaluations/aggregate", _aggregate)
    server.add_route(
        "POST", base + r"/datasets/(?P<dataset_id>[^/]+)/imports/from-spans", _import_from_spans
    )
