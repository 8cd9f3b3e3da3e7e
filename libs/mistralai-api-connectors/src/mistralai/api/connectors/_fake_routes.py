"""Fake-server routes for connector credentials and organization sharing.

- ``POST /v1/connectors/{connector}/{scope}/credentials`` stores (or replaces) the credentials
  ``name`` for that connector and scope (``user``, ``workspace`` or ``organization``; 422
  otherwise); ``PATCH`` changes stored ones (404 when unknown); ``DELETE
  .../credentials/{name}`` removes them (404 when unknown); ``GET`` lists them, secrets left
  out, as the API's ``CredentialsResponse``.
- ``PUT/DELETE /v1/connectors/{id}/organization/share``: shares or unshares the connector
  (``server.state["connector_shares"]``); unsharing a connector that is not shared is a 404.

Every change answers ``{"message": ...}``.

This package's ``mistralai.testing.routes`` entry point names this module: mistralai-testing's
fake server installs it; the SDK never imports it (mistralai-testing is no dependency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mistralai.testing import (
    Record,
    RequestContext,
    Response,
    json_body,
    json_response,
    not_found,
    require,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["install"]

_CREDENTIALS = "connector_credentials"
_SHARES = "connector_shares"
_SCOPES = frozenset({"user", "workspace", "organization"})


def _bucket(ctx: RequestContext) -> dict[str, Record] | Response:
    """The credentials of the path's connector and scope; call with the lock held."""
    scope = ctx.params["consumer_scope"]
    if scope not in _SCOPES:
        return validation_error(
            {"loc": ["path", "consumer_scope"], "msg": f"unknown scope {scope!r}", "type": "enum"}
        )
    everything: dict[str, dict[str, Record]] = ctx.server.state.setdefault(_CREDENTIALS, {})
    return everything.setdefault(f"{ctx.params['connector_id_or_name']}/{scope}", {})


def _message(text: str) -> Response:
    return json_response({"message": text})


def _store(ctx: RequestContext, *, create: bool) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "name")) is not None:
        return error
    name = str(body["name"])
    with ctx.server.lock:
        bucket = _bucket(ctx)
        if isinstance(bucket, Response):
            return bucket
        stored = bucket.get(name)
        if stored is None and not create:
            return not_found("Credentials", name)
        entry: Record = {**(stored or {}), "name": name}
        for key in ("title", "is_default", "credentials"):
            if body.get(key) is not None:
                entry[key] = body[key]
        if entry.get("is_default"):  # one default per connector and scope
            for other in bucket.values():
                other["is_default"] = False
        bucket[name] = entry
    return _message(f"Credentials '{name}' {'saved' if create else 'updated'}")


def _create(ctx: RequestContext) -> Response:
    return _store(ctx, create=True)


def _update(ctx: RequestContext) -> Response:
    return _store(ctx, create=False)


def _delete(ctx: RequestContext) -> Response:
    name = ctx.params["credentials_name"]
    with ctx.server.lock:
        bucket = _bucket(ctx)
        if isinstance(bucket, Response):
            return bucket
        if bucket.pop(name, None) is None:
            return not_found("Credentials", name)
    return _message(f"Credentials '{name}' deleted")


def _list(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        bucket = _bucket(ctx)
        if isinstance(bucket, Response):
            return bucket
        entries = list(bucket.values())
    scope = ctx.params["consumer_scope"]
    credentials = [
        {
            "name": e["name"],
            "title": e.get("title"),
            "authentication_type": "bearer",
            "scope": scope,
            "is_default": bool(e.get("is_default")),
        }
        for e in entries
    ]
    return json_response({"credentials": credentials, "connector_preset_credentials_for_auth": []})


def _share(ctx: RequestContext) -> Response:
    connector_id = ctx.params["connector_id"]
    with ctx.server.lock:
        ctx.server.state.setdefault(_SHARES, set()).add(connector_id)
    return _message(f"Connector '{connector_id}' shared with the organization")


def _unshare(ctx: RequestContext) -> Response:
    connector_id = ctx.params["connector_id"]
    with ctx.server.lock:
        shares: set[str] = ctx.server.state.setdefault(_SHARES, set())
        if connector_id not in shares:
            return not_found("Shared connector", connector_id)
        shares.discard(connector_id)
    return _message(f"Connector '{connector_id}' no longer shared")


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    credentials = (
        r"/v1/connectors/(?P<connector_id_or_name>[^/]+)/(?P<consumer_scope>[^/]+)/credentials"
    )
    server.add_route("POST", credentials, _create)
    server.add_route("PATCH", credentials, _update)
    server.add_route("GET", credentials, _list)
    server.add_route("DELETE", credentials + r"/(?P<credentials_name>[^/]+)", _delete)
    share = r"/v1/connectors/(?P<connector_id>[^/]+)/organization/share"
    server.add_route("PUT", share, _share)
    server.add_route("DELETE", share, _unshare)
