"""Observability evaluations (projects, evaluations, runs, records, optimizations), real client."""

from __future__ import annotations

import pytest

from mistralai.api.observability import models
from mistralai.api.observability._fake_routes import (
    EVALUATION_SLUG,
    EVALUATOR,
    PROJECT_SLUG,
    RECORDS_PER_RUN,
)
from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError


def test_projects_and_evaluations(client: Mistral) -> None:
    evaluations = client.beta.observability.evaluations
    listed = evaluations.projects.list(page_size=1)
    assert listed.projects.count == 2 and listed.projects.next is not None
    slugs = [p.slug for p in listed.projects.results or []]
    slugs += [p.slug for p in evaluations.projects.list(page_size=1, page=2).projects.results or []]
    assert slugs == [PROJECT_SLUG, "empty-project"]
    assert [p.slug for p in evaluations.projects.list(q="empty").projects.results or []] == [
        "empty-project"
    ]
    project = evaluations.projects.get(project_slug=PROJECT_SLUG)
    assert [e.slug for e in project.evaluations or []] == [EVALUATION_SLUG]

    listed_evaluations = evaluations.list(project_slug=PROJECT_SLUG)
    [evaluation] = listed_evaluations.evaluations.results or []
    assert evaluation.project_id == project.id
    assert evaluations.get(evaluation_slug=EVALUATION_SLUG) == evaluation
    assert evaluations.list(project_slug="empty-project").evaluations.count == 0
    with pytest.raises(NotFoundError):
        evaluations.projects.get(project_slug="unknown")
    with pytest.raises(NotFoundError):
        evaluations.get(evaluation_slug="unknown")


def test_runs_records_and_statistics(client: Mistral) -> None:
    runs = client.beta.observability.evaluations.runs
    records = client.beta.observability.evaluations.records
    found = runs.search(evaluation_slug=EVALUATION_SLUG)
    assert [r.name for r in found.runs.results or []] == ["baseline", "candidate"]
    [candidate] = (
        runs.search(evaluation_slug=EVALUATION_SLUG, tags={"values": ["candidate"]}).runs.results
        or []
    )
    everywhere = runs.search_all(run_ids=[candidate.id]).runs.results or []
    assert [r.id for r in everywhere] == [candidate.id]
    assert everywhere[0].project is not None and everywhere[0].project.slug == PROJECT_SLUG
    assert runs.search_all(page_size=1, page=2).runs.count == 2

    run = runs.get(run_id=candidate.id)
    assert run.evaluators[0].name == EVALUATOR
    statistics = runs.get_statistics(run_id=run.id).statistics[EVALUATOR]
    assert isinstance(statistics, models.NumericStatistics)
    assert (statistics.count, statistics.avg) == (RECORDS_PER_RUN, 0.875)

    perfect = {
        "filters": [
            {"evaluator_name": EVALUATOR, "metric": "value", "operator": "eq", "value": 1.0}
        ]
    }
    computed = runs.compute_statistics(run_id=run.id, score_filters=perfect).statistics[EVALUATOR]
    assert isinstance(computed, models.NumericStatistics)
    assert (computed.count, computed.min) == (3, 1.0)

    page = records.search(run_id=run.id, page_size=3)
    assert page.records.count == RECORDS_PER_RUN and page.records.next is not None
    assert records.search(run_id=run.id, score_filters=perfect).records.count == 3
    [first, *_] = page.records.results or []
    assert records.get(run_id=run.id, record_id=first.id) == first
    with pytest.raises(NotFoundError):
        records.get(run_id=run.id, record_id="unknown")
    with pytest.raises(NotFoundError):
        runs.get_statistics(run_id="unknown")


def test_optimizations(client: Mistral) -> None:
    optimizations = client.beta.observability.evaluations.optimizations
    [listed] = optimizations.list(project=PROJECT_SLUG).optimizations.results or []
    assert optimizations.list(status="RUNNING").optimizations.count == 0
    detail = optimizations.get(optimization_id=listed.id)
    assert detail.evaluation is not None and detail.evaluation.slug == EVALUATION_SLUG
    trials = optimizations.list_trials(optimization_id=listed.id, page_size=1)
    assert trials.trials.count == 2
    [trial] = trials.trials.results or []
    [observation] = trial.observations or []
    assert observation.run.name == "baseline" and observation.score == 0.5
    with pytest.raises(NotFoundError):
        optimizations.list_trials(optimization_id="unknown")


async def test_evaluations_async(client: Mistral) -> None:
    evaluations = client.beta.observability.evaluations
    project = await evaluations.projects.get_async(project_slug=PROJECT_SLUG)
    found = await evaluations.runs.search_async(evaluation_slug=EVALUATION_SLUG)
    assert found.runs.count == 2 and project.slug == PROJECT_SLUG
    with pytest.raises(NotFoundError):
        await evaluations.runs.get_async(run_id="unknown")
