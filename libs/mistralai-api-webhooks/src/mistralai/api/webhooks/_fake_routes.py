"""Fake-server routes for webhooks (event sources) and the triggers that act on their events.

- ``POST/GET /v1/webhooks``, ``GET/DELETE /v1/webhooks/{id}``, ``GET .../signing-secret``: a
  created webhook gets a receiving ``url`` and a signing secret (``secret`` when given).
- ``POST/GET /v1/triggers`` (filters ``handler``, ``primitive_id``, ``event_source_id``),
  ``GET/DELETE /v1/triggers/{id}``, ``GET .../events``: a trigger needs an existing webhook as
  ``event_source_id`` (404 otherwise) and embeds it as ``event_source``. The fake receives no
  real events: tests add them with :func:`add_trigger_event`.

Unknown ids answer 404; deleting a webhook deletes its triggers.

This package's ``mistralai.testing.routes`` entry point names this module: mistralai-testing's
fake server installs it; the SDK never imports it (mistralai-testing is no dependency).
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from mistralai.testing import (
    CUSTOMER_ID,
    ORGANIZATION_ID,
    USER_ID,
    WORKSPACE_ID,
    Record,
    RequestContext,
    Response,
    json_body,
    json_response,
    new_id,
    no_content,
    not_found,
    now_iso,
    query_int,
    query_str,
    require,
    store,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["add_trigger_event", "install"]

_WEBHOOKS = "webhooks"
_SECRETS = "webhook_secrets"
_TRIGGERS = "triggers"
_EVENTS = "trigger_events"

_WEBHOOK_OPTIONS = (
    "signature_hash_algorithm",
    "signature_header_name",
    "validity_period_second",
    "signature_extractor_regex",
    "timestamp_extractor_regex",
    "signature_payload_pattern",
    "signature_encoding",
    "success_status_code",
    "event_type_path",
    "expires_at",
)


def add_trigger_event(
    server: FakeMistralServer, trigger_id: str, *, status: str = "TRIGGERED", **fields: Any
) -> Record:
    """Record an event received by ``trigger_id``'s webhook (``KeyError`` for an unknown
    trigger), as ``GET /v1/triggers/{id}/events`` then lists it; ``fields`` override the
    TriggerEvent's (``detail``, ``url``...)."""
    now = now_iso()
    with server.lock:
        trigger = store(server, _TRIGGERS)[trigger_id]
        event: Record = {
            "event_id": new_id(),
            "trigger_id": trigger_id,
            "source_id": trigger["event_source"]["id"],
            "status": status,
            "received_at": now,
            "submitted_at": now,
            "triggered_at": now if status == "TRIGGERED" else None,
            "detail": None,
            "url": None,
            **fields,
        }
        server.state.setdefault(_EVENTS, {}).setdefault(trigger_id, []).append(event)
    return event


