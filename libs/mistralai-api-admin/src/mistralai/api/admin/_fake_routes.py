"""Fake-server routes for service accounts, their roles, and ``GET /v1/whoami``.

- ``POST/GET /v1/service-accounts`` (``offset``/``limit`` paging, filters ``workspace_id``,
  ``q`` on the name, ``include_deleted``, ``order`` by creation), ``GET/PATCH/DELETE
  /v1/service-accounts/{id}``; a deleted account keeps answering ``GET`` with ``deleted_at``
  set (as soft deletes do) but is left out of lists unless ``include_deleted=true``, and a
  second delete is a 404.
- ``PUT/GET /v1/service-accounts/{id}/roles``: the role ids must be among
  :data:`ASSIGNABLE_ROLES` (422 otherwise), also listed by ``GET
  /v1/service-accounts/assignable-roles``.
- ``GET /v1/whoami``: the user principal, or the service account whose id is the bearer token.

This package's ``mistralai.testing.routes`` entry point names this module: mistralai-testing's
fake server installs it; the SDK never imports it (mistralai-testing is no dependency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mistralai.testing import (
    CUSTOMER_ID,
    ORGANIZATION_ID,
    USER_ID,
    WORKSPACE_ID,
    Record,
    RequestContext,
    Response,
    as_list,
    json_body,
    json_response,
    new_id,
    no_content,
    not_found,
    now_iso,
    query_bool,
    query_int,
    query_str,
    require,
    store,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["ASSIGNABLE_ROLES", "install"]

ASSIGNABLE_ROLES: tuple[dict[str, Any], ...] = (
    {
        "uuid": "11111111-1111-4111-8111-000000000001",
        "name": "workspace-reader",
        "description": "Read the workspace's resources",
        "is_custom_role": False,
    },
    {
        "uuid": "11111111-1111-4111-8111-000000000002",
        "name": "workspace-writer",
        "description": "Create and change the workspace's resources",
        "is_custom_role": False,
    },
)

_ACCOUNTS = "service_accounts"
_ROLES = "service_account_roles"


def _unknown_roles(raw: object) -> Response | None:
    role_ids = as_list(raw)
    if role_ids is None:
        return validation_error(
            {"loc": ["body", "role_ids"], "msg": "expected a list", "type": "list_type"}
        )
    known = {role["uuid"] for role in ASSIGNABLE_ROLES}
    unknown = [r for r in role_ids if r not in known]
    if unknown:
        return validation_error(
            {"loc": ["body", "role_ids"], "msg": f"unknown roles {unknown}", "type": "value_error"}
        )
    return None


def _create(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "name", "workspace_id")) is not None:
        return error
    raw_roles: object = body.get("role_ids") or []
    if (error := _unknown_roles(raw_roles)) is not None:
        return error
    role_ids = [str(r) for r in as_list(raw_roles) or []]
    now = now_iso()
    account: Record = {
        "id": new_id(),
        "name": body["name"],
        "customer_id": CUSTOMER_ID,
        "organization_id": ORGANIZATION_ID,
        "workspace_id": body["workspace_id"],
        "description": body.get("description"),
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
    }
    with ctx.server.lock:
        store(ctx.server, _ACCOUNTS)[account["id"]] = account
        ctx.server.state.setdefault(_ROLES, {})[account["id"]] = role_ids
    return json_response(account, 201)


def _list(ctx: RequestContext) -> Response:
    offset = query_int(ctx, "offset", 0)
    if isinstance(offset, Response):
        return offset
    limit = query_int(ctx, "limit", 20)
    if isinstance(limit, Response):
        return limit
    workspace_id = query_str(ctx, "workspace_id")
    text = (query_str(ctx, "q") or "").lower()
    with_deleted = bool(query_bool(ctx, "include_deleted"))
    with ctx.server.lock:
        accounts = list(store(ctx.server, _ACCOUNTS).values())
    found = [
        a
        for a in accounts
        if (workspace_id is None or a["workspace_id"] == workspace_id)
        and text in str(a["name"]).lower()
        and (with_deleted or a["deleted_at"] is None)
    ]
    found.sort(key=lambda a: str(a["created_at"]))
    if query_str(ctx, "order") == "desc":
        found.reverse()  # not sort(reverse=True): that keeps ties in creation order
    return json_response({"items": found[max(0, offset) : max(0, offset) + max(0, limit)]})


def _account(ctx: RequestContext, *, live: bool) -> Record | Response:
    """The account of the path (call with the lock held); ``live`` hides deleted ones."""
    account_id = ctx.params["service_account_id"]
    account = store(ctx.server, _ACCOUNTS).get(account_id)
    if account is None or (live and account["deleted_at"] is not None):
        return not_found("Service account", account_id)
    return account


def _get(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        account = _account(ctx, live=False)
    return account if isinstance(account, Response) else json_response(account)


def _update(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    with ctx.server.lock:
        account = _account(ctx, live=True)
        if isinstance(account, Response):
            return account
        if "description" in body:
            account["description"] = body["description"]
        account["updated_at"] = now_iso()
        return json_response(account)


def _delete(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        account = _account(ctx, live=True)
        if isinstance(account, Response):
            return account
        account["deleted_at"] = account["updated_at"] = now_iso()
    return no_content()


def _roles_answer(role_ids: list[str]) -> Response:
    return json_response({"items": [{"role_id": role_id} for role_id in role_ids]})


def _set_roles(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "role_ids")) is not None:
        return error
    if (error := _unknown_roles(body["role_ids"])) is not None:
        return error
    with ctx.server.lock:
        account = _account(ctx, live=True)
        if isinstance(account, Response):
            return account
        role_ids = [str(r) for r in body["role_ids"]]
        ctx.server.state.setdefault(_ROLES, {})[account["id"]] = role_ids
    return _roles_answer(role_ids)


def _list_roles(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        account = _account(ctx, live=True)
        if isinstance(account, Response):
            return account
        role_ids = list(ctx.server.state.get(_ROLES, {}).get(account["id"], []))
    return _roles_answer(role_ids)


def _assignable_roles(ctx: RequestContext) -> Response:
    if query_str(ctx, "workspace_id") is None:
        return validation_error(
            {"loc": ["query", "workspace_id"], "msg": "Field required", "type": "missing"}
        )
    return json_response({"items": list(ASSIGNABLE_ROLES)})


def _whoami(ctx: RequestContext) -> Response:
    token = (ctx.header("authorization") or "").partition(" ")[2].strip()
    with ctx.server.lock:
        account = store(ctx.server, _ACCOUNTS).get(token)
    principal: Record
    if account is not None and account["deleted_at"] is None:
        principal = {
            "principal_type": "service_account",
            "service_account_id": account["id"],
            "name": account["name"],
        }
    else:
        principal = {
            "principal_type": "user",
            "id": USER_ID,
            "email": "fake.user@example.com",
            "first_name": "Fake",
            "last_name": "User",
        }
    organization = {"id": ORGANIZATION_ID, "name": "Fake organization", "org_tier": "scale"}
    return json_response(
        {
            "principal": principal,
            "organization": organization,
            "workspace": {"id": WORKSPACE_ID, "name": "Default workspace"},
        }
    )


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    server.add_route("POST", r"/v1/service-accounts", _create)
    server.add_route("GET", r"/v1/service-accounts", _list)
    account = r"/v1/service-accounts/(?P<service_account_id>[^/]+)"
    server.add_route("GET", account, _get)
    server.add_route("PATCH", account, _update)
    server.add_route("DELETE", account, _delete)
    server.add_route("PUT", account + r"/roles", _set_roles)
    server.add_route("GET", account + r"/roles", _list_roles)
    # After the item route: newer routes win, so "assignable-roles" is not taken for an id.
    server.add_route("GET", r"/v1/service-accounts/assignable-roles", _assignable_roles)
    server.add_route("GET", r"/v1/whoami", _whoami)
