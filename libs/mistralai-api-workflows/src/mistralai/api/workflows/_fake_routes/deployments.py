"""Fake-server routes for workflow tags and deployment administration, over the registry and
deployments of :mod:`.executions`:

- ``POST /v1/workflows/{workflow}/tags`` (by name or id): adds the tags to the workflow's
  ``tags`` (kept once each, in order), 204; unknown workflows answer 404.
- ``POST /v1/workflows/deployments/{id}/unharden``: marks the deployment ``hardened: False``,
  204; ``GET /v1/workflows/deployments/{name}/archive``: an archive id and a download URL. A
  deployment's id is its name; unknown deployments answer 404.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mistralai.api.workflows._fake_routes.executions import workflow_state
from mistralai.testing import (
    RequestContext,
    Response,
    as_list,
    json_body,
    json_response,
    no_content,
    not_found,
    require,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["install"]


def _add_tags(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "tags")) is not None:
        return error
    identifier = ctx.params["workflow_identifier"]
    with ctx.server.lock:
        registry: dict[str, dict[str, Any]] = workflow_state(ctx.server)["registry"]
        workflow = registry.get(identifier) or next(
            (w for w in registry.values() if w["id"] == identifier), None
        )
        if workflow is None:
            return not_found("Workflow", identifier)
        tags: list[str] = workflow.setdefault("tags", [])
        tags.extend(t for t in map(str, as_list(body["tags"]) or []) if t not in tags)
    return no_content()


def _deployment(ctx: RequestContext, key: str) -> dict[str, Any] | Response:
    name = ctx.params[key]
    deployment: dict[str, Any] | None = workflow_state(ctx.server)["deployments"].get(name)
    return not_found("Deployment", name) if deployment is None else deployment


def _unharden(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        deployment = _deployment(ctx, "deployment_id")
        if isinstance(deployment, Response):
            return deployment
        deployment["hardened"] = False
    return no_content()


def _archive(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        deployment = _deployment(ctx, "name")
    if isinstance(deployment, Response):
        return deployment
    archive_id = f"archive-{deployment['name']}"
    return json_response(
        {
            "archive_id": archive_id,
            "download_url": f"https://storage.fake.mistral.ai/archives/{archive_id}.tar.gz",
        }
    )


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    server.add_route("POST", r"/v1/workflows/(?P<workflow_identifier>[^/]+)/tags", _add_tags)
    deployment = r"/v1/workflows/deployments/(?P<{}>[^/]+)"
    server.add_route("POST", deployment.format("deployment_id") + r"/unharden", _unharden)
    server.add_route("GET", deployment.format("name") + r"/archive", _archive)
