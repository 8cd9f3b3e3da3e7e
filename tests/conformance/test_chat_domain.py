"""Request conformance of the ``mistralai-chat`` operations, through the real SDK client.

Every operation that ``tools/codegen/mapping.yaml`` gives to ``mistralai-chat`` is called with
minimal valid arguments (:data:`ARGS`), sync and async, through every method name the mapping
lists for it (``name``, ``stream``, ``also``), against Prism serving the spec. The test fails
when Prism rejects the request (the SDK raises ``APIStatusError``; the violations Prism
reported are listed), when the request went to another route than the operation's, or when a
stream method did not negotiate ``text/event-stream``.

Prism answers every stream with an empty, well-formed event stream (see
``tools/prism/harness.py: serve_event_streams_as_text``), so stream methods are called and
their request checked like the others; :data:`NOT_BY_PRISM` lists operations Prism cannot
answer at all (none at present).

An answer the SDK cannot read (Prism's generated data against the SDK's models) does not fail
a request-conformance test; it is reported as a warning.
"""

from __future__ import annotations

import inspect
import json
import re
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
import pytest
import yaml

from tools.prism.harness import (
    HTTP_METHODS,
    MAPPING_PATH,
    PrismServer,
    overlay_module,
    prism_error,
    violations_from,
)

PACKAGE = "mistralai-chat"

MODEL_ID = "ft:open-mistral-7b:587a6b29:20240514:7e773925"
MESSAGES = [{"role": "user", "content": "Who is the best French painter?"}]

#: operationId -> keyword arguments of its methods (the plain, stream and ``also`` methods take
#: the same ones): the minimal valid required arguments.
ARGS: dict[str, dict[str, Any]] = {
    "list_models_v1_models_get": {},
    "retrieve_model_v1_models__model_id__get": {"model_id": MODEL_ID},
    "delete_model_v1_models__model_id__delete": {"model_id": MODEL_ID},
    "jobs_api_routes_fine_tuning_update_fine_tuned_model": {"model_id": MODEL_ID},
    "jobs_api_routes_fine_tuning_archive_fine_tuned_model": {"model_id": MODEL_ID},
    "jobs_api_routes_fine_tuning_unarchive_fine_tuned_model": {"model_id": MODEL_ID},
    "chat_completion_v1_chat_completions_post": {
        "model": "mistral-small-latest",
        "messages": MESSAGES,
    },
    "fim_completion_v1_fim_completions_post": {
        "model": "codestral-latest",
        "prompt": "def fibonacci(n):",
    },
    "embeddings_v1_embeddings_post": {"model": "mistral-embed", "input": ["Embed this."]},
    "moderations_v1_moderations_post": {
        "model": "mistral-moderation-latest",
        "input": ["Classify this."],
    },
    "chat_moderations_v1_chat_moderations_post": {
        "model": "mistral-moderation-latest",
        "input": MESSAGES,
    },
    "classifications_v1_classifications_post": {
        "model": "mistral-moderation-latest",
        "input": ["Classify this."],
    },
    "chat_classifications_v1_chat_classifications_post": {
        "model": "mistral-moderation-latest",
        "input": {"messages": MESSAGES},
    },
    "ocr_v1_ocr_post": {
        "model": "mistral-ocr-latest",
        "document": {"type": "document_url", "document_url": "https://example.com/doc.pdf"},
    },
}

#: operationId -> why Prism cannot answer it. Only operations whose spec response is
#: ``text/event-stream`` may be listed (checked by ``test_not_by_prism_are_event_streams``).
NOT_BY_PRISM: dict[str, str] = {}

#: Argument names the 2.x SDK spells differently from the wire name (tried when the method
#: has no parameter of the table's name).
ALIASES: dict[str, tuple[str, ...]] = {"input": ("inputs",), "inputs": ("input",)}


# -- what to call --------------------------------------------------------------------------


@dataclass(frozen=True)
class Method:
    op_id: str
    dotted: str  # e.g. "chat.complete"
    stream: bool

    def __str__(self) -> str:
        return self.dotted


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case
    wire_path: str
    event_stream: bool  # a 2xx answer is text/event-stream
    body_has_stream: bool  # the JSON request body has a ``stream`` property


