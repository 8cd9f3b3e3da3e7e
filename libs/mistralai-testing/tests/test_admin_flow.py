"""Service accounts, their roles, and whoami through the real client."""

from __future__ import annotations

import pytest

from mistralai.api.admin import models
from mistralai.api.admin._fake_routes import ASSIGNABLE_ROLES
from mistralai.core import Mistral
from mistralai.core.errors import NotFoundError, UnprocessableEntityError
from mistralai.testing import FakeMistralServer

WORKSPACE = "ws-1"
READER, WRITER = (role["uuid"] for role in ASSIGNABLE_ROLES)


def test_service_account_lifecycle(client: Mistral) -> None:
    accounts = client.beta.service_accounts
    roles = accounts.list_assignable_roles(workspace_id=WORKSPACE).items
    assert [r.uuid for r in roles] == [READER, WRITER]

    bot = accounts.create(name="ci-bot", workspace_id=WORKSPACE, role_ids=[READER])
    other = accounts.create(name="etl", workspace_id="ws-2", description="nightly")
    assert bot.deleted_at is None and bot.workspace_id == WORKSPACE
    assert accounts.get(service_account_id=bot.id) == bot
    assert [r.role_id for r in accounts.list_roles(service_account_id=bot.id).items] == [READER]

    # offset/limit paging, filters and ordering
    assert [a.id for a in accounts.list(offset=0, limit=1).items] == [bot.id]
    assert [a.id for a in accounts.list(offset=1, limit=1).items] == [other.id]
    assert [a.id for a in accounts.list(offset=0, limit=10, order="desc").items] == [
        other.id,
        bot.id,
    ]
    assert [a.id for a in accounts.list(offset=0, limit=10, workspace_id="ws-2").items] == [
        other.id
    ]
    assert [a.id for a in accounts.list(offset=0, limit=10, q="CI").items] == [bot.id]

    updated = accounts.update(service_account_id=bot.id, description="runs the CI")
    assert updated.description == "runs the CI"
    assert updated.updated_at >= bot.updated_at
    set_roles = accounts.set_roles(service_account_id=bot.id, role_ids=[READER, WRITER])
    assert [r.role_id for r in set_roles.items] == [READER, WRITER]
    assert accounts.list_roles(service_account_id=bot.id) == set_roles

    accounts.delete(service_account_id=bot.id)
    # A soft delete: still readable, out of the lists, and gone for every change.
    assert accounts.get(service_account_id=bot.id).deleted_at is not None
    assert [a.id for a in accounts.list(offset=0, limit=10).items] == [other.id]
    assert len(accounts.list(offset=0, limit=10, include_deleted=True).items) == 2
    with pytest.raises(NotFoundError):
        accounts.delete(service_account_id=bot.id)
    with pytest.raises(NotFoundError):
        accounts.update(service_account_id=bot.id, description="x")
    with pytest.raises(NotFoundError):
        accounts.list_roles(service_account_id=bot.id)
    with pytest.raises(NotFoundError):
        accounts.get(service_account_id="unknown")


def test_unknown_roles_are_a_422(client: Mistral) -> None:
    with pytest.raises(UnprocessableEntityError):
        client.beta.service_accounts.create(name="x", workspace_id=WORKSPACE, role_ids=["nope"])
    bot = client.beta.service_accounts.create(name="x", workspace_id=WORKSPACE)
    with pytest.raises(UnprocessableEntityError):
        client.beta.service_accounts.set_roles(service_account_id=bot.id, role_ids=["nope"])


def test_whoami_tells_users_from_service_accounts(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    me = client.beta.users.whoami()
    assert me.principal.principal_type == "user"
    assert me.organization is not None and me.organization.name == "Fake organization"
    bot = client.beta.service_accounts.create(name="bot", workspace_id=WORKSPACE)
    # The fake treats a bearer token equal to a service account's id as that account's key.
    as_bot = Mistral(api_key=bot.id, server_url=fake_server.url).beta.users.whoami()
    assert as_bot.principal.principal_type == "service_account"
    assert isinstance(as_bot.principal, models.WhoamiServiceAccountPrincipal)
    assert as_bot.principal.service_account_id == bot.id


async def test_service_accounts_async(client: Mistral) -> None:
    accounts = client.beta.service_accounts
    bot = await accounts.create_async(name="async-bot", workspace_id=WORKSPACE)
    assert (await accounts.get_async(service_account_id=bot.id)).name == "async-bot"
    assert [a.id for a in (await accounts.list_async(offset=0, limit=5)).items] == [bot.id]
    await accounts.delete_async(service_account_id=bot.id)
    with pytest.raises(NotFoundError):
        await accounts.delete_async(service_account_id=bot.id)
    assert (await client.beta.users.whoami_async()).principal.principal_type == "user"
