"""mistralai-api-workflows end to end against the fake server: wait helpers, typed SSE streams,
resumption of the log and event streams after a cut connection."""

from __future__ import annotations

import inspect
import json
import time
from pathlib import Path
from typing import Any

import pydantic
import pytest

from mistralai.api.workflows import models
from mistralai.api.workflows.errors import WorkflowExecutionFailedError, WorkflowWaitTimeoutError
from mistralai.api.workflows.streams import ResumableEventStream, ResumableEventStreamAsync
from mistralai.client import Mistral
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.core.errors import RequestValidationError, StreamInterruptedError
from mistralai.testing import FakeMistralServer

FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 5_000), True, max_retries=2)
LOGS = r"/v1/workflows/executions/[^/]+/logs/stream"


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url, retry_config=FAST)


def _start(client: Mistral, name: str = "echo", **kwargs: object) -> str:
    started = client.workflows.execute_workflow(workflow_identifier=name, input={"n": 1}, **kwargs)  # type: ignore[arg-type]
    assert isinstance(started, models.WorkflowExecutionResponse)
    assert started.status == "RUNNING"
    return started.execution_id


def _gets(server: FakeMistralServer, execution_id: str) -> int:
    path = f"/v1/workflows/executions/{execution_id}"
    return sum(1 for r in server.requests.snapshot() if r.method == "GET" and r.path == path)


# --------------------------------------------------------------------------- wait helpers


