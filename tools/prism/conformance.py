"""What the request-conformance tests share: which methods to call, how to record what the SDK
sent, and how to judge Prism's answer (``tests/conformance``).

* :func:`load_mapping` / :func:`mapped_methods`: every method name ``tools/codegen/mapping.yaml``
  gives an operation (``name``, ``stream``, ``also``);
* :func:`spec_operations`: method, wire path, and stream facts of each spec operation;
* :class:`Recorder`: httpx response hooks noting every exchange;
* :func:`rejected`, :func:`check_exchange`: the verdicts.

Imports PyYAML and httpx lazily where needed; the SDK is not imported here.
"""

from __future__ import annotations

import inspect
import json
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from tools.prism.harness import (
    HTTP_METHODS,
    MAPPING_PATH,
    PrismServer,
    overlay_module,
    prism_error,
    violations_from,
)

__all__ = [
    "Exchange",
    "Method",
    "Recorder",
    "SpecOperation",
    "check_exchange",
    "consume",
    "consume_async",
    "load_mapping",
    "mapped_methods",
    "rejected",
    "resolve",
    "spec_operations",
    "unreadable",
]


# -- what to call ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Method:
    op_id: str
    dotted: str  # e.g. "chat.complete"
    stream: bool  # the method answers text/event-stream

    def __str__(self) -> str:
        return self.dotted


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case
    wire_path: str
    event_stream: bool  # a 2xx answer is text/event-stream
    only_event_stream: bool  # every 2xx answer is text/event-stream
    body_has_stream: bool  # the JSON request body has a ``stream`` property


@cache
def load_mapping() -> dict[str, dict[str, Any]]:
    import yaml

    if not MAPPING_PATH.exists():
        return {}
    with MAPPING_PATH.open("rb") as f:
        data = yaml.safe_load(f) or {}
    return {k: v for k, v in data.items() if isinstance(v, dict) and not k.startswith("_")}


def mapped_methods(package: str | None = None) -> list[Method]:
    """Every method the mapping names (of ``package``, or of all packages)."""
    ops = spec_operations()
    methods: list[Method] = []
    for op_id, entry in load_mapping().items():
        if package is not None and entry.get("package") != package:
            continue
        only_sse = op_id in ops and ops[op_id].only_event_stream
        methods.append(Method(op_id, entry["name"], stream=only_sse))
        if entry.get("stream"):
            methods.append(Method(op_id, entry["stream"], stream=True))
        methods += [Method(op_id, name, stream=only_sse) for name in entry.get("also") or []]
    return methods


@cache
def spec_operations() -> dict[str, SpecOperation]:
    overlay = overlay_module()
    spec = overlay.overlaid_spec()
    schemas = spec["components"]["schemas"]
    out: dict[str, SpecOperation] = {}
    for key, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            media = [
                set(response.get("content") or {})
                for code, response in op.get("responses", {}).items()
                if str(code).startswith("2")
            ]
            sse = any("text/event-stream" in m for m in media)
            only_sse = bool(media) and all(m == {"text/event-stream"} for m in media)
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            out[op["operationId"]] = SpecOperation(
                method.upper(),
                overlay.wire_path(key),
                sse,
                only_sse,
                "stream" in _properties(schemas, body.get("schema", {})),
            )
    return out


def _properties(schemas: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = schemas[ref.rsplit("/", 1)[1]]
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _properties(schemas, part)
    return names


def resolve(client: Any, dotted: str) -> Callable[..., Any]:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def consume(result: Any) -> None:
    """Read a stream result to its end and close it (other results are left alone)."""
    if hasattr(result, "__enter__") and hasattr(result, "__iter__"):
        with result as events:
            for _ in events:
                pass


async def consume_async(result: Any) -> None:
    if inspect.isawaitable(result):
        result = await result
    if hasattr(result, "__aenter__") and hasattr(result, "__aiter__"):
        async with result as events:
            async for _ in events:
                pass


# -- recording ---------------------------------------------------------------------------------


@dataclass
class Exchange:
    method: str
    path: str
    request_body: bytes
    request_headers: dict[str, str]
    status: int
    headers: dict[str, str]


class Recorder:
    """httpx event hooks noting every request the SDK sent and the status it got."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def on_response(self, response: Any) -> None:
        import httpx

        request = response.request
        try:
            content = request.content
        except httpx.RequestNotRead:  # a streamed (multipart) body
            content = b""
        self.exchanges.append(
            Exchange(
                request.method,
                request.url.path,
                content,
                dict(request.headers),
                response.status_code,
                dict(response.headers),
            )
        )

    async def on_response_async(self, response: Any) -> None:
        self.on_response(response)


# -- verdicts ----------------------------------------------------------------------------------


def rejected(method: Method, exc: Any, prism: PrismServer) -> str:
    """The failure message for an ``APIStatusError`` the SDK raised on Prism's answer."""
    import httpx

    found = violations_from(exc.status_code, exc.headers, exc.body)
    if found:
        lines = "\n  ".join(found)
        return (
            f"Prism rejected the request of {method} ({method.op_id}), "
            f"HTTP {exc.status_code}:\n  {lines}"
        )
    response = httpx.Response(exc.status_code, headers=exc.headers, content=exc.body.encode())
    return (
        f"{method} ({method.op_id}) got HTTP {exc.status_code} without request violations: "
        f"{prism_error(response) or exc.body[:500]}\nPrism log ({prism.log_path}):\n"
        f"{prism.log_tail(15)}"
    )


def unservable(exc: Any) -> bool:
    """Prism validated the request, then could not write an answer of the operation's media
    type (JSON Lines: "Cannot find serializer"). A rejected request is a 4xx with violations
    before that point, so the request conforms; the answer is the fake server's to test."""
    return exc.status_code == 500 and "Cannot find serializer" in str(exc.body)


def check_exchange(method: Method, recorder: Recorder) -> None:
    """One request went to the operation's route, was accepted, and streamed if it should."""
    op = spec_operations()[method.op_id]
    assert len(recorder.exchanges) == 1, [(e.method, e.path) for e in recorder.exchanges]
    exchange = recorder.exchanges[0]
    route = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.wire_path))
    assert (exchange.method, bool(re.fullmatch(route, exchange.path))) == (op.method, True), (
        f"{method} sent {exchange.method} {exchange.path}, "
        f"the operation is {op.method} {op.wire_path}"
    )
    assert violations_from(exchange.status, exchange.headers, None) == [], exchange.headers
    content_type = exchange.headers.get("content-type", "")
    if method.stream:
        assert content_type.startswith("text/event-stream"), content_type
    if op.body_has_stream and exchange.request_body:
        sent = json.loads(exchange.request_body).get("stream")
        assert sent is True if method.stream else sent in (None, False), f"stream={sent!r}"


def unreadable(method: Method, exc: Exception) -> None:
    warnings.warn(
        f"{method}: the request was accepted but the SDK could not read Prism's answer: {exc}",
        stacklevel=2,
    )
