"""The prebuilt wire schemas of the request bodies (``_generated/wire.py``, see
``mistralai.core._wire``) send what the body's models send, and reject what they reject.

Every parity case and every method of the 2.x sweep is sent twice: through the wire schema (the
default) and through the models (``Operation.body_codec`` switched off), and the requests must
be equal. Invalid arguments must give the same errors both ways."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cases import CASES, SERVER, Case, answer, call, encode, normalize  # pyright: ignore[reportMissingImports,reportUnknownVariableType]

from mistralai.core import Mistral
from mistralai.core.errors import RequestValidationError
from mistralai.core.runtime import Operation

SWEEP: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "sweep_2_5_1.json").read_text()
)["methods"]
SWEPT = sorted(
    (name, kind) for name, entry in SWEEP.items() for kind in ("requests", "none") if kind in entry
)


@pytest.fixture(params=["wire", "models"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "models":
        monkeypatch.setattr(Operation, "body_codec", property(lambda self: None))
    yield request.param


def client_sending(captured: list[dict[str, Any]]) -> Mistral:
    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(json.loads(json.dumps(normalize(request))))
        return answer(request)

    transport = httpx.MockTransport(handler)
    return Mistral(
        api_key="sk-test",
        server_url=SERVER,
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )


def both_ways(send: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    wire = send()
    with monkeypatch.context() as m:
        m.setattr(Operation, "body_codec", property(lambda self: None))
        models = send()
    return wire, models


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_parity_cases_send_the_same_both_ways(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    def send() -> list[dict[str, Any]]:
        captured: list[dict[str, Any]] = []
        with contextlib.suppress(Exception):
            call(client_sending(captured), case)
        return captured

    wire, models = both_ways(send, monkeypatch)
    assert wire, case.id
    assert wire == models


@pytest.mark.parametrize(("dotted", "kind"), SWEPT, ids=[f"{d}-{k}" for d, k in SWEPT])
def test_every_swept_method_sends_the_same_both_ways(
    dotted: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = SWEEP[dotted] if kind == "requests" else SWEEP[dotted]["none"]

    def send() -> list[dict[str, Any]]:
        captured: list[dict[str, Any]] = []
        target: Any = client_sending(captured)
        for part in dotted.split("."):
            target = getattr(target, part)
        with contextlib.suppress(Exception):
            result = target(**encode(entry["kwargs"], decode=True))
            if hasattr(result, "__next__"):
                next(result, None)
        return captured[:1]

    wire, models = both_ways(send, monkeypatch)
    assert wire == models


def _chat_body(path: str, **kwargs: Any) -> dict[str, Any]:
    captured: list[dict[str, Any]] = []
    client = client_sending(captured)
    with contextlib.suppress(Exception):  # the mock's answer may not parse
        client.chat.complete(model="m", **kwargs)
    assert len(captured) == 1, path
    return captured[0]["body"]


def test_models_and_dicts_mixed(path: str) -> None:
    from mistralai.client import models

    body = _chat_body(
        path,
        messages=[
            models.SystemMessage(content="be brief"),
            {"role": "user", "content": [{"type": "text", "text": "hi"}]},
            models.AssistantMessage(content="hello", prefix=True),
        ],
        response_format=models.ResponseFormat(type="json_object"),
    )
    assert body["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "hi"}]},
        {"role": "assistant", "content": "hello", "prefix": True},
    ]
    assert body["response_format"] == {"type": "json_object"}


def test_wire_rules(path: str) -> None:
    body = _chat_body(
        path,
        messages=[
            # an unknown field is kept
            {"role": "user", "content": "hi", "x_new": 1},
            # a nested value default is sent (2.x sends "prefix": false)
            {"role": "assistant", "content": "hello"},
        ],
        # None for an optional field that cannot be null is left out
        tools=[{"type": "function", "function": {"name": "f", "parameters": {}, "strict": None}}],
        # a field given by its Python name is sent by its wire name
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "n", "schema_definition": {"type": "object"}},
        },
    )
    assert body["messages"] == [
        {"role": "user", "content": "hi", "x_new": 1},
        {"role": "assistant", "content": "hello", "prefix": False},
    ]
    assert body["tools"] == [{"type": "function", "function": {"name": "f", "parameters": {}}}]
    assert body["response_format"]["json_schema"] == {
        "name": "n",
        "schema": {"type": "object"},
        "strict": False,
    }


BAD: list[dict[str, Any]] = [
    {"messages": [{"role": "user"}]},
    {"messages": [{"role": "user", "content": 3}]},
    {"messages": "hi"},
    {"messages": [{"role": "nobody", "content": "x"}], "temperature": "hot"},
    {"messages": [{"role": "user", "content": [{"type": "image_url"}]}]},
    {"messages": [], "tools": [{"type": "function", "function": {}}]},
]


@pytest.mark.parametrize("kwargs", BAD)
def test_bad_arguments_fail_the_same_way_before_sending(
    kwargs: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def send() -> list[tuple[Any, ...]]:
        captured: list[dict[str, Any]] = []
        client = client_sending(captured)
        with pytest.raises(RequestValidationError) as info:
            client.chat.complete(model="m", **kwargs)
        assert captured == []
        return [(tuple(e["loc"]), e["type"]) for e in info.value.errors]

    wire, models = both_ways(send, monkeypatch)
    assert wire and wire == models


def test_the_first_call_builds_no_request_model() -> None:
    """The request is checked by its prebuilt schema: the module defining the request's model
    is not even imported (its classes are what made the first call slow)."""
    code = """
import sys, httpx
from mistralai.client import Mistral
answer = {"id": "1", "object": "chat.completion", "model": "m", "created": 1, "choices": [],
          "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
transport = httpx.MockTransport(lambda r: httpx.Response(200, json=answer))
client = Mistral(api_key="k", client=httpx.Client(transport=transport))
client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
print(sorted(n for n, m in list(sys.modules.items())
             if n.startswith("mistralai.") and hasattr(m, "ChatCompletionRequest")))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded: list[str] = json.loads(done.stdout.strip().replace("'", '"'))
    # only the lazy index names it (without building it); no module defines it
    assert all(name.endswith("._generated.models") for name in loaded), loaded


def test_a_wire_schema_that_does_not_build_falls_back_to_the_models(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pydantic-core that rejects the prebuilt schema (or a package generated for another
    core) costs speed, not correctness: the body's models check and encode it."""
    import mistralai.core._wire as wire

    def broken(module: str, operation_id: str) -> Any:
        raise wire.import_module("pydantic_core").SchemaError("unknown schema type")

    captured: list[dict[str, Any]] = []
    client = client_sending(captured)
    op = next(
        o
        for o in vars(wire.import_module("mistralai.api.chat._generated.resources")).values()
        if isinstance(o, Operation) and o.operation_id == "chat_completion_v1_chat_completions_post"
    )
    monkeypatch.setattr(op, "_body_codec", None)
    monkeypatch.setattr(op, "wire", op.wire)
    monkeypatch.setattr(wire, "body_codec", broken)
    with contextlib.suppress(Exception):
        client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
    assert op.wire is None
    assert captured[0]["body"]["messages"] == [{"role": "user", "content": "hi"}]
    with pytest.raises(RequestValidationError):
        client.chat.complete(model="m", messages="hi")