def test_execute_workflow_and_wait_returns_the_result(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    seen: list[str | None] = []
    result = client.workflows.execute_workflow_and_wait(
        "greet",
        input={"name": "Ada"},
        polling_interval=0.01,
        on_poll=lambda execution: seen.append(execution.status),
    )
    assert result == {"greeting": "Hello, Ada!"}
    assert seen == ["RUNNING", "COMPLETED"]
    posted = fake_server.requests.snapshot()[0]
    assert posted.path == "/v1/workflows/greet/execute"
    assert posted.json()["input"] == {"name": "Ada"}
    assert "wait_for_result" not in posted.json() or posted.json()["wait_for_result"] is False


def test_execute_workflow_and_wait_accepts_a_pydantic_input(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    class Person(pydantic.BaseModel):
        name: str

    result = client.workflows.execute_workflow_and_wait(
        "greet", Person(name="Grace"), polling_interval=0
    )
    assert result == {"greeting": "Hello, Grace!"}
    assert fake_server.requests.snapshot()[0].json()["input"] == {"name": "Grace"}


def test_execute_workflow_and_wait_with_api_sync_does_not_poll(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    result = client.workflows.execute_workflow_and_wait(
        "echo", input={"x": 1}, use_api_sync=True, timeout_seconds=30
    )
    assert result == {"echo": {"x": 1}}
    sent = fake_server.requests.snapshot()
    assert len(sent) == 1
    assert sent[0].json()["wait_for_result"] is True
    assert sent[0].json()["timeout_seconds"] == 30


def test_wait_for_workflow_completion_returns_the_typed_execution(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client)
    final = client.workflows.wait_for_workflow_completion(execution_id, polling_interval=0.01)
    assert isinstance(final, models.WorkflowExecutionResponse)
    assert final.status == "COMPLETED"
    assert final.end_time is not None
    assert final.result == {"echo": {"n": 1}}
    assert _gets(fake_server, execution_id) == 2


@pytest.mark.parametrize(("name", "status"), [("failing", "FAILED"), ("canceled", "CANCELED")])
def test_an_execution_that_does_not_complete_raises_a_typed_error(
    client: Mistral, name: str, status: str
) -> None:
    with pytest.raises(WorkflowExecutionFailedError) as caught:
        client.workflows.execute_workflow_and_wait(name, polling_interval=0)
    error = caught.value
    assert isinstance(error, RuntimeError)  # what 2.x documented
    assert error.status == status
    assert error.execution.status == status
    assert error.execution.workflow_name == name
    assert status in str(error)


def test_max_attempts_raises_a_timeout_with_the_last_state(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client, "forever")
    with pytest.raises(WorkflowWaitTimeoutError) as caught:
        client.workflows.wait_for_workflow_completion(execution_id, 0, 3)
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert error.attempts == 3
    assert error.execution.status == "RUNNING"
    assert error.execution_id == execution_id
    assert _gets(fake_server, execution_id) == 3


def test_timeout_in_seconds_stops_polling(client: Mistral, fake_server: FakeMistralServer) -> None:
    execution_id = _start(client, "forever")
    with pytest.raises(WorkflowWaitTimeoutError) as caught:
        client.workflows.wait_for_workflow_completion(execution_id, 0.02, timeout=0.1)
    assert caught.value.execution.status == "RUNNING"
    assert caught.value.elapsed >= 0.1
    assert _gets(fake_server, execution_id) >= 2


def test_bad_wait_arguments_fail_before_anything_is_sent(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with pytest.raises(RequestValidationError, match="polling_interval"):
        client.workflows.execute_workflow_and_wait("echo", polling_interval=-1)
    with pytest.raises(RequestValidationError, match="max_attempts"):
        client.workflows.execute_workflow_and_wait("echo", max_attempts=0)
    with pytest.raises(RequestValidationError, match="timeout"):
        client.workflows.wait_for_workflow_completion("x", timeout=-1)
    assert len(fake_server.requests.snapshot()) == 0


def test_unknown_workflow_is_a_not_found_error(client: Mistral) -> None:
    from mistralai.client import errors

    with pytest.raises(errors.SDKError) as caught:
        client.workflows.execute_workflow_and_wait("nope", polling_interval=0)
    assert getattr(caught.value, "status_code", None) == 404


async def test_async_execute_and_wait(client: Mistral, fake_server: FakeMistralServer) -> None:
    result = await client.workflows.execute_workflow_and_wait_async(
        "greet", input={"name": "Linus"}, polling_interval=0.01
    )
    assert result == {"greeting": "Hello, Linus!"}
    execution_id = fake_server.requests.snapshot()[1].path.rsplit("/", 1)[-1]
    assert _gets(fake_server, execution_id) == 2


async def test_async_wait_raises_typed_errors(client: Mistral) -> None:
    with pytest.raises(WorkflowExecutionFailedError):
        await client.workflows.execute_workflow_and_wait_async("failing", polling_interval=0)
    started = await client.workflows.execute_workflow_async(workflow_identifier="forever")
    assert isinstance(started, models.WorkflowExecutionResponse)
    with pytest.raises(WorkflowWaitTimeoutError) as caught:
        await client.workflows.wait_for_workflow_completion_async(
            started.execution_id, polling_interval=0, max_attempts=2
        )
    assert caught.value.attempts == 2


async def test_async_wait_returns_typed_execution(client: Mistral) -> None:
    started = await client.workflows.execute_workflow_async(
        workflow_identifier="echo", input={"k": "v"}
    )
    assert isinstance(started, models.WorkflowExecutionResponse)
    final = await client.workflows.wait_for_workflow_completion_async(
        started.execution_id, polling_interval=0
    )
    assert final.status == "COMPLETED"
    assert final.result == {"echo": {"k": "v"}}


async def test_async_wait_awaits_a_coroutine_on_poll(client: Mistral) -> None:
    # The helpers poll with core's engine, whose async runner awaits an async callback.
    seen: list[str | None] = []

    async def on_poll(execution: models.WorkflowExecutionResponse) -> None:
        seen.append(execution.status)

    result = await client.workflows.execute_workflow_and_wait_async(
        "greet", input={"name": "Ada"}, polling_interval=0, on_poll=on_poll
    )
    assert result == {"greeting": "Hello, Ada!"}
    assert seen == ["RUNNING", "COMPLETED"]


# --------------------------------------------------------------------------- execution events


def test_execution_event_stream_is_typed_and_incremental(client: Mistral) -> None:
    execution_id = _start(client)
    started = time.monotonic()
    arrivals: list[float] = []
    kinds: list[type[object]] = []
    ids: list[str | None] = []
    with client.workflows.executions.stream(
        execution_id=execution_id, http_headers={"x-fake-chunk-delay-ms": "60"}
    ) as stream:
        for event in stream:
            arrivals.append(time.monotonic() - started)
            assert isinstance(event, models.StreamV1WorkflowsExecutionsExecutionIdStreamGetEvent)
            assert isinstance(event.data, models.StreamEventSsePayload)
            kinds.append(type(event.data.data))
            ids.append(event.id)
            assert event.event == event.data.data.event_type
            assert event.data.workflow_context.workflow_exec_id == execution_id
    assert kinds == [
        models.WorkflowExecutionStartedResponse,
        models.ActivityTaskStartedResponse,
        models.ActivityTaskCompletedResponse,
        models.WorkflowExecutionCompletedResponse,
    ]
    assert ids == ["1", "2", "3", "4"]
    assert stream.last_event_id == "4"
    assert arrivals[0] < arrivals[-1] - 0.1  # the first event came well before the last


def test_execution_event_stream_resumes_after_a_cut(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client, "failing")
    fake_server.inject_stream_cut(after_chunks=1, path=r"/v1/workflows/executions/[^/]+/stream")
    stream = client.workflows.executions.stream(execution_id=execution_id)
    assert isinstance(stream, ResumableEventStream)
    events = list(stream)
    assert [e.id for e in events] == ["1", "2", "3", "4"]
    assert isinstance(events[-1].data, models.StreamEventSsePayload)
    assert isinstance(events[-1].data.data, models.WorkflowExecutionFailedResponse)
    assert stream.reconnects == 1
    second = fake_server.requests.snapshot()[-1]
    assert second.query_params["last_event_id"] == ["1"]


async def test_execution_event_stream_async_with_last_event_id(client: Mistral) -> None:
    execution_id = _start(client)
    stream = await client.workflows.executions.stream_async(
        execution_id=execution_id, last_event_id="2"
    )
    async with stream:
        events = [event async for event in stream]
    assert [e.id for e in events] == ["3", "4"]
    assert isinstance(events[0].data, models.StreamEventSsePayload)
    assert isinstance(events[0].data.data, models.ActivityTaskCompletedResponse)


# --------------------------------------------------------------------------- log streams


def test_log_stream_resumes_after_a_cut_and_delivers_each_record_once(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=2, path=LOGS)
    stream = client.workflows.executions.stream_workflow_execution_logs(execution_id=execution_id)
    assert isinstance(stream, ResumableEventStream)
    with stream:
        events = list(stream)
    assert [e.id for e in events] == ["1", "2", "3", "4", "5", "6"]
    assert all(e.event == "log" for e in events)
    assert all(isinstance(e.data, models.ExecutionLogRecord) for e in events)
    bodies = [e.data.body for e in events if isinstance(e.data, models.ExecutionLogRecord)]
    assert bodies[-1].endswith("log line 6")
    assert stream.reconnects == 1
    assert stream.last_event_id == "6"
    log_requests = [r for r in fake_server.requests.snapshot() if r.path.endswith("/logs/stream")]
    assert len(log_requests) == 2
    assert "last_event_id" not in log_requests[0].query_params
    assert log_requests[1].query_params["last_event_id"] == ["2"]


def test_log_stream_cut_twice_still_resumes(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client, "echo", http_headers={"x-fake-log-lines": "10"})
    fake_server.inject_stream_cut(after_chunks=3, path=LOGS, times=2)
    stream = client.workflows.executions.stream_workflow_execution_logs(execution_id=execution_id)
    assert [e.id for e in stream] == [str(i) for i in range(1, 11)]
    assert stream.reconnects == 2


def test_log_stream_resume_uses_the_header_when_the_caller_did(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=1, path=LOGS)
    stream = client.workflows.executions.stream_workflow_execution_logs(
        execution_id=execution_id, last_event_id_header="3"
    )
    assert stream.last_event_id == "3"
    assert [e.id for e in stream] == ["4", "5", "6"]
    log_requests = [r for r in fake_server.requests.snapshot() if r.path.endswith("/logs/stream")]
    assert [r.header("last-event-id") for r in log_requests] == ["3", "4"]


def test_log_stream_gives_up_after_max_reconnects(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=0, path=LOGS, times=None)
    stream = client.workflows.executions.stream_workflow_execution_logs(
        execution_id=execution_id, max_reconnects=2
    )
    with pytest.raises(StreamInterruptedError):
        list(stream)
    assert stream.reconnects == 2
    log_requests = [r for r in fake_server.requests.snapshot() if r.path.endswith("/logs/stream")]
    assert len(log_requests) == 3


def test_log_stream_without_reconnects_surfaces_the_cut(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=2, path=LOGS)
    received: list[str | None] = []
    stream = client.workflows.executions.stream_workflow_execution_logs(
        execution_id=execution_id, max_reconnects=0
    )
    with pytest.raises(StreamInterruptedError):
        for event in stream:
            received.append(event.id)
    assert received == ["1", "2"]
    assert stream.last_event_id == "2"  # where to resume from later


def test_log_stream_is_incremental(client: Mistral) -> None:
    execution_id = _start(client)
    started = time.monotonic()
    arrivals: list[float] = []
    stream = client.workflows.executions.stream_workflow_execution_logs(
        execution_id=execution_id, http_headers={"x-fake-chunk-delay-ms": "40"}
    )
    for _ in stream:
        arrivals.append(time.monotonic() - started)
    assert len(arrivals) == 6
    assert arrivals[0] < arrivals[-1] - 0.1


async def test_log_stream_async_resumes_after_a_cut(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=4, path=LOGS)
    stream = await client.workflows.executions.stream_workflow_execution_logs_async(
        execution_id=execution_id, http_headers={"x-fake-chunk-delay-ms": "5"}
    )
    assert isinstance(stream, ResumableEventStreamAsync)
    async with stream:
        ids = [event.id async for event in stream]
    assert ids == ["1", "2", "3", "4", "5", "6"]
    assert stream.reconnects == 1
    assert fake_server.requests.snapshot()[-1].query_params["last_event_id"] == ["4"]


def test_deployment_log_stream_resumes(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.inject_stream_cut(after_chunks=5, path=r"/v1/workflows/deployments/.*")
    stream = client.workflows.deployments.stream_deployment_logs(name="default")
    events = list(stream)
    assert [e.id for e in events] == [str(i) for i in range(1, 9)]
    assert all(isinstance(e.data, models.DeploymentLogRecord) for e in events)
    assert stream.reconnects == 1
    assert fake_server.requests.snapshot()[-1].query_params["last_event_id"] == ["5"]


async def test_deployment_log_stream_async_resumes(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject_stream_cut(after_chunks=2, path=r"/v1/workflows/deployments/.*")
    stream = await client.workflows.deployments.stream_deployment_logs_async(
        name="default", last_event_id="3"
    )
    ids = [event.id async for event in stream]
    assert ids == ["4", "5", "6", "7", "8"]
    assert fake_server.requests.snapshot()[-1].query_params["last_event_id"] == ["5"]


def test_unknown_deployment_is_404(client: Mistral) -> None:
    from mistralai.client import errors

    with pytest.raises(errors.SDKError) as caught:
        client.workflows.deployments.stream_deployment_logs(name="nope")
    assert getattr(caught.value, "status_code", None) == 404


# --------------------------------------------------------------------------- global event stream


def test_global_event_stream_filters_and_resumes_from_the_header(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    first = _start(client)
    second = _start(client, "greet")
    with client.workflows.events.get_stream_events(workflow_exec_id=second) as stream:
        events = list(stream)
    assert [e.id for e in events] == ["5", "6", "7", "8"]
    for event in events:
        assert isinstance(event.data, models.StreamEventSsePayload)
        assert event.data.workflow_context.workflow_exec_id == second
    resumed = list(client.events.get_stream_events(last_event_id="6"))
    assert [e.id for e in resumed] == ["7", "8"]
    assert fake_server.requests.snapshot()[-1].header("last-event-id") == "6"
    assert first != second


async def test_global_event_stream_async_is_incremental(client: Mistral) -> None:
    _start(client)
    started = time.monotonic()
    arrivals: list[float] = []
    stream = await client.workflows.events.get_stream_events_async(
        http_headers={"x-fake-chunk-delay-ms": "50"}
    )
    async with stream:
        async for event in stream:
            assert isinstance(event.data, models.StreamEventSsePayload)
            arrivals.append(time.monotonic() - started)
    assert len(arrivals) == 4
    assert arrivals[0] < arrivals[-1] - 0.1


# --------------------------------------------------------------------------- extra helpers


async def test_get_scheduler_namespace(client: Mistral, fake_server: FakeMistralServer) -> None:
    from mistralai.extra.workflows.helpers import (
        get_scheduler_namespace,
        get_scheduler_namespace_sync,
    )

    assert await get_scheduler_namespace(client) == "fake-namespace"
    assert get_scheduler_namespace_sync(client) == "fake-namespace"
    assert fake_server.requests.snapshot()[-1].path == "/v1/workflows/workers/whoami"


# --------------------------------------------------------------------------- 2.x compatibility

SURFACE = Path(__file__).resolve().parents[3] / "spec" / "compat" / "official_surface.json"


def _official(dotted: str) -> dict[str, Any]:
    methods: list[dict[str, Any]] = json.loads(SURFACE.read_text())["methods"]
    return next(m for m in methods if m["dotted"] == dotted)


@pytest.mark.parametrize(
    ("dotted", "owner"),
    [
        ("workflows.execute_workflow_and_wait", "workflows"),
        ("workflows.wait_for_workflow_completion", "workflows"),
        ("workflows.executions.stream_workflow_execution_logs", "workflows.executions"),
        ("workflows.executions.stream", "workflows.executions"),
        ("workflows.deployments.stream_deployment_logs", "workflows.deployments"),
    ],
)
def test_helpers_keep_the_2x_parameters(client: Mistral, dotted: str, owner: str) -> None:
    official = _official(dotted)
    resource: object = client
    for part in owner.split("."):
        resource = getattr(resource, part)
    name = dotted.rsplit(".", 1)[-1]
    for method_name in (name, official["async_name"]):
        params = inspect.signature(getattr(resource, method_name)).parameters
        names = list(params)
        expected = [p["name"] for p in official["params"]]
        # every 2.x parameter exists, in the 2.x order, with the 2.x kind
        assert [n for n in names if n in expected] == expected
        for p in official["params"]:
            kind = params[p["name"]].kind
            if p["kind"] == "positional":
                assert kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, p["name"]
            else:
                assert kind is inspect.Parameter.KEYWORD_ONLY, p["name"]


# --------------------------------------------------------------------------- resumption edge cases


def _inclusive_deployment_logs(server: FakeMistralServer, count: int) -> None:
    """A deployment log route that resumes *at* the cursor (repeating that event), as some
    SSE servers do; the resumable stream must still deliver each record once."""
    from mistralai.api.workflows._fake_routes import sse_event_with_id
    from mistralai.testing import RequestContext, StreamResponse

    def handler(ctx: RequestContext) -> StreamResponse:
        cursor = ctx.header("last-event-id") or (ctx.query_params.get("last_event_id") or [""])[0]
        start = int(cursor) if cursor else 1
        events = (
            sse_event_with_id(
                {
                    "timestamp": "2025-01-01T00:00:00Z",
                    "trace_id": "t",
                    "span_id": f"s-{i}",
                    "severity_text": "INFO",
                    "body": f"line {i}",
                    "log_attributes": {},
                },
                event="log",
                event_id=str(i),
            )
            for i in range(start, count + 1)
        )
        return StreamResponse(events)

    server.add_route("GET", r"/v1/workflows/deployments/[^/]+/logs/stream", handler)


def test_resume_skips_the_cursor_event_a_server_repeats(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    _inclusive_deployment_logs(fake_server, 6)
    fake_server.inject_stream_cut(after_chunks=3, path=r"/v1/workflows/deployments/.*")
    with client.workflows.deployments.stream_deployment_logs(name="default") as stream:
        ids = [e.id for e in stream]
    assert ids == ["1", "2", "3", "4", "5", "6"]
    assert stream.reconnects == 1
    assert fake_server.requests.snapshot()[-1].query_params["last_event_id"] == ["3"]


async def test_resume_skips_the_cursor_event_a_server_repeats_async(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    _inclusive_deployment_logs(fake_server, 5)
    fake_server.inject_stream_cut(after_chunks=2, path=r"/v1/workflows/deployments/.*")
    stream = await client.workflows.deployments.stream_deployment_logs_async(name="default")
    async with stream:
        ids = [e.id async for e in stream]
    assert ids == ["1", "2", "3", "4", "5"]
    assert stream.reconnects == 1


def test_cut_before_any_event_reopens_with_the_original_arguments(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=0, path=LOGS)
    stream = client.workflows.executions.stream_workflow_execution_logs(execution_id=execution_id)
    assert [e.id for e in stream] == ["1", "2", "3", "4", "5", "6"]
    assert stream.reconnects == 1
    log_requests = [r for r in fake_server.requests.snapshot() if r.path.endswith("/logs/stream")]
    assert ["last_event_id" in r.query_params for r in log_requests] == [False, False]


def test_closing_mid_stream_stops_reading(client: Mistral, fake_server: FakeMistralServer) -> None:
    execution_id = _start(client, "echo", http_headers={"x-fake-log-lines": "10"})
    stream = client.workflows.executions.stream_workflow_execution_logs(
        execution_id=execution_id, http_headers={"x-fake-chunk-delay-ms": "20"}
    )
    first = next(iter(stream))
    stream.close()
    assert first.id == "1"
    assert list(stream) == []
    assert stream.reconnects == 0
