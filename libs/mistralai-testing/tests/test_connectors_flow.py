"""Connector credentials and organization sharing through the real client."""

from __future__ import annotations

import pytest

from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError


def test_credentials_lifecycle(client: Mistral) -> None:
    connectors = client.beta.connectors
    saved = connectors.create_credentials(
        connector_id_or_name="github",
        consumer_scope="workspace",
        name="ci",
        title="CI token",
        credentials={"token": "ghp_fake"},
        is_default=True,
    )
    assert "ci" in saved.message
    connectors.create_credentials(
        connector_id_or_name="github", consumer_scope="workspace", name="ops"
    )
    listed = connectors.list_workspace_credentials(connector_id_or_name="github").credentials
    assert [(c.name, c.title, c.is_default) for c in listed] == [
        ("ci", "CI token", True),
        ("ops", None, False),
    ]
    # Scopes are separate: nothing for the user scope.
    assert connectors.list_user_credentials(connector_id_or_name="github").credentials == []

    connectors.update_credentials(
        connector_id_or_name="github", consumer_scope="workspace", name="ops", is_default=True
    )
    listed = connectors.list_workspace_credentials(connector_id_or_name="github").credentials
    assert [c.name for c in listed if c.is_default] == ["ops"]

    connectors.delete_credentials(
        connector_id_or_name="github", consumer_scope="workspace", credentials_name="ci"
    )
    with pytest.raises(NotFoundError):
        connectors.delete_credentials(
            connector_id_or_name="github", consumer_scope="workspace", credentials_name="ci"
        )
    with pytest.raises(NotFoundError):
        connectors.update_credentials(
            connector_id_or_name="github", consumer_scope="workspace", name="ci"
        )
    listed = connectors.list_workspace_credentials(connector_id_or_name="github").credentials
    assert [c.name for c in listed] == ["ops"]


def test_sharing(client: Mistral) -> None:
    connectors = client.beta.connectors
    assert "shared" in connectors.share_to_organization(connector_id="conn-1").message
    assert "no longer" in connectors.unshare_from_organization(connector_id="conn-1").message
    with pytest.raises(NotFoundError):
        connectors.unshare_from_organization(connector_id="conn-1")


async def test_connectors_async(client: Mistral) -> None:
    connectors = client.beta.connectors
    await connectors.create_credentials_async(
        connector_id_or_name="notion", consumer_scope="user", name="me"
    )
    listed = await connectors.list_user_credentials_async(connector_id_or_name="notion")
    assert [c.name for c in listed.credentials] == ["me"]
    await connectors.delete_credentials_async(
        connector_id_or_name="notion", consumer_scope="user", credentials_name="me"
    )
    await connectors.share_to_organization_async(connector_id="notion")
    await connectors.unshare_from_organization_async(connector_id="notion")