def _create_webhook(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    if (error := require(body, "provider", "name")) is not None:
        return error
    webhook_id = new_id()
    now = now_iso()
    webhook: Record = {
        "id": webhook_id,
        "creator_id": USER_ID,
        "organization_id": ORGANIZATION_ID,
        "workspace_id": WORKSPACE_ID,
        "owner_type": body.get("owner_type") or "workspace",
        "provider": body["provider"],
        "name": body["name"],
        "url": f"https://hooks.fake.mistral.ai/v1/webhooks/{webhook_id}/events",
        "http_method": "POST",
        "url_verified": False,
        **{key: body.get(key) for key in _WEBHOOK_OPTIONS},
        "created_at": now,
        "updated_at": now,
    }
    with ctx.server.lock:
        store(ctx.server, _WEBHOOKS)[webhook_id] = webhook
        ctx.server.state.setdefault(_SECRETS, {})[webhook_id] = body.get("secret") or (
            "whsec_" + secrets.token_hex(16)
        )
    return json_response(webhook, 201)


def _list_webhooks(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        return json_response(list(store(ctx.server, _WEBHOOKS).values()))


def _get_webhook(ctx: RequestContext) -> Response:
    webhook_id = ctx.params["webhook_id"]
    with ctx.server.lock:
        webhook = store(ctx.server, _WEBHOOKS).get(webhook_id)
    return not_found("Webhook", webhook_id) if webhook is None else json_response(webhook)


def _delete_webhook(ctx: RequestContext) -> Response:
    webhook_id = ctx.params["webhook_id"]
    with ctx.server.lock:
        if store(ctx.server, _WEBHOOKS).pop(webhook_id, None) is None:
            return not_found("Webhook", webhook_id)
        triggers = store(ctx.server, _TRIGGERS)
        for trigger_id in [
            t["id"] for t in triggers.values() if t["event_source"]["id"] == webhook_id
        ]:
            del triggers[trigger_id]
    return no_content()


def _signing_secret(ctx: RequestContext) -> Response:
    webhook_id = ctx.params["webhook_id"]
    with ctx.server.lock:
        secret = ctx.server.state.get(_SECRETS, {}).get(webhook_id)
        known = webhook_id in store(ctx.server, _WEBHOOKS)
    if not known or secret is None:
        return not_found("Webhook", webhook_id)
    return json_response({"signing_secret": secret})


def _create_trigger(ctx: RequestContext) -> Response:
    body = json_body(ctx)
    if isinstance(body, Response):
        return body
    error = require(body, "event_source_id", "handler", "action", "owner_type", "title")
    if error is not None:
        return error
    source_id = str(body["event_source_id"])
    with ctx.server.lock:
        source = store(ctx.server, _WEBHOOKS).get(source_id)
        if source is None:
            return not_found("Event source", source_id)
        trigger: Record = {
            "id": new_id(),
            "creator_id": USER_ID,
            "workspace_id": WORKSPACE_ID,
            "organization_id": ORGANIZATION_ID,
            "customer_id": CUSTOMER_ID,
            "owner_type": body["owner_type"],
            "event_source": source,
            "handler": body["handler"],
            "action": body["action"],
            "filters": body.get("filters"),
            "title": body["title"],
        }
        store(ctx.server, _TRIGGERS)[trigger["id"]] = trigger
    return json_response(trigger, 201)


def _list_triggers(ctx: RequestContext) -> Response:
    handler = query_str(ctx, "handler")
    primitive_id = query_str(ctx, "primitive_id")
    source_id = query_str(ctx, "event_source_id")
    with ctx.server.lock:
        triggers = list(store(ctx.server, _TRIGGERS).values())
    found = [
        t
        for t in triggers
        if (handler is None or t["handler"] == handler)
        and (primitive_id is None or t["action"].get("primitive_id") == primitive_id)
        and (source_id is None or t["event_source"]["id"] == source_id)
    ]
    return json_response(found)


def _get_trigger(ctx: RequestContext) -> Response:
    trigger_id = ctx.params["trigger_id"]
    with ctx.server.lock:
        trigger = store(ctx.server, _TRIGGERS).get(trigger_id)
    return not_found("Trigger", trigger_id) if trigger is None else json_response(trigger)


def _delete_trigger(ctx: RequestContext) -> Response:
    trigger_id = ctx.params["trigger_id"]
    with ctx.server.lock:
        if store(ctx.server, _TRIGGERS).pop(trigger_id, None) is None:
            return not_found("Trigger", trigger_id)
        ctx.server.state.get(_EVENTS, {}).pop(trigger_id, None)
    return no_content()


def _trigger_events(ctx: RequestContext) -> Response:
    trigger_id = ctx.params["trigger_id"]
    limit = query_int(ctx, "limit", 100)
    if isinstance(limit, Response):
        return limit
    with ctx.server.lock:
        if trigger_id not in store(ctx.server, _TRIGGERS):
            return not_found("Trigger", trigger_id)
        events: list[Record] = list(ctx.server.state.get(_EVENTS, {}).get(trigger_id, []))
    return json_response({"data": events[: max(0, limit)]})


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    server.add_route("POST", r"/v1/webhooks", _create_webhook)
    server.add_route("GET", r"/v1/webhooks", _list_webhooks)
    webhook = r"/v1/webhooks/(?P<webhook_id>[^/]+)"
    server.add_route("GET", webhook, _get_webhook)
    server.add_route("DELETE", webhook, _delete_webhook)
    server.add_route("GET", webhook + r"/signing-secret", _signing_secret)
    server.add_route("POST", r"/v1/triggers", _create_trigger)
    server.add_route("GET", r"/v1/triggers", _list_triggers)
    trigger = r"/v1/triggers/(?P<trigger_id>[^/]+)"
    server.add_route("GET", trigger, _get_trigger)
    server.add_route("DELETE", trigger, _delete_trigger)
    server.add_route("GET", trigger + r"/events", _trigger_events)
