"""The fake server's routes for this package's operations: judge pipelines, their results, span
aggregation and dataset imports (:mod:`.pipelines`, stateful), and evaluation projects,
evaluations, runs, records, statistics and optimizations (:mod:`.evaluations`, a seeded data
set).

Installed by mistralai-testing's fake server through this package's ``mistralai.testing.routes``
entry point; never imported by the SDK itself (mistralai-testing is not a dependency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.api.observability._fake_routes import evaluations, pipelines
from mistralai.api.observability._fake_routes.evaluations import (
    EVALUATION_SLUG,
    EVALUATOR,
    PROJECT_SLUG,
    RECORDS_PER_RUN,
    seed,
)
from mistralai.api.observability._fake_routes.pipelines import RESULTS_PER_CONFIG

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = [
    "EVALUATION_SLUG",
    "EVALUATOR",
    "PROJECT_SLUG",
    "RECORDS_PER_RUN",
    "RESULTS_PER_CONFIG",
    "install",
    "seed",
]


def install(server: FakeMistralServer) -> None:
    """Add the observability routes to ``server``."""
    evaluations.install(server)
    pipelines.install(server)
