"""Helpers for writing fake routes (exported by :mod:`mistralai.testing`): bodies, 404s, ids,
timestamps and the two paging styles of the API (``page``/``page_size`` with
``count``/``next``/``previous``, and opaque ``page_token`` with ``next_page_token``)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from mistralai.testing._routing import (
    RequestContext,
    Response,
    as_dict,
    error_response,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "CUSTOMER_ID",
    "ORGANIZATION_ID",
    "USER_ID",
    "WORKSPACE_ID",
    "Record",
    "json_body",
    "missing",
    "new_id",
    "no_content",
    "not_found",
    "now_iso",
    "page_number",
    "page_token",
    "query_bool",
    "query_int",
    "query_str",
    "require",
    "store",
]

Record = dict[str, Any]
"""One stored object, kept as the JSON the API answers with."""

WORKSPACE_ID = "00000000-0000-4000-8000-000000000001"
ORGANIZATION_ID = "00000000-0000-4000-8000-000000000002"
USER_ID = "00000000-0000-4000-8000-000000000003"
CUSTOMER_ID = "00000000-0000-4000-8000-000000000004"


def now_iso() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    return str(uuid.uuid4())


def store(server: FakeMistralServer, key: str) -> dict[str, Record]:
    """``server.state[key]``, created empty; call with ``server.lock`` held."""
    return server.state.setdefault(key, {})


def no_content() -> Response:
    return Response(204, b"")


def not_found(kind: str, key: str) -> Response:
    return error_response(404, f"{kind} '{key}' not found", type="not_found")


def missing(field: str) -> Response:
    return validation_error({"loc": ["body", field], "msg": "Field required", "type": "missing"})


def json_body(ctx: RequestContext) -> Record | Response:
    """The JSON object body, or the API's 422 when the body is not one."""
    try:
        body = as_dict(ctx.json())
    except ValueError:
        body = None
    if body is None:
        return validation_error(
            {"loc": ["body"], "msg": "expected an object", "type": "type_error"}
        )
    return body


def require(body: Record, *fields: str) -> Response | None:
    """A 422 naming the first of ``fields`` missing from ``body`` (None when all are there)."""
    for field in fields:
        if body.get(field) is None:
            return missing(field)
    return None


def query_str(ctx: RequestContext, name: str) -> str | None:
    values = ctx.query_params.get(name)
    return values[0] if values else None


def query_bool(ctx: RequestContext, name: str) -> bool | None:
    raw = query_str(ctx, name)
    return None if raw is None else raw.lower() == "true"


def query_int(ctx: RequestContext, name: str, default: int) -> int | Response:
    raw = query_str(ctx, name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        return validation_error(
            {"loc": ["query", name], "msg": "not an integer", "type": "int_parsing"}
        )


def query_count(ctx: RequestContext, name: str, default: int) -> int | Response:
    """A non-negative integer query parameter (a page number or size), or the API's 422."""
    value = query_int(ctx, name, default)
    if isinstance(value, int) and value < 0:
        return validation_error(
            {"type": "greater_than_equal", "loc": ["query", name], "msg": "Input should be >= 0"}
        )
    return value


def page_slice(
    ctx: RequestContext, items: list[Record], default_size: int = 100
) -> tuple[list[Record], int, int, Response | None]:
    """The items of the 0-based ``page`` of ``page_size`` (files, jobs: 2.x's paging), with the
    page and size read, or the 422 for a bad parameter."""
    page = query_count(ctx, "page", 0)
    if isinstance(page, Response):
        return [], 0, 0, page
    size = query_count(ctx, "page_size", default_size)
    if isinstance(size, Response):
        return [], 0, 0, size
    size = max(size, 1)
    return items[page * size : (page + 1) * size], page, size, None


def page_number(
    ctx: RequestContext, items: list[Record], default_size: int = 50
) -> Record | Response:
    """``{"count", "results", "next", "previous"}`` for the ``page`` (1-based) and ``page_size``
    query parameters; ``next``/``previous`` are the URLs of the neighbour pages, as the API's
    paginated results give them."""
    page = query_int(ctx, "page", 1)
    if isinstance(page, Response):
        return page
    size = query_int(ctx, "page_size", default_size)
    if isinstance(size, Response):
        return size
    page, size = max(1, page), max(1, size)
    start = (page - 1) * size
    params = {k: v[0] for k, v in ctx.query_params.items()}

    def url(number: int) -> str:
        return f"{ctx.path}?{urlencode({**params, 'page': number, 'page_size': size})}"

    return {
        "count": len(items),
        "results": items[start : start + size],
        "next": url(page + 1) if start + size < len(items) else None,
        "previous": url(page - 1) if page > 1 else None,
    }


def page_token(
    ctx: RequestContext,
    items: list[Record],
    default_size: int = 20,
    *,
    token_param: str = "page_token",
) -> tuple[list[Record], str | None] | Response:
    """``(page, next_page_token)`` for the ``page_size`` and opaque ``page_token`` (or
    ``token_param``: cursors work the same) query parameters; the token is the offset, prefixed
    so that it reads as opaque."""
    size = query_int(ctx, "page_size", default_size)
    if isinstance(size, Response):
        return size
    size = max(1, size)
    token = query_str(ctx, token_param) or ""
    offset = 0
    if token:
        prefix, _, raw = token.partition(":")
        if prefix != "offset" or not raw.isdigit():
            return validation_error(
                {"loc": ["query", token_param], "msg": "invalid page token", "type": "value_error"}
            )
        offset = int(raw)
    end = offset + size
    return items[offset:end], (f"offset:{end}" if end < len(items) else None)
