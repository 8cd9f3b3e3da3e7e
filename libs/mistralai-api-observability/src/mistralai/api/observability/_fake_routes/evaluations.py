"""Fake-server routes for observability evaluations: projects, evaluations, runs and their records,
and the optimizations that compare runs. Read-only, over a seeded data set (see :func:`seed`):

- projects :data:`PROJECT_SLUG` (holding the evaluation :data:`EVALUATION_SLUG`) and
  ``empty-project``; ``GET /v1/observability/projects`` (filter ``q``), ``.../projects/{slug}``,
  ``.../projects/{slug}/evaluations_v2``, ``.../evaluations_v2/{slug}``;
- runs ``baseline`` and ``candidate`` of that evaluation, :data:`RECORDS_PER_RUN` records each
  scored by the numeric evaluator :data:`EVALUATOR`: ``POST .../evaluations_v2/{slug}/runs/
  search``, ``POST .../evaluation-runs_v2/search`` (filters ``run_ids``, ``evaluation_ids``,
  ``tags.values``), ``GET .../evaluation-runs_v2/{id}``, ``GET .../statistics``, ``POST
  .../statistics/compute`` and ``POST .../records/search`` (both honour ``score_filters``),
  ``GET .../records/{record_id}``;
- one optimization with a trial per run: ``GET /v1/observability/optimizations`` (filters
  ``project``, ``evaluation``, ``status``), ``.../{id}``, ``.../{id}/trials``.

Lists page with ``page``/``page_size``; unknown slugs and ids answer 404.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
    new_id,
    not_found,
    now_iso,
    page_number,
    query_str,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["EVALUATION_SLUG", "EVALUATOR", "PROJECT_SLUG", "RECORDS_PER_RUN", "install", "seed"]

PROJECT_SLUG = "fake-project"
EVALUATION_SLUG = "fake-evaluation"
EVALUATOR = "accuracy"
RECORDS_PER_RUN = 4

_KEY = "evaluations"
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
    "eq": operator.eq,
}


def _base(now: str, **fields: Any) -> Record:
    return {"id": new_id(), "created_at": now, "updated_at": now, "deleted_at": None, **fields}


def _record(run_id: str, number: int, value: float, now: str) -> Record:
    score = _base(now, value=value, metadata_={}, status="COMPLETED", rationale="fake judgement")
    generation = _base(
        now,
        output={"text": f"answer {number}"},
        metadata_={},
        status="COMPLETED",
        scores={EVALUATOR: [score]},
    )
    output = _base(now, metadata_={"run_id": run_id}, generations=[generation])
    return _base(
        now, input={"question": f"question {number}"}, dataset_record_id=None, output_record=output
    )


def _build(now: str) -> Record:
    project = _base(
        now,
        workspace_id=WORKSPACE_ID,
        creator_id=USER_ID,
        name="Fake project",
        slug=PROJECT_SLUG,
        description="Seeded by the fake server",
        is_favorite=False,
    )
    empty = _base(
        now,
        workspace_id=WORKSPACE_ID,
        creator_id=USER_ID,
        name="Empty project",
        slug="empty-project",
        description=None,
        is_favorite=False,
        evaluations=[],
    )
    evaluation = _base(
        now,
        workspace_id=WORKSPACE_ID,
        creator_id=USER_ID,
        project_id=project["id"],
        name="Fake evaluation",
        slug=EVALUATION_SLUG,
        description=None,
        tags=["fake"],
        metadata_={},
        is_favorite=False,
    )
    project["evaluations"] = [
        {"id": evaluation["id"], "name": evaluation["name"], "slug": evaluation["slug"]}
    ]
    evaluator = _base(
        now, name=EVALUATOR, description="Exact match", tags=[], num_scores=1, direction="maximize"
    )
    runs: dict[str, Record] = {}
    records: dict[str, dict[str, Record]] = {}
    for name, values in (("baseline", (0.0, 0.5, 0.5, 1.0)), ("candidate", (0.5, 1.0, 1.0, 1.0))):
        run = _base(
            now,
            creator_id=USER_ID,
            evaluation_id=evaluation["id"],
            name=name,
            description=None,
            tags=[name],
            metadata_={},
            num_generations=1,
            evaluators=[evaluator],
            status="COMPLETED",
            project={"id": project["id"], "name": project["name"], "slug": PROJECT_SLUG},
            evaluation={
                "id": evaluation["id"],
                "name": evaluation["name"],
                "slug": EVALUATION_SLUG,
            },
        )
        run_records = [
            _record(run["id"], n, v, now) for n, v in enumerate(values[:RECORDS_PER_RUN])
        ]
        records[run["id"]] = {r["id"]: r for r in run_records}
        run["statistics"] = _statistics(run_records)
        runs[run["id"]] = run
    optimization = _base(
        now,
        creator_id=USER_ID,
        project_id=project["id"],
        name="Prompt search",
        algorithm="grid",
        status="COMPLETED",
        source="api",
        evaluation_id=evaluation["id"],
        tags=["fake"],
        evaluation={"id": evaluation["id"], "slug": EVALUATION_SLUG, "name": evaluation["name"]},
        project={"id": project["id"], "slug": PROJECT_SLUG, "name": project["name"]},
    )
    trials = [
        _base(
            now,
            optimization_id=optimization["id"],
            algorithm_trial_key=f"trial-{n}",
            status="COMPLETED",
            metadata_={},
            observations=[{"run": _run_view(run), "score": run["statistics"][EVALUATOR]["avg"]}],
        )
        for n, run in enumerate(runs.values())
    ]
    return {
        "projects": {PROJECT_SLUG: project, "empty-project": empty},
        "evaluations": {EVALUATION_SLUG: evaluation},
        "runs": runs,
        "records": records,
        "optimizations": {optimization["id"]: optimization},
        "trials": {optimization["id"]: trials},
    }


def seed(server: FakeMistralServer) -> Record:
    """The seeded data set (built on first use, and again after :meth:`reset`)."""
    with server.lock:
        data: Record | None = server.state.get(_KEY)
        if data is None:
            data = server.state[_KEY] = _build(now_iso())
        return data


def _score(record: Record) -> float:
    generations: list[Record] = record["output_record"]["generations"]
    return float(generations[0]["scores"][EVALUATOR][0]["value"])


def _statistics(records: list[Record]) -> dict[str, Record]:
    values = [_score(r) for r in records]
    numeric: Record = {"type": "numeric", "count": len(values), "sample_count": len(values)}
    if values:
        numeric.update(avg=sum(values) / len(values), min=min(values), max=max(values))
    return {EVALUATOR: numeric}


def _run_view(run: Record) -> Record:
    """A run without the ``project``/``evaluation`` refs only the cross-evaluation search has."""
    return {k: v for k, v in run.items() if k not in ("project", "evaluation")}


def _score_filter(body: Record) -> Callable[[Record], bool]:
    group = as_dict(body.get("score_filters")) or {}
    filters = [as_dict(f) or {} for f in as_list(group.get("filters")) or []]
    tests = [
        (_OPERATORS.get(str(f.get("operator")), operator.eq), f.get("value"))
        for f in filters
        if f.get("evaluator_name") == EVALUATOR
    ]
    combine = any if group.get("combinator") == "or" else all

    def keep(record: Record) -> bool:
        return not tests or combine(test(_score(record), value) for test, value in tests)

    return keep


# --------------------------------------------------------------------------- handlers


def _list_projects(ctx: RequestContext) -> Response:
    text = (query_str(ctx, "q") or "").lower()
    projects = [p for p in seed(ctx.server)["projects"].values() if text in p["name"].lower()]
    page = page_number(ctx, projects)
    return page if isinstance(page, Response) else json_response({"projects": page})


def _get_project(ctx: RequestContext) -> Response:
    slug = ctx.params["project_slug"]
    project = seed(ctx.server)["projects"].get(slug)
    return not_found("Project", slug) if project is None else json_response(project)


def _list_evaluations(ctx: RequestContext) -> Response:
    slug = ctx.params["project_slug"]
    data = seed(ctx.server)
    project = data["projects"].get(slug)
    if project is None:
        return not_found("Project", slug)
    found = [e for e in data["evaluations"].values() if e["project_id"] == project["id"]]
    page = page_number(ctx, found)
    return page if isinstance(page, Response) else json_response({"evaluations": page})


def _get_evaluation(ctx: RequestContext) -> Response:
    slug = ctx.params["evaluation_slug"]
    evaluation = seed(ctx.server)["evaluations"].get(slug)
    return not_found("Evaluation", slug) if evaluation is None else json_response(evaluation)


def _matching_runs(data: Record, body: Record) -> list[Record]:
    run_ids = as_list(body.get("run_ids"))
    evaluation_ids = as_list(body.get("evaluation_ids"))
    tags = as_list((as_dict(body.get("tags")) or {}).get("values"))
    return [
        run
        for run in data["runs"].values()
        if (run_ids is None or run["id"] in run_ids)
        and (evaluation_ids is None or run["evaluation_id"] in evaluation_ids)
        and (not tags or any(t in run["tags"] for t in tags))
    ]


def _search_runs(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    slug = ctx.params["evaluation_slug"]
    data = seed(ctx.server)
    evaluation = data["evaluations"].get(slug)
    if evaluation is None:
        return not_found("Evaluation", slug)
    runs = [
        _run_view(r) for r in _matching_runs(data, body) if r["evaluation_id"] == evaluation["id"]
    ]
    page = page_number(ctx, runs)
    return page if isinstance(page, Response) else json_response({"runs": page})


def _search_all_runs(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    page = page_number(ctx, _matching_runs(seed(ctx.server), body))
    return page if isinstance(page, Response) else json_response({"runs": page})


def _run_or_404(ctx: RequestContext) -> Record | Response:
    run_id = ctx.params["run_id"]
    run = seed(ctx.server)["runs"].get(run_id)
    return not_found("Evaluation run", run_id) if run is None else run


def _get_run(ctx: RequestContext) -> Response:
    run = _run_or_404(ctx)
    return run if isinstance(run, Response) else json_response(_run_view(run))


def _get_statistics(ctx: RequestContext) -> Response:
    run = _run_or_404(ctx)
    if isinstance(run, Response):
        return run
    return json_response({"run_id": run["id"], "statistics": run["statistics"], "passed": None})


def _run_records(ctx: RequestContext, body: Record) -> tuple[Record, list[Record]] | Response:
    run = _run_or_404(ctx)
    if isinstance(run, Response):
        return run
    records = list(seed(ctx.server)["records"][run["id"]].values())
    return run, [r for r in records if _score_filter(body)(r)]


def _compute_statistics(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    found = _run_records(ctx, body)
    if isinstance(found, Response):
        return found
    run, records = found
    return json_response({"run_id": run["id"], "statistics": _statistics(records), "passed": None})


def _search_records(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    found = _run_records(ctx, body)
    if isinstance(found, Response):
        return found
    page = page_number(ctx, found[1])
    return page if isinstance(page, Response) else json_response({"records": page})


def _get_record(ctx: RequestContext) -> Response:
    run = _run_or_404(ctx)
    if isinstance(run, Response):
        return run
    record_id = ctx.params["record_id"]
    record = seed(ctx.server)["records"][run["id"]].get(record_id)
    return not_found("Record", record_id) if record is None else json_response(record)


def _list_optimizations(ctx: RequestContext) -> Response:
    project = query_str(ctx, "project")
    evaluation = query_str(ctx, "evaluation")
    status = query_str(ctx, "status")
    found = [
        {k: v for k, v in o.items() if k not in ("project", "evaluation")}
        for o in seed(ctx.server)["optimizations"].values()
        if (project is None or project in (o["project"]["slug"], o["project_id"]))
        and (evaluation is None or evaluation in (o["evaluation"]["slug"], o["evaluation_id"]))
        and (status is None or o["status"] == status)
    ]
    page = page_number(ctx, found)
    return page if isinstance(page, Response) else json_response({"optimizations": page})


def _get_optimization(ctx: RequestContext) -> Response:
    optimization_id = ctx.params["optimization_id"]
    optimization = seed(ctx.server)["optimizations"].get(optimization_id)
    if optimization is None:
        return not_found("Optimization", optimization_id)
    return json_response(optimization)


def _list_trials(ctx: RequestContext) -> Response:
    optimization_id = ctx.params["optimization_id"]
    trials: list[Record] | None = seed(ctx.server)["trials"].get(optimization_id)
    if trials is None:
        return not_found("Optimization", optimization_id)
    page = page_number(ctx, trials)
    return page if isinstance(page, Response) else json_response({"trials": page})


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    base = r"/v1/observability"
    server.add_route("GET", base + r"/projects", _list_projects)
    project = base + r"/projects/(?P<project_slug>[^/]+)"
    server.add_route("GET", project, _get_project)
    server.add_route("GET", project + r"/evaluations_v2", _list_evaluations)
    evaluation = base + r"/evaluations_v2/(?P<evaluation_slug>[^/]+)"
    server.add_route("GET", evaluation, _get_evaluation)
    server.add_route("POST", evaluation + r"/runs/search", _search_runs)
    server.add_route("POST", base + r"/evaluation-runs_v2/search", _search_all_runs)
    run = base + r"/evaluation-runs_v2/(?P<run_id>[^/]+)"
    server.add_route("GET", run, _get_run)
    server.add_route("GET", run + r"/statistics", _get_statistics)
    server.add_route("POST", run + r"/statistics/compute", _compute_statistics)
    server.add_route("POST", run + r"/records/search", _search_records)
    server.add_route("GET", run + r"/records/(?P<record_id>[^/]+)", _get_record)
    server.add_route("GET", base + r"/optimizations", _list_optimizations)
    optimization = base + r"/optimizations/(?P<optimization_id>[^/]+)"
    server.add_route("GET", optimization, _get_optimization)
    server.add_route("GET", optimization + r"/trials", _list_trials)