@cache
def load_mapping() -> dict[str, dict[str, Any]]:
    if not MAPPING_PATH.exists():
        return {}
    with MAPPING_PATH.open("rb") as f:
        data = yaml.safe_load(f) or {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def chat_operations() -> list[str]:
    return [op for op, entry in load_mapping().items() if entry.get("package") == PACKAGE]


def chat_methods() -> list[Method]:
    methods: list[Method] = []
    for op_id in chat_operations():
        entry = load_mapping()[op_id]
        methods.append(Method(op_id, entry["name"], stream=False))
        if entry.get("stream"):
            methods.append(Method(op_id, entry["stream"], stream=True))
        methods += [Method(op_id, name, stream=False) for name in entry.get("also") or []]
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
            sse = any(
                "text/event-stream" in (response.get("content") or {})
                for code, response in op.get("responses", {}).items()
                if str(code).startswith("2")
            )
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            out[op["operationId"]] = SpecOperation(
                method.upper(),
                overlay.wire_path(key),
                sse,
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


def _params(items: list[Any]) -> list[Any]:
    if items:
        return items
    return [pytest.param(None, marks=pytest.mark.skip(reason=f"no operation of {PACKAGE}"))]


# -- the client ----------------------------------------------------------------------------


@dataclass
class Exchange:
    method: str
    path: str
    request_body: bytes
    status: int
    headers: dict[str, str]


class Recorder:
    """httpx event hooks noting every request the SDK sent and the status it got."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def on_response(self, response: httpx.Response) -> None:
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
                response.status_code,
                dict(response.headers),
            )
        )

    async def on_response_async(self, response: httpx.Response) -> None:
        self.on_response(response)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def _client(prism_url: str, **clients: Any) -> Any:
    from mistralai.client import Mistral

    return Mistral(api_key="test", server_url=prism_url, retry_config=None, **clients)


@pytest.fixture
def sdk(prism_url: str, recorder: Recorder) -> Iterator[Any]:
    """The SDK client on Prism (no retries), its requests noted by ``recorder``."""
    hooks = {"response": [recorder.on_response]}
    with httpx.Client(event_hooks=hooks, timeout=30) as http:
        yield _client(prism_url, client=http)


@pytest.fixture
async def async_sdk(prism_url: str, recorder: Recorder) -> AsyncIterator[Any]:
    hooks = {"response": [recorder.on_response_async]}
    async with httpx.AsyncClient(event_hooks=hooks, timeout=30) as http:
        yield _client(prism_url, async_client=http)


def resolve(client: Any, dotted: str) -> Callable[..., Any]:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def fit(fn: Callable[..., Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """``kwargs`` with names the method does not take replaced by an alias it does."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return kwargs
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return kwargs
    out: dict[str, Any] = {}
    for name, value in kwargs.items():
        if name not in params:
            name = next((a for a in ALIASES.get(name, ()) if a in params), name)
        out[name] = value
    return out


# -- verdicts ------------------------------------------------------------------------------


def rejected(method: Method, exc: Any, prism: PrismServer) -> str:
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


def check_exchange(method: Method, recorder: Recorder) -> None:
    op = spec_operations()[method.op_id]
    assert len(recorder.exchanges) == 1, [(e.method, e.path) for e in recorder.exchanges]
    exchange = recorder.exchanges[0]
    route = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.wire_path))
    assert (exchange.method, bool(re.fullmatch(route, exchange.path))) == (op.method, True), (
        f"{method} sent {exchange.method} {exchange.path}, "
        f"the operation is {op.method} {op.wire_path}"
    )
    assert violations_from(exchange.status, exchange.headers, None) == []
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


# -- tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", _params(chat_methods()), ids=str)
def test_sync(method: Method, sdk: Any, recorder: Recorder, prism: PrismServer) -> None:
    from mistralai.core.errors import APIStatusError, ResponseValidationError

    if method.op_id in NOT_BY_PRISM:
        pytest.skip(NOT_BY_PRISM[method.op_id])
    fn = resolve(sdk, method.dotted)
    try:
        result = fn(**fit(fn, ARGS[method.op_id]))
        if method.stream:
            with result as events:
                list(events)
    except APIStatusError as exc:
        pytest.fail(rejected(method, exc, prism), pytrace=False)
    except ResponseValidationError as exc:
        unreadable(method, exc)
    check_exchange(method, recorder)


@pytest.mark.parametrize("method", _params(chat_methods()), ids=str)
async def test_async(
    method: Method, async_sdk: Any, recorder: Recorder, prism: PrismServer
) -> None:
    from mistralai.core.errors import APIStatusError, ResponseValidationError

    if method.op_id in NOT_BY_PRISM:
        pytest.skip(NOT_BY_PRISM[method.op_id])
    fn = resolve(async_sdk, method.dotted + "_async")
    try:
        result = fn(**fit(fn, ARGS[method.op_id]))
        if inspect.isawaitable(result):
            result = await result
        if method.stream:
            async with result as events:
                async for _ in events:
                    pass
    except APIStatusError as exc:
        pytest.fail(rejected(method, exc, prism), pytrace=False)
    except ResponseValidationError as exc:
        unreadable(method, exc)
    check_exchange(method, recorder)


def test_a_rejected_request_fails_the_test(sdk: Any, prism: PrismServer) -> None:
    """The verdict path itself: a request Prism rejects (the SDK does not check ``maximum``)
    turns into a failure message listing Prism's violations."""
    from mistralai.core.errors import APIStatusError

    method = Method("fim_completion_v1_fim_completions_post", "fim.complete", stream=False)
    args = {**ARGS[method.op_id], "temperature": 5.0}
    with pytest.raises(APIStatusError) as caught:
        resolve(sdk, method.dotted)(**args)
    message = rejected(method, caught.value, prism)
    assert message.startswith("Prism rejected the request of fim.complete")
    assert "request.body.temperature: Request body property temperature must be <= 1.5" in message


@pytest.mark.parametrize("op_id", _params(chat_operations()))
def test_operation_has_arguments(op_id: str) -> None:
    """Every chat operation of the mapping has its row in :data:`ARGS` (none is skipped)."""
    assert op_id in ARGS or op_id in NOT_BY_PRISM, f"add {op_id} to ARGS"


@pytest.mark.parametrize("op_id", _params(chat_operations()))
def test_stream_methods_are_mapped(op_id: str) -> None:
    """An operation answering both JSON and SSE has its ``stream`` method in the mapping."""
    op = spec_operations()[op_id]
    entry = load_mapping()[op_id]
    if op.event_stream and op.body_has_stream:
        assert entry.get("stream"), f"{op_id} streams but the mapping gives no stream method"


def test_table_names_real_operations() -> None:
    unknown = sorted(set(ARGS) - set(spec_operations()))
    assert not unknown, f"not operations of the spec: {unknown}"


def test_not_by_prism_are_event_streams() -> None:
    ops = spec_operations()
    wrong = {op: why for op, why in NOT_BY_PRISM.items() if not ops[op].event_stream}
    assert not wrong, f"only text/event-stream operations may be left out: {wrong}"
