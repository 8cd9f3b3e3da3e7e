"""The fake server's routes for this package's operations: workflows, their executions, event
and log streams (:mod:`.executions`), and workflow tags and deployment administration
(:mod:`.deployments`, over the registry and deployments of :mod:`.executions`).

Installed by mistralai-testing's fake server through this package's ``mistralai.testing.routes``
entry point; never imported by the SDK itself (mistralai-testing is not a dependency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.api.workflows._fake_routes import deployments, executions
from mistralai.api.workflows._fake_routes.executions import sse_event_with_id, workflow_state

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["install", "sse_event_with_id", "workflow_state"]


def install(server: FakeMistralServer) -> None:
    """Add the workflows routes to ``server``."""
    deployments.install(server)
    executions.install(server)
