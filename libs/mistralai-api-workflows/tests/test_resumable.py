"""The resumable stream methods (generated from ``wrap: resumable`` in
tools/codegen/mapping.yaml): their signature, the reconnection arguments (no I/O), and the raw
facade."""

from __future__ import annotations

import inspect

import pytest

from mistralai.api.workflows._generated.resources import Deployments, Executions
from mistralai.api.workflows._resumable import (
    _Resumption,  # pyright: ignore[reportPrivateUsage]
)
from mistralai.api.workflows.streams import (
    DEFAULT_MAX_RECONNECTS,
    ResumableEventStream,
    ResumableEventStreamAsync,
)
from mistralai.client import Mistral
from mistralai.core.runtime import UNSET
from mistralai.testing import FakeMistralServer

LOGS = r"/v1/workflows/executions/[^/]+/logs/stream"
HEADER = {"Last-Event-ID": UNSET}


@pytest.mark.parametrize(
    "method",
    [
        Executions.stream,
        Executions.stream_async,
        Executions.stream_workflow_execution_logs,
        Executions.stream_workflow_execution_logs_async,
        Deployments.stream_deployment_logs,
        Deployments.stream_deployment_logs_async,
    ],
)
def test_the_method_takes_max_reconnects_last(method: object) -> None:
    params = inspect.signature(method).parameters  # pyright: ignore[reportArgumentType]
    assert list(params)[-1] == "max_reconnects"
    assert params["max_reconnects"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["max_reconnects"].default == DEFAULT_MAX_RECONNECTS
    assert "last_event_id" in params


def test_the_docstring_says_what_the_wrapper_adds() -> None:
    assert "max_reconnects" in (Deployments.stream_deployment_logs.__doc__ or "")


def test_a_reconnection_replaces_the_query_cursor() -> None:
    plan = _Resumption({"after": UNSET, "last_event_id": "2"}, HEADER, 3)
    assert plan.cursor == "2"
    assert plan.arguments(None) == {
        "query": {"after": UNSET, "last_event_id": "2"},
        "headers": HEADER,
    }
    assert plan.arguments("7") == {
        "query": {"after": UNSET, "last_event_id": "7"},
        "headers": HEADER,
    }


def test_a_reconnection_replaces_a_header_the_caller_sent_and_the_header_wins() -> None:
    plan = _Resumption({"last_event_id": "1"}, {"Last-Event-ID": "4"}, 3)
    assert plan.cursor == "4"
    assert plan.arguments("9") == {
        "query": {"last_event_id": "9"},
        "headers": {"Last-Event-ID": "9"},
    }


def test_a_header_the_caller_did_not_send_stays_unsent() -> None:
    plan = _Resumption({"last_event_id": UNSET}, HEADER, 3)
    assert plan.cursor is None
    assert plan.arguments("5") == {"query": {"last_event_id": "5"}, "headers": HEADER}


def test_an_operation_without_the_header_gets_none() -> None:
    plan = _Resumption({"event_source": UNSET, "last_event_id": UNSET}, None, 3)
    assert plan.arguments("5") == {"query": {"event_source": UNSET, "last_event_id": "5"}}


def test_bad_arguments_fail_before_any_connection() -> None:
    with pytest.raises(ValueError, match="max_reconnects"):
        _Resumption({}, None, -1)


def test_bad_arguments_fail_before_any_connection_through_the_method(
    fake_server: FakeMistralServer,
) -> None:
    client = Mistral(api_key="k", server_url=fake_server.url)
    with pytest.raises(ValueError, match="max_reconnects"):
        client.workflows.executions.stream(execution_id="e", max_reconnects=-1)
    with pytest.raises(TypeError):
        client.workflows.executions.stream(execution_id="e", nme="d")  # type: ignore[call-arg]
    assert not [r for r in fake_server.requests.snapshot() if r.path.endswith("/stream")]


def _start(client: Mistral) -> str:
    started = client.workflows.execute_workflow(workflow_identifier="echo", input={"n": 1})
    return started.execution_id  # pyright: ignore[reportAttributeAccessIssue]


def test_the_raw_facade_answers_at_once_and_parses_to_the_resumable_stream(
    fake_server: FakeMistralServer,
) -> None:
    client = Mistral(api_key="k", server_url=fake_server.url)
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=2, path=LOGS)
    raw = client.workflows.executions.with_raw_response.stream_workflow_execution_logs(
        execution_id=execution_id
    )
    assert raw.status_code == 200
    stream = raw.parse()
    assert isinstance(stream, ResumableEventStream)
    with stream:
        assert [e.id for e in stream] == ["1", "2", "3", "4", "5", "6"]
    assert stream.reconnects == 1


async def test_the_raw_facade_async_parses_to_the_resumable_stream(
    fake_server: FakeMistralServer,
) -> None:
    client = Mistral(api_key="k", server_url=fake_server.url)
    execution_id = _start(client)
    fake_server.inject_stream_cut(after_chunks=2, path=LOGS)
    raw = await client.workflows.executions.with_raw_response.stream_workflow_execution_logs_async(
        execution_id=execution_id
    )
    stream = await raw.parse()
    assert isinstance(stream, ResumableEventStreamAsync)
    async with stream:
        assert [e.id async for e in stream] == ["1", "2", "3", "4", "5", "6"]
    assert stream.reconnects == 1
