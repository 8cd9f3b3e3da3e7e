"""HTTP control endpoints (no auth), for a server running in another process.

- ``POST /__fake__/faults``: inject one fault (a JSON object, see
  :func:`mistralai.testing._faults.fault_from_dict`) or several (a JSON array) → 201
  ``{"faults": [...]}``.
- ``GET /__fake__/faults``: the pending faults; ``DELETE /__fake__/faults``: drop them.
- ``POST /__fake__/reset``: drop faults, recorded requests, errors and state.
- ``GET /__fake__/requests``: the recorded requests; ``DELETE /__fake__/requests``: forget them.
- ``GET /__fake__/health``: ``{"status": "ok"}``.

Requests to ``/__fake__/...`` are neither recorded nor subject to faults.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mistralai.testing._faults import Fault, fault_from_dict
from mistralai.testing._routing import (
    RequestContext,
    Response,
    as_dict,
    as_list,
    error_response,
    json_response,
)

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

CONTROL_PREFIX = "/__fake__/"


def _add_faults(ctx: RequestContext) -> Response:
    try:
        data = ctx.json()
    except ValueError as exc:
        return error_response(400, f"invalid JSON: {exc}")
    items: list[Any] = as_list(data) or [data]
    added: list[dict[str, Any]] = []
    try:
        faults: list[Fault] = []
        for item in items:
            obj = as_dict(item)
            if obj is None:
                return error_response(400, "a fault is a JSON object")
            faults.append(fault_from_dict(obj))
    except (TypeError, ValueError) as exc:
        return error_response(400, f"invalid fault: {exc}")
    for fault in faults:
        added.append(ctx.server.faults.add(fault).to_dict())
    return json_response({"faults": added}, 201)


def _list_faults(ctx: RequestContext) -> Response:
    return json_response({"faults": [f.to_dict() for f in ctx.server.faults.pending()]})


def _clear_faults(ctx: RequestContext) -> Response:
    ctx.server.faults.clear()
    return json_response({"faults": []})


def _reset(ctx: RequestContext) -> Response:
    ctx.server.reset()
    return json_response({"status": "reset"})


def _requests(ctx: RequestContext) -> Response:
    return json_response({"requests": [r.to_dict() for r in ctx.server.requests]})


def _clear_requests(ctx: RequestContext) -> Response:
    ctx.server.requests.clear()
    return json_response({"requests": []})


def _health(ctx: RequestContext) -> Response:
    return json_response({"status": "ok"})


_ROUTES: Mapping[tuple[str, str], Any] = {
    ("POST", "faults"): _add_faults,
    ("GET", "faults"): _list_faults,
    ("DELETE", "faults"): _clear_faults,
    ("POST", "reset"): _reset,
    ("GET", "requests"): _requests,
    ("DELETE", "requests"): _clear_requests,
    ("GET", "health"): _health,
}


def install_control_routes(server: FakeMistralServer) -> None:
    for (method, name), handler in _ROUTES.items():
        server.add_route(method, f"{CONTROL_PREFIX}{name}", handler, auth=False)
