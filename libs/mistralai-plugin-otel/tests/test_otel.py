"""Tracing against the fake Mistral server (real HTTP and SSE on 127.0.0.1), spans collected
with opentelemetry-sdk's InMemorySpanExporter."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from mistralai.client import Mistral
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.extra.observability import (
    TelemetryConfigurationError,
    configure_telemetry,
    get_telemetry_tracer,
    set_tracer_provider,
)
from mistralai.testing import FakeMistralServer, RequestContext, json_response

MESSAGES = [{"role": "user", "content": "hello there"}]
FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 5_000), True, max_retries=2)
# sampled: the low bit of the flags (0x02, "random trace id", may be set too)
TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-0[13]$")


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> Iterator[TracerProvider]:
    tp = TracerProvider()
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    yield tp
    tp.shutdown()


@pytest.fixture
def client(fake_server: FakeMistralServer, provider: TracerProvider) -> Mistral:
    c = Mistral(api_key="test-key", server_url=fake_server.url, retry_config=FAST)
    configure_telemetry(c, provider=provider)
    return c


def only(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1, [s.name for s in spans]
    return spans[0]


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def test_chat_span_follows_genai_conventions(
    client: Mistral, fake_server: FakeMistralServer, exporter: InMemorySpanExporter
) -> None:
    res = client.chat.complete(
        model="mistral-small-latest", messages=MESSAGES, temperature=0.2, max_tokens=50
    )
    span = only(exporter)
    a = attrs(span)
    assert span.name == "chat mistral-small-latest"
    assert a["gen_ai.operation.name"] == "chat"
    assert a["gen_ai.provider.name"] == "mistral_ai"
    assert a["gen_ai.request.model"] == "mistral-small-latest"
    assert a["gen_ai.request.temperature"] == 0.2
    assert a["gen_ai.request.max_tokens"] == 50
    assert a["gen_ai.response.id"] == res.id
    assert a["gen_ai.response.model"] == res.model
    assert a["gen_ai.response.finish_reasons"] == ("stop",)
    assert a["gen_ai.usage.input_tokens"] == res.usage.prompt_tokens
    assert a["gen_ai.usage.output_tokens"] == res.usage.completion_tokens
    assert a["http.response.status_code"] == 200
    assert a["server.address"] == "127.0.0.1"
    assert span.status.status_code is StatusCode.OK
    # content is not recorded unless asked for
    assert "gen_ai.input.messages" not in a and "gen_ai.output.messages" not in a
    # the server can continue the trace
    sent = fake_server.requests.snapshot()[-1].header("traceparent")
    assert sent is not None
    match = TRACEPARENT.match(sent)
    assert match is not None, sent
    assert int(match.group(2), 16) == span.context.span_id


def test_content_is_recorded_when_enabled(
    fake_server: FakeMistralServer, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:  # fmt: skip
    c = Mistral(api_key="test-key", server_url=fake_server.url)
    configure_telemetry(c, provider=provider, capture_content=True)
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    c.chat.complete(model="m", messages=MESSAGES, tools=tools)
    a = attrs(only(exporter))
    assert json.loads(a["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": "hello there"}]}
    ]
    out = json.loads(a["gen_ai.output.messages"])
    assert out[0]["role"] == "assistant" and out[0]["finish_reason"]
    (tool,) = json.loads(a["gen_ai.tool.definitions"])
    sent = fake_server.requests.snapshot()[-1].json()["tools"][0]["function"]
    expected = {"type": "function", "name": "f", "parameters": {"type": "object"}}
    if "description" in sent:  # whatever the SDK sent is what is recorded
        expected["description"] = sent["description"]
    assert tool == expected


def test_content_env_switch(
    fake_server: FakeMistralServer,
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    c = Mistral(api_key="test-key", server_url=fake_server.url)
    set_tracer_provider(c, provider)
    c.chat.complete(model="m", messages=MESSAGES)
    assert "gen_ai.input.messages" in attrs(only(exporter))


def test_stream_span_ends_with_the_stream(
    fake_server: FakeMistralServer, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    c = Mistral(api_key="test-key", server_url=fake_server.url)
    configure_telemetry(c, provider=provider, capture_content=True)
    parts: list[str] = []
    with c.chat.stream(model="mistral-small-latest", messages=MESSAGES) as stream:
        for event in stream:
            assert exporter.get_finished_spans() == ()  # still open while events arrive
            delta = event.data.choices[0].delta.content
            if isinstance(delta, str):
                parts.append(delta)
    span = only(exporter)
    a = attrs(span)
    assert span.name == "chat mistral-small-latest"
    assert a["gen_ai.usage.input_tokens"] > 0 and a["gen_ai.usage.output_tokens"] > 0
    out = json.loads(a["gen_ai.output.messages"])
    assert out[0]["parts"] == [{"type": "text", "content": "".join(parts)}]
    assert a["gen_ai.response.finish_reasons"] == ("stop",)


async def test_async_stream_and_fim(client: Mistral, exporter: InMemorySpanExporter) -> None:
    stream = await client.chat.stream_async(model="m", messages=MESSAGES)
    async with stream:
        async for _ in stream:
            pass
    await client.fim.complete_async(model="codestral-latest", prompt="def f(", suffix="")
    chat, fim = exporter.get_finished_spans()
    assert attrs(chat)["gen_ai.usage.output_tokens"] > 0
    assert fim.name == "text_completion codestral-latest"
    assert attrs(fim)["gen_ai.operation.name"] == "text_completion"


def test_embeddings_agents_and_conversations(
    client: Mistral, fake_server: FakeMistralServer, exporter: InMemorySpanExporter
) -> None:
    usage = {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}

    def embeddings(ctx: RequestContext) -> Any:
        data = [{"object": "embedding", "embedding": [0.1, 0.2], "index": 0}]
        return json_response(
            {
                "id": "emb-1",
                "object": "list",
                "model": "mistral-embed",
                "data": data,
                "usage": usage,
            }
        )

    def agent_completion(ctx: RequestContext) -> Any:
        message = {"role": "assistant", "content": "hi"}
        return json_response(
            {
                "id": "cmpl-a",
                "object": "chat.completion",
                "model": "mistral-medium",
                "created": 1,
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": usage,
            }
        )

    def conversation(ctx: RequestContext) -> Any:
        output = {
            "object": "entry",
            "type": "message.output",
            "id": "msg-1",
            "role": "assistant",
            "content": "answer",
            "model": "mistral-medium",
            "agent_id": "ag-1",
            "created_at": "2026-01-01T00:00:00Z",
            "completed_at": "2026-01-01T00:00:01Z",
        }
        return json_response(
            {
                "object": "conversation.response",
                "conversation_id": "conv-1",
                "outputs": [output],
                "usage": usage,
            }
        )

    fake_server.add_route("POST", "/v1/embeddings", embeddings)
    fake_server.add_route("POST", "/v1/agents/completions", agent_completion)
    fake_server.add_route("POST", "/v1/conversations", conversation)
    client.embeddings.create(model="mistral-embed", inputs=["a"])
    client.agents.complete(agent_id="ag-1", messages=MESSAGES)
    client.beta.conversations.start(inputs="question", model="mistral-medium")
    by_name = {s.name: s for s in exporter.get_finished_spans()}
    emb = attrs(by_name["embeddings mistral-embed"])
    assert emb["gen_ai.usage.input_tokens"] == 7
    agent_span, conv_span = [s for s in exporter.get_finished_spans() if s.name == "invoke_agent"]
    assert attrs(agent_span)["gen_ai.response.id"] == "cmpl-a"
    assert attrs(conv_span)["gen_ai.conversation.id"] == "conv-1"
    assert attrs(conv_span)["gen_ai.usage.output_tokens"] == 3
    child = by_name["chat mistral-medium"]
    assert child.parent is not None and child.parent.span_id == conv_span.context.span_id
    assert child.end_time is not None and child.start_time is not None
    assert child.end_time - child.start_time == 1_000_000_000  # the server's timestamps


def test_conversation_stream(client: Mistral, exporter: InMemorySpanExporter) -> None:
    # the fake server's own conversation flow (SSE events of the conversations API)
    conversation_ids: set[str] = set()
    with client.beta.conversations.start_stream(inputs="q", model="x") as s:
        for event in s:
            cid = getattr(event.data, "conversation_id", None)
            if isinstance(cid, str):
                conversation_ids.add(cid)
    a = attrs(only(exporter))
    assert a["gen_ai.operation.name"] == "invoke_agent"
    assert {a["gen_ai.conversation.id"]} == conversation_ids
    assert a["gen_ai.usage.input_tokens"] > 0


def test_errors_and_retries(
    client: Mistral, fake_server: FakeMistralServer, exporter: InMemorySpanExporter
) -> None:
    fake_server.inject(429, times=1)
    client.chat.complete(model="m", messages=MESSAGES)
    first, second = exporter.get_finished_spans()
    assert first.status.status_code is StatusCode.ERROR
    assert attrs(first)["http.response.status_code"] == 429
    assert second.status.status_code is StatusCode.OK
    exporter.clear()
    body = {"object": "error", "message": "bad model", "type": "invalid_model", "code": "1500"}
    fake_server.inject(400, body=body, times=1)
    with pytest.raises(Exception, match="bad model"):
        client.chat.complete(model="m", messages=MESSAGES)
    span = only(exporter)
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "bad model"
    assert attrs(span)["error.type"] == "invalid_model"
    assert attrs(span)["mistral_ai.error.code"] == "1500"


def test_nothing_traced_until_configured(
    fake_server: FakeMistralServer, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MISTRAL_SDK_TELEMETRY", raising=False)
    c = Mistral(api_key="test-key", server_url=fake_server.url)
    c.chat.complete(model="m", messages=MESSAGES)
    assert fake_server.requests.snapshot()[-1].header("traceparent") is None
    with pytest.raises(TelemetryConfigurationError):
        get_telemetry_tracer(c)
    with pytest.raises(TelemetryConfigurationError):
        configure_telemetry(c, provider="sometimes")


def test_get_telemetry_tracer(client: Mistral, exporter: InMemorySpanExporter) -> None:
    tracer = get_telemetry_tracer(client)
    with tracer.start_as_current_span("mine"):
        client.chat.complete(model="m", messages=MESSAGES)
    chat, mine = exporter.get_finished_spans()
    assert mine.name == "mine"
    assert chat.parent is not None and chat.parent.span_id == mine.context.span_id


def test_workflow_execution_gets_a_sampled_traceparent(
    fake_server: FakeMistralServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MISTRAL_SDK_TELEMETRY", raising=False)

    def execute(ctx: RequestContext) -> Any:
        return json_response(
            {"workflow_name": "wf", "execution_id": "e1", "root_execution_id": "e1",
             "status": "RUNNING", "start_time": "2026-01-01T00:00:00Z", "end_time": None,
             "result": None}
        )  # fmt: skip

    fake_server.add_route("POST", r"/v1/workflows/[^/]+/execute", execute)
    c = Mistral(api_key="test-key", server_url=fake_server.url)  # telemetry off
    c.workflows.execute_workflow(workflow_identifier="wf", input={})
    sent = fake_server.requests.snapshot()[-1].header("traceparent")
    assert sent is not None and TRACEPARENT.match(sent)
    explicit = "00-aabbccddeeff00112233445566778899-0102030405060708-01"
    c.workflows.execute_workflow(
        workflow_identifier="wf", input={}, http_headers={"traceparent": explicit}
    )
    assert fake_server.requests.snapshot()[-1].header("traceparent") == explicit


def test_telemetry_off_imports_no_opentelemetry(fake_server: FakeMistralServer) -> None:
    # Installed but not turned on: loading the plugins, building a client and calling it
    # import nothing of OpenTelemetry (a child interpreter, this one has imported it).
    code = (
        "import os, sys\n"
        "os.environ.pop('MISTRAL_SDK_TELEMETRY', None)\n"
        "from mistralai.client import Mistral\n"
        f"c = Mistral(api_key='test-key', server_url={fake_server.url!r})\n"
        "c.chat.complete(model='m', messages=[{'role': 'user', 'content': 'x'}])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('opentelemetry')}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_attempts_without_a_response_are_ended_as_errors(
    client: Mistral, fake_server: FakeMistralServer, exporter: InMemorySpanExporter
) -> None:
    # a dropped connection, retried: the first attempt's span ends when the retry starts
    fake_server.inject_disconnect(times=1)
    client.chat.complete(model="m", messages=MESSAGES)
    first, second = exporter.get_finished_spans()
    assert first.status.status_code is StatusCode.ERROR
    assert second.status.status_code is StatusCode.OK
    exporter.clear()
    # the last attempt fails: no response ever comes; core's on_error ends the span at once
    fake_server.inject_disconnect(times=None)
    with pytest.raises(Exception):  # noqa: B017 - the connection error type is core's
        client.chat.complete(model="m", messages=MESSAGES, retries=RetryConfig("none"))
    fake_server.clear_faults()
    spans = exporter.get_finished_spans()
    assert spans and all(s.status.status_code is StatusCode.ERROR for s in spans)
    assert attrs(spans[-1])["error.type"] == "connection_error"
    assert "no response (" in (spans[-1].status.description or "")


def test_operation_comes_from_the_operation_id_when_a_provider_rewrites_the_url(
    fake_server: FakeMistralServer, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    from mistralai.testing.provider_conformance import HANDLERS, add_provider_route

    add_provider_route(
        fake_server,
        "/models/chat/completions",
        HANDLERS["chat"],
        auth=("authorization", "Bearer k"),
    )
    azure = Mistral(provider="azure", api_key="k", server_url=fake_server.url)
    configure_telemetry(azure, provider=provider)
    azure.chat.complete(model="mistral-small-2503", messages=MESSAGES)
    span = only(exporter)
    assert span.name == "chat mistral-small-2503"
    assert attrs(span)["gen_ai.operation.name"] == "chat"
