"""Fake-server routes for workflows: a small registry, executions that run over a few polls,
and the server-sent event streams (execution events, execution and deployment logs, the
global event stream) with ``id:`` fields and resumption after a ``Last-Event-ID``.

Registry (``server.state["workflows"]``)::

    echo     COMPLETED after 2 polls, result {"echo": <input>}
    greet    COMPLETED after 2 polls, result {"greeting": "Hello, <input.name or 'world'>!"}
    failing  FAILED after 2 polls (no result)
    canceled CANCELED after 1 poll
    forever  stays RUNNING (for timeouts)

``GET /v1/workflows`` lists them; ``GET /v1/workflows/workers/whoami`` answers the namespace
(``fake-namespace``; not in the public spec, used by ``get_scheduler_namespace``).

An execution's status is advanced by ``GET /v1/workflows/executions/{id}``: each poll counts,
and after ``polls`` polls the execution takes its final status. The request header
``x-fake-polls: N`` on the execute call overrides the number of polls.

Every execution has a fixed event history (started, an activity started and completed,
completed or failed) and ``log_lines`` log records (default 6; header ``x-fake-log-lines: N``
on the execute call). Event ids are global sequence numbers (``"1"``, ``"2"``...); log ids are
``"<n>"`` per execution, deployment log ids ``"<n>"`` per deployment. A stream request with
``Last-Event-ID`` (header, which wins) or ``last_event_id`` (query) sends only the events
after that id. ``x-fake-chunk-delay-ms: M`` sleeps M ms between events. To test resumption,
cut a stream with ``server.inject_stream_cut(after_chunks=N, path=r"/v1/workflows/.*/stream")``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mistralai.testing import (
    RequestContext,
    Response,
    StreamResponse,
    as_dict,
    dumps,
    error_response,
    json_response,
    validation_error,
)

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

__all__ = ["install", "sse_event_with_id", "workflow_state"]

HEADER_POLLS = "x-fake-polls"
HEADER_LOG_LINES = "x-fake-log-lines"
HEADER_DELAY_MS = "x-fake-chunk-delay-ms"
NAMESPACE = "fake-namespace"
DEFAULT_DEPLOYMENT = "default"
DEPLOYMENT_LOG_LINES = 8

_REGISTRY: dict[str, dict[str, Any]] = {
    "echo": {"final": "COMPLETED", "polls": 2, "description": "Returns its input."},
    "greet": {"final": "COMPLETED", "polls": 2, "description": "Greets input.name."},
    "failing": {"final": "FAILED", "polls": 2, "description": "Always fails."},
    "canceled": {"final": "CANCELED", "polls": 1, "description": "Is always canceled."},
    "forever": {"final": "RUNNING", "polls": 0, "description": "Never finishes."},
}


def sse_event_with_id(data: object, *, event: str | None = None, event_id: str | None) -> bytes:
    """One SSE event with ``event:``, ``id:`` and ``data:`` lines (``data`` as JSON)."""
    lines: list[bytes] = []
    if event is not None:
        lines.append(b"event: " + event.encode())
    if event_id is not None:
        lines.append(b"id: " + event_id.encode())
    lines.append(b"data: " + dumps(data))
    return b"\n".join(lines) + b"\n\n"


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _state(server: FakeMistralServer) -> dict[str, Any]:
    state = server.state.setdefault("workflows", {})
    if not state:
        state["registry"] = {
            name: {
                "id": f"wf-{name}",
                "name": name,
                "display_name": name.capitalize(),
                "description": spec["description"],
                "archived": False,
                **spec,
            }
            for name, spec in _REGISTRY.items()
        }
        state["executions"] = {}
        state["events"] = []  # global, in sequence order: (seq, exec_id, payload)
        state["deployments"] = {DEFAULT_DEPLOYMENT: {"name": DEFAULT_DEPLOYMENT}}
    return state


def workflow_state(server: FakeMistralServer) -> dict[str, Any]:
    """The workflows' ``registry``, ``executions``, ``events`` and ``deployments`` (seeded on
    first use); call with ``server.lock`` held."""
    return _state(server)


def _int_header(ctx: RequestContext, name: str, default: int) -> int:
    raw = ctx.header(name)
    if raw is None:
        return default
    try:
        return max(0, int(raw))
    except ValueError:
        return default


def _delay(ctx: RequestContext) -> float:
    return _int_header(ctx, HEADER_DELAY_MS, 0) / 1000.0


def _resume_after(ctx: RequestContext, *, query: bool = True) -> int | Response:
    """The sequence number to resume after (0: from the start), or a 422 response."""
    raw = ctx.header("last-event-id")
    if raw is None and query:
        values = ctx.query_params.get("last_event_id")
        raw = values[0] if values else None
    if raw is None or raw == "":
        return 0
    try:
        return int(raw)
    except ValueError:
        return validation_error(
            {"loc": ["query", "last_event_id"], "msg": "unknown event id", "type": "value_error"}
        )


def _find_workflow(state: dict[str, Any], identifier: str) -> dict[str, Any] | None:
    registry: dict[str, dict[str, Any]] = state["registry"]
    for spec in registry.values():
        if identifier in (spec["name"], spec["id"]):
            return spec
    return None


def _result(name: str, payload: object) -> object:
    if name == "greet":
        who = "world"
        data = as_dict(payload)
        if data is not None and isinstance(data.get("name"), str):
            who = str(data["name"])
        return {"greeting": f"Hello, {who}!"}
    if name == "echo":
        return {"echo": payload}
    return None


def _event_base(execution: dict[str, Any], event_type: str, seq: int) -> dict[str, Any]:
    return {
        "event_id": f"evt-{seq}",
        "event_timestamp": time.time_ns(),
        "root_workflow_exec_id": execution["execution_id"],
        "parent_workflow_exec_id": None,
        "continued_run_id": None,
        "first_execution_run_id": execution["run_id"],
        "schedule_id": None,
        "workflow_exec_id": execution["execution_id"],
        "workflow_run_id": execution["run_id"],
        "workflow_name": execution["workflow_name"],
        "event_type": event_type,
    }


def _record_events(state: dict[str, Any], execution: dict[str, Any], final: str) -> None:
    events: list[tuple[int, str, dict[str, Any]]] = state["events"]
    task = f"task-{execution['execution_id'][-6:]}"
    plan: list[tuple[str, dict[str, Any]]] = [
        (
            "WORKFLOW_EXECUTION_STARTED",
            {
                "task_id": task,
                "workflow_name": execution["workflow_name"],
                "input": {"type": "json", "value": execution["input"]},
            },
        ),
        (
            "ACTIVITY_TASK_STARTED",
            {
                "task_id": task,
                "activity_name": "run",
                "input": {"type": "json", "value": execution["input"]},
            },
        ),
        (
            "ACTIVITY_TASK_COMPLETED",
            {
                "task_id": task,
                "activity_name": "run",
                "result": {"type": "json", "value": execution["final_result"]},
            },
        ),
    ]
    if final == "COMPLETED":
        plan.append(
            (
                "WORKFLOW_EXECUTION_COMPLETED",
                {"task_id": task, "result": {"type": "json", "value": execution["final_result"]}},
            )
        )
    elif final == "FAILED":
        plan.append(
            (
                "WORKFLOW_EXECUTION_FAILED",
                {"task_id": task, "failure": {"message": "the workflow raised an error"}},
            )
        )
    for event_type, attributes in plan:
        seq = len(events) + 1
        payload = {
            "stream": "events",
            "timestamp": _iso(_now()),
            "data": {**_event_base(execution, event_type, seq), "attributes": attributes},
            "workflow_context": {
                "namespace": NAMESPACE,
                "workflow_name": execution["workflow_name"],
                "workflow_exec_id": execution["execution_id"],
                "parent_workflow_exec_id": None,
                "root_workflow_exec_id": execution["execution_id"],
            },
            "metadata": {},
            "broker_sequence": seq,
        }
        events.append((seq, execution["execution_id"], payload))


def _public(execution: dict[str, Any]) -> dict[str, Any]:
    return {
        "workflow_name": execution["workflow_name"],
        "workflow_id": execution["workflow_id"],
        "deployment_name": execution["deployment_name"],
        "execution_id": execution["execution_id"],
        "parent_execution_id": None,
        "root_execution_id": execution["execution_id"],
        "run_id": execution["run_id"],
        "user_id": "fake-user",
        "status": execution["status"],
        "start_time": execution["start_time"],
        "end_time": execution["end_time"],
        "result": execution["result"],
    }


def _finish(execution: dict[str, Any]) -> None:
    execution["status"] = execution["final"]
    execution["end_time"] = _iso(_now())
    if execution["final"] == "COMPLETED":
        execution["result"] = execution["final_result"]


# --------------------------------------------------------------------------- handlers


def _list_workflows(ctx: RequestContext) -> Response:
    with ctx.server.lock:
        state = _state(ctx.server)
        registry: dict[str, dict[str, Any]] = state["registry"]
        items = [
            {
                "id": spec["id"],
                "name": spec["name"],
                "display_name": spec["display_name"],
                "description": spec["description"],
                "archived": spec["archived"],
            }
            for spec in registry.values()
        ]
    return json_response({"workflows": items, "next_cursor": None})


def _execute(ctx: RequestContext) -> Response:
    identifier = ctx.params["workflow_identifier"]
    try:
        body = as_dict(ctx.json() if ctx.body else {})
    except ValueError:
        body = None
    if body is None:
        return validation_error(
            {"loc": ["body"], "msg": "expected an object", "type": "type_error"}
        )
    with ctx.server.lock:
        state = _state(ctx.server)
        spec = _find_workflow(state, identifier)
        if spec is None:
            return error_response(404, f"Workflow '{identifier}' not found", type="not_found")
        executions: dict[str, dict[str, Any]] = state["executions"]
        raw_id = body.get("execution_id")
        execution_id = raw_id if isinstance(raw_id, str) and raw_id else uuid.uuid4().hex
        if execution_id in executions:
            return error_response(409, f"Execution '{execution_id}' already exists")
        payload = body.get("input")
        deployment = body.get("deployment_name")
        execution: dict[str, Any] = {
            "workflow_name": spec["name"],
            "workflow_id": spec["id"],
            "deployment_name": deployment if isinstance(deployment, str) else DEFAULT_DEPLOYMENT,
            "execution_id": execution_id,
            "run_id": str(uuid.uuid4()),
            "status": "RUNNING",
            "final": spec["final"],
            "polls_needed": _int_header(ctx, HEADER_POLLS, int(spec["polls"])),
            "polls": 0,
            "start_time": _iso(_now()),
            "end_time": None,
            "input": payload,
            "result": None,
            "final_result": _result(spec["name"], payload),
            "log_lines": _int_header(ctx, HEADER_LOG_LINES, 6),
        }
        executions[execution_id] = execution
        _record_events(state, execution, spec["final"])
        if body.get("wait_for_result") is True and spec["final"] != "RUNNING":
            _finish(execution)
            if execution["status"] != "COMPLETED":
                return error_response(
                    500, f"Workflow execution {execution_id} ended {execution['status']}"
                )
            return json_response(
                {
                    "workflow_name": spec["name"],
                    "execution_id": execution_id,
                    "result": execution["result"],
                }
            )
        if spec["final"] != "RUNNING" and execution["polls_needed"] == 0:
            _finish(execution)
        return json_response(_public(execution))


def _get_execution(ctx: RequestContext) -> Response:
    execution_id = ctx.params["execution_id"]
    with ctx.server.lock:
        state = _state(ctx.server)
        execution = state["executions"].get(execution_id)
        if execution is None:
            return error_response(404, f"Execution '{execution_id}' not found", type="not_found")
        execution["polls"] += 1
        if (
            execution["status"] == "RUNNING"
            and execution["final"] != "RUNNING"
            and execution["polls"] >= execution["polls_needed"]
        ):
            _finish(execution)
        return json_response(_public(execution))


def _execution_stream(ctx: RequestContext) -> Response | StreamResponse:
    execution_id = ctx.params["execution_id"]
    after = _resume_after(ctx)
    if isinstance(after, Response):
        return after
    with ctx.server.lock:
        state = _state(ctx.server)
        if execution_id not in state["executions"]:
            return error_response(404, f"Execution '{execution_id}' not found", type="not_found")
        events: list[tuple[int, str, dict[str, Any]]] = list(state["events"])
    chosen = [(s, p) for s, e, p in events if e == execution_id and s > after]
    return StreamResponse(_encode_events(chosen), delay_s=_delay(ctx))


def _encode_events(chosen: list[tuple[int, dict[str, Any]]]) -> Iterator[bytes]:
    for seq, payload in chosen:
        data = as_dict(payload["data"]) or {}
        yield sse_event_with_id(payload, event=str(data.get("event_type")), event_id=str(seq))


def _global_stream(ctx: RequestContext) -> Response | StreamResponse:
    after = _resume_after(ctx, query=False)
    if isinstance(after, Response):
        return after
    params = ctx.query_params
    exec_filter = (params.get("workflow_exec_id") or ["*"])[0]
    name_filter = (params.get("workflow_name") or ["*"])[0]
    start_seq = int((params.get("start_seq") or ["0"])[0] or 0)
    with ctx.server.lock:
        state = _state(ctx.server)
        events: list[tuple[int, str, dict[str, Any]]] = list(state["events"])
        executions: dict[str, dict[str, Any]] = state["executions"]
        names = {k: v["workflow_name"] for k, v in executions.items()}
    chosen = [
        (seq, payload)
        for seq, exec_id, payload in events
        if seq > after
        and seq > start_seq
        and exec_filter in ("*", exec_id)
        and name_filter in ("*", names.get(exec_id))
    ]
    return StreamResponse(_encode_events(chosen), delay_s=_delay(ctx))


def _log_record(index: int, scope: str, attributes: dict[str, str]) -> dict[str, Any]:
    return {
        "timestamp": _iso(datetime(2025, 1, 1, tzinfo=UTC).replace(second=index % 60)),
        "trace_id": f"trace-{scope}",
        "span_id": f"span-{index}",
        "severity_text": "INFO",
        "body": f"{scope} log line {index}",
        "log_attributes": attributes,
    }


def _log_events(count: int, after: int, scope: str, attributes: dict[str, str]) -> Iterator[bytes]:
    for index in range(after + 1, count + 1):
        record = _log_record(index, scope, attributes)
        yield sse_event_with_id(record, event="log", event_id=str(index))


def _execution_logs_stream(ctx: RequestContext) -> Response | StreamResponse:
    execution_id = ctx.params["execution_id"]
    after = _resume_after(ctx)
    if isinstance(after, Response):
        return after
    with ctx.server.lock:
        execution = _state(ctx.server)["executions"].get(execution_id)
        if execution is None:
            return error_response(404, f"Execution '{execution_id}' not found", type="not_found")
        count = int(execution["log_lines"])
        attributes = {"execution_id": execution_id, "workflow_name": execution["workflow_name"]}
    events = _log_events(count, after, f"execution {execution_id}", attributes)
    return StreamResponse(events, delay_s=_delay(ctx))


def _deployment_logs_stream(ctx: RequestContext) -> Response | StreamResponse:
    name = ctx.params["name"]
    after = _resume_after(ctx)
    if isinstance(after, Response):
        return after
    with ctx.server.lock:
        if name not in _state(ctx.server)["deployments"]:
            return error_response(404, f"Deployment '{name}' not found", type="not_found")
    count = _int_header(ctx, HEADER_LOG_LINES, DEPLOYMENT_LOG_LINES)
    events = _log_events(count, after, f"deployment {name}", {"deployment_name": name})
    return StreamResponse(events, delay_s=_delay(ctx))


def _whoami(ctx: RequestContext) -> Response:
    return json_response(
        {"scheduler_url": "https://scheduler.fake.invalid", "namespace": NAMESPACE}
    )


def install(server: FakeMistralServer) -> None:
    """Add these routes to ``server``."""
    server.add_route("GET", r"/v1/workflows/workers/whoami", _whoami)
    server.add_route("GET", r"/v1/workflows", _list_workflows)
    server.add_route("POST", r"/v1/workflows/(?P<workflow_identifier>[^/]+)/execute", _execute)
    server.add_route("GET", r"/v1/workflows/executions/(?P<execution_id>[^/]+)", _get_execution)
    server.add_route(
        "GET", r"/v1/workflows/executions/(?P<execution_id>[^/]+)/stream", _execution_stream
    )
    server.add_route(
        "GET",
        r"/v1/workflows/executions/(?P<execution_id>[^/]+)/logs/stream",
        _execution_logs_stream,
    )
    server.add_route(
        "GET", r"/v1/workflows/deployments/(?P<name>[^/]+)/logs/stream", _deployment_logs_stream
    )
    server.add_route("GET", r"/v1/workflows/events/stream", _global_stream)
