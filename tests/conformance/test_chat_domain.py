"""Request conformance of the ``mistralai-api-chat`` operations, through the real SDK client.

Every operation that ``tools/codegen/mapping.yaml`` gives to ``mistralai-api-chat`` is called with
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
from collections.abc import Callable
from typing import Any

import pytest

from tools.prism.conformance import (
    Method,
    Recorder,
    check_exchange,
    load_mapping,
    mapped_methods,
    rejected,
    resolve,
    spec_operations,
    unreadable,
)
from tools.prism.harness import PrismServer

PACKAGE = "mistralai-api-chat"

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


def chat_operations() -> list[str]:
    return [op for op, entry in load_mapping().items() if entry.get("package") == PACKAGE]


def chat_methods() -> list[Method]:
    return mapped_methods(PACKAGE)


def _params(items: list[Any]) -> list[Any]:
    assert items, f"no operation of {PACKAGE} in the mapping"
    return items


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


# -- tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method", _params([m for m in chat_methods() if m.op_id not in NOT_BY_PRISM]), ids=str
)
def test_sync(method: Method, sdk: Any, recorder: Recorder, prism: PrismServer) -> None:
    from mistralai.core.errors import APIStatusError, ResponseValidationError

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


@pytest.mark.parametrize(
    "method", _params([m for m in chat_methods() if m.op_id not in NOT_BY_PRISM]), ids=str
)
async def test_async(
    method: Method, async_sdk: Any, recorder: Recorder, prism: PrismServer
) -> None:
    from mistralai.core.errors import APIStatusError, ResponseValidationError

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
