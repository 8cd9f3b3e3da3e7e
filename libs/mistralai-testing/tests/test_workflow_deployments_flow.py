"""Workflow tags and deployment administration through the real client."""

from __future__ import annotations

import pytest

from mistralai.api.workflows._fake_routes import workflow_state
from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError
from mistralai.testing import FakeMistralServer


def test_add_workflow_tags(client: Mistral, fake_server: FakeMistralServer) -> None:
    client.workflows.add_workflow_tags(workflow_identifier="echo", tags=["demo", "fast"])
    client.workflows.add_workflow_tags(workflow_identifier="wf-echo", tags=["fast", "new"])
    with fake_server.lock:
        tags = workflow_state(fake_server)["registry"]["echo"]["tags"]
    assert tags == ["demo", "fast", "new"]
    with pytest.raises(NotFoundError):
        client.workflows.add_workflow_tags(workflow_identifier="unknown", tags=["x"])


def test_deployments(client: Mistral, fake_server: FakeMistralServer) -> None:
    deployments = client.workflows.deployments
    deployments.unharden_deployment(deployment_id="default", workspace_id="ws-1")
    with fake_server.lock:
        assert workflow_state(fake_server)["deployments"]["default"]["hardened"] is False
    archive = deployments.get_deployment_archive(name="default")
    assert archive.archive_id == "archive-default"
    assert archive.download_url is not None and archive.download_url.endswith(".tar.gz")
    with pytest.raises(NotFoundError):
        deployments.unharden_deployment(deployment_id="unknown")
    with pytest.raises(NotFoundError):
        deployments.get_deployment_archive(name="unknown")


async def test_workflow_deployments_async(client: Mistral) -> None:
    await client.workflows.add_workflow_tags_async(workflow_identifier="greet", tags=["a"])
    archive = await client.workflows.deployments.get_deployment_archive_async(name="default")
    assert archive.archive_id == "archive-default"
    await client.workflows.deployments.unharden_deployment_async(deployment_id="default")
