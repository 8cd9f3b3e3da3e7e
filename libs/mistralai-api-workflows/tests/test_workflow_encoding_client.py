"""``configure_workflow_encoding`` on a real client against the fake server (real HTTP/SSE):
inputs leave encoded, results and event payloads come back decoded, only on that client.

A route added to the fake server plays a worker that shares the key: it keeps the encoded input
and answers it as the (still encoded) result, so what the client gets back must be decoded by
the client. What went over the wire is read back from the server's request log and decoded by
an independent reference decoder (AES-GCM + zstd/msgpack from the documented format).
"""

from __future__ import annotations

import base64
import json
import re
import time
from typing import Any

import msgpack
import pytest
import zstandard
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mistralai.api.workflows._fake_routes import sse_event_with_id
from mistralai.client import Mistral
from mistralai.extra.workflows import (
    ConnectorAuthTaskState,
    ConnectorSlot,
    PayloadCompressionConfig,
    PayloadEncryptionConfig,
    WorkflowEncodingConfig,
    configure_workflow_encoding,
    execute_with_connector_auth_async,
)
from mistralai.extra.workflows.encoding.helpers import configure_workflow_encoding_sync
from mistralai.testing import FakeMistralServer, RequestContext, StreamResponse, json_response

KEY = "11" * 32
SECRET = {"account": "ada", "note": "top secret " * 40}
CONFIG = WorkflowEncodingConfig(
    payload_encryption=PayloadEncryptionConfig(mode="full", main_key=KEY),  # pyright: ignore[reportArgumentType]
    payload_compression=PayloadCompressionConfig(min_size_bytes=64),
)


def _reference_decode(wire: dict[str, Any]) -> Any:
    data = base64.b64decode(wire["b64payload"])
    for option in reversed(wire["encoding_options"]):
        if option == "encrypted":
            data = AESGCM(bytes.fromhex(KEY)).decrypt(data[:12], data[12:], None)
        elif option == "compressed":
            data = zstandard.ZstdDecompressor().decompress(msgpack.unpackb(data)["payload"])
        else:
            raise AssertionError(option)
    return json.loads(data)


def _execution(execution_id: str, status: str, result: Any) -> dict[str, Any]:
    return {
        "workflow_name": "vault",
        "workflow_id": "wf-vault",
        "deployment_name": "default",
        "execution_id": execution_id,
        "parent_execution_id": None,
        "root_execution_id": execution_id,
        "run_id": "run-1",
        "user_id": "fake-user",
        "status": status,
        "start_time": "2026-01-01T00:00:00Z",
        "end_time": None if status == "RUNNING" else "2026-01-01T00:00:01Z",
        "result": result,
    }


def _event(
    event_type: str, execution_id: str, seq: int, attributes: dict[str, Any]
) -> dict[str, Any]:
    return {
        "event_id": f"evt-{seq}",
        "event_timestamp": time.time_ns(),
        "root_workflow_exec_id": execution_id,
        "parent_workflow_exec_id": None,
        "continued_run_id": None,
        "first_execution_run_id": "run-1",
        "schedule_id": None,
        "workflow_exec_id": execution_id,
        "workflow_run_id": "run-1",
        "workflow_name": "vault",
        "event_type": event_type,
        "attributes": attributes,
    }


def _sse(execution_id: str, seq: int, event: dict[str, Any]) -> bytes:
    payload = {
        "stream": "events",
        "timestamp": "2026-01-01T00:00:00Z",
        "data": event,
        "workflow_context": {
            "namespace": "fake-namespace",
            "workflow_name": "vault",
            "workflow_exec_id": execution_id,
        },
        "metadata": {},
        "broker_sequence": seq,
    }
    return sse_event_with_id(payload, event_id=str(seq))


@pytest.fixture
def vault(fake_server: FakeMistralServer) -> dict[str, Any]:
    """A 'vault' workflow whose worker answers the encoded input as the encoded result."""
    store: dict[str, Any] = {}

    def execute(ctx: RequestContext) -> Any:
        body = ctx.json()
        store[body["execution_id"]] = body.get("encoded_input")
        return json_response(
            _execution(body["execution_id"], "COMPLETED", body.get("encoded_input"))
        )

    def get(ctx: RequestContext) -> Any:
        execution_id = ctx.params["execution_id"]
        return json_response(_execution(execution_id, "COMPLETED", store[execution_id]))

    fake_server.add_route("POST", r"/v1/workflows/vault/execute", execute)
    fake_server.add_route("GET", r"/v1/workflows/executions/(?P<execution_id>vault-[^/]+)", get)
    return store


def _posted(server: FakeMistralServer, path: str) -> dict[str, Any]:
    return [r for r in server.requests.snapshot() if r.path == path][-1].json()


async def test_async_execute_encodes_the_input_and_decodes_the_result(
    fake_server: FakeMistralServer, vault: dict[str, Any]
) -> None:
    async with Mistral(api_key="k", server_url=fake_server.url) as client:
        await configure_workflow_encoding(CONFIG, client=client)  # namespace from whoami
        assert any(
            r.path == "/v1/workflows/workers/whoami" for r in fake_server.requests.snapshot()
        )
        started = await client.workflows.execute_workflow_async(
            workflow_identifier="vault", input=SECRET, execution_id="vault-1"
        )
        assert started.result == SECRET
        got = await client.workflows.executions.get_workflow_execution_async(execution_id="vault-1")
        assert got.result == SECRET
    wire = _posted(fake_server, "/v1/workflows/vault/execute")
    assert wire["input"] is None and wire["execution_id"] == "vault-1"
    assert wire["encoded_input"]["encoding_options"] == ["compressed", "encrypted"]
    assert "top secret" not in json.dumps(wire)
    assert _reference_decode(wire["encoded_input"]) == SECRET


def test_sync_execute_generates_the_execution_id_like_2x(
    fake_server: FakeMistralServer, vault: dict[str, Any]
) -> None:
    fake_server.add_route(
        "GET",
        r"/v1/workflows/executions/(?P<execution_id>[0-9a-f]{64})",
        lambda ctx: json_response(
            _execution(ctx.params["execution_id"], "COMPLETED", vault[ctx.params["execution_id"]])
        ),
    )
    with Mistral(api_key="k", server_url=fake_server.url) as client:
        configure_workflow_encoding_sync(CONFIG, client=client, namespace="given")
        started = client.workflows.execute_workflow(workflow_identifier="vault", input=SECRET)
        assert started.result == SECRET
        assert re.fullmatch(r"[0-9a-f]{64}", started.execution_id)
        # the first half is seeded by the workflow name, as 2.x does
        from mistralai.extra.workflows import generate_two_part_id

        assert started.execution_id[:32] == generate_two_part_id("vault", "x")[:32]
        assert (
            client.workflows.executions.get_workflow_execution(
                execution_id=started.execution_id
            ).result
            == SECRET
        )
    assert not any(r.path.endswith("/whoami") for r in fake_server.requests.snapshot())


def test_other_clients_are_untouched(fake_server: FakeMistralServer) -> None:
    with (
        Mistral(api_key="k", server_url=fake_server.url) as plain,
        Mistral(api_key="k", server_url=fake_server.url) as encoded,
    ):
        configure_workflow_encoding_sync(CONFIG, client=encoded, namespace="ns")
        plain.workflows.execute_workflow(
            workflow_identifier="echo", input={"n": 1}, execution_id="p1"
        )
        assert _posted(fake_server, "/v1/workflows/echo/execute")["input"] == {"n": 1}
        encoded.workflows.execute_workflow(
            workflow_identifier="echo", input={"n": 2}, execution_id="e1"
        )
        body = _posted(fake_server, "/v1/workflows/echo/execute")
        assert body["input"] is None and body["encoded_input"]["encoding_options"] == ["encrypted"]
        # operations outside the workflow set are not touched (no input to encode here)
        assert plain.workflows.executions.get_workflow_execution(execution_id="p1").status


def _encrypted_event_payload(value: Any) -> dict[str, Any]:
    import asyncio

    from mistralai.extra.workflows.encoding import PayloadEncoder

    data, options = asyncio.run(
        PayloadEncoder(CONFIG).encode_event_payload_content(json.dumps(value))
    )
    return {
        "type": "json",
        "value": base64.b64encode(data).decode(),
        "encoding_options": [o.value for o in options],
    }


def test_event_list_and_stream_payloads_are_decoded(fake_server: FakeMistralServer) -> None:
    payload = _encrypted_event_payload({"progress": 0.5, "secret": "s"})
    event = _event(
        "CUSTOM_TASK_STARTED",
        "x1",
        1,
        {"custom_task_id": "t1", "custom_task_type": "step", "payload": payload},
    )
    fake_server.add_route(
        "GET",
        r"/v1/workflows/events/list",
        lambda ctx: json_response({"events": [event], "next_cursor": None}),
    )
    fake_server.add_route(
        "GET",
        r"/v1/workflows/events/stream",
        lambda ctx: StreamResponse(iter([_sse("x1", 1, event)])),
    )
    with Mistral(api_key="k", server_url=fake_server.url) as client:
        configure_workflow_encoding_sync(CONFIG, client=client, namespace="ns")
        page = client.workflows.events.get_workflow_events(root_workflow_exec_id="x1")
        listed = page.events[0].attributes.payload
        assert listed.value == {"progress": 0.5, "secret": "s"} and listed.encoding_options == []
        with client.workflows.events.get_stream_events(root_workflow_exec_id="x1") as stream:
            streamed = [e.data.data.attributes.payload for e in stream]
        assert [p.value for p in streamed] == [{"progress": 0.5, "secret": "s"}]


# --------------------------------------------------------------------------- connector auth


async def test_execute_with_connector_auth(fake_server: FakeMistralServer) -> None:
    polls = {"n": 0}

    def execute(ctx: RequestContext) -> Any:
        body = ctx.json()
        assert body["extensions"] == {
            "mistralai": {
                "connectors": {
                    "bindings": [
                        {"connector_name": "gmail"},
                        {"connector_name": "notion", "credentials_name": "work"},
                    ]
                }
            }
        }
        return json_response(_execution("auth-1", "RUNNING", None))

    auth = {
        "type": "json",
        "value": {
            "connector_name": "gmail",
            "connector_id": "c-1",
            "auth_url": "https://auth.example/x",
        },
    }
    events = [
        _event(
            "CUSTOM_TASK_STARTED",
            "auth-1",
            1,
            {
                "custom_task_id": "t",
                "custom_task_type": "other",
                "payload": {"type": "json", "value": {}},
            },
        ),
        _event(
            "CUSTOM_TASK_STARTED",
            "auth-1",
            2,
            {"custom_task_id": "t", "custom_task_type": "connector_auth", "payload": auth},
        ),
        _event(
            "WORKFLOW_EXECUTION_COMPLETED",
            "auth-1",
            3,
            {"task_id": "t", "result": {"type": "json", "value": 1}},
        ),
    ]
    starts: list[str | None] = []

    def stream(ctx: RequestContext) -> Any:
        start = int(ctx.query_params.get("start_seq", ["0"])[0])
        starts.append(str(start))
        chosen = [e for seq, e in enumerate(events, 1) if seq >= start]
        # the first connection is cut after two events: the helper reconnects from seq 3
        if len(starts) == 1:
            chosen = chosen[:2]
        return StreamResponse(iter([_sse("auth-1", int(e["event_id"][4:]), e) for e in chosen]))

    def get(ctx: RequestContext) -> Any:
        polls["n"] += 1
        status = "RUNNING" if polls["n"] < 2 else "COMPLETED"
        return json_response(
            _execution("auth-1", status, {"done": True} if status == "COMPLETED" else None)
        )

    fake_server.add_route("POST", r"/v1/workflows/mailer/execute", execute)
    fake_server.add_route("GET", r"/v1/workflows/events/stream", stream)
    fake_server.add_route("GET", r"/v1/workflows/executions/auth-1", get)
    seen: list[ConnectorAuthTaskState] = []

    async def on_auth(state: ConnectorAuthTaskState) -> None:
        seen.append(state)

    async with Mistral(api_key="k", server_url=fake_server.url) as client:
        result = await execute_with_connector_auth_async(
            client,
            "mailer",
            {"q": 1},
            on_auth_required=on_auth,
            connectors=[
                ConnectorSlot(connector_name="gmail"),
                ConnectorSlot(connector_name="notion", credentials_name="work"),
            ],
            polling_interval=0,
            max_polling_attempts=5,
        )
    assert result.result == {"done": True}
    assert [(s.connector_name, s.auth_url) for s in seen] == [("gmail", "https://auth.example/x")]
    assert starts[:2] == ["0", "3"]  # reconnected after the last broker sequence seen
    assert polls["n"] == 2


async def test_connector_auth_raises_on_failure_and_timeout(fake_server: FakeMistralServer) -> None:
    status = {"value": "FAILED"}
    done = _event(
        "WORKFLOW_EXECUTION_FAILED", "bad-1", 1, {"task_id": "t", "failure": {"message": "x"}}
    )
    fake_server.add_route(
        "POST",
        r"/v1/workflows/bad/execute",
        lambda ctx: json_response(_execution("bad-1", "RUNNING", None)),
    )
    fake_server.add_route(
        "GET",
        r"/v1/workflows/events/stream",
        lambda ctx: StreamResponse(iter([_sse("bad-1", 1, done)])),
    )
    fake_server.add_route(
        "GET",
        r"/v1/workflows/executions/bad-1",
        lambda ctx: json_response(_execution("bad-1", status["value"], None)),
    )
    async with Mistral(api_key="k", server_url=fake_server.url) as client:
        with pytest.raises(RuntimeError, match="FAILED"):
            await execute_with_connector_auth_async(client, "bad", polling_interval=0)
        status["value"] = "RUNNING"
        with pytest.raises(TimeoutError, match="2 polling attempts"):
            await execute_with_connector_auth_async(
                client, "bad", polling_interval=0, max_polling_attempts=2
            )


def test_a_configured_client_is_released_without_the_garbage_collector(
    fake_server: FakeMistralServer,
) -> None:
    import gc
    import weakref

    gc.collect()
    gc.disable()  # only reference counting: the wrappers must make no cycle
    try:
        client = Mistral(api_key="k", server_url=fake_server.url)
        configure_workflow_encoding_sync(CONFIG, client=client, namespace="ns")
        client.workflows.execute_workflow(workflow_identifier="echo", input={"n": 1})
        outer, engine = weakref.ref(client), weakref.ref(client.workflows._client)
        del client
        assert outer() is None
        assert engine() is None
    finally:
        gc.enable()


async def test_signal_and_query_inputs_are_encoded_and_query_results_decoded(
    fake_server: FakeMistralServer,
) -> None:
    def signal(ctx: RequestContext) -> Any:
        return json_response({"message": "Signal accepted"})

    def query(ctx: RequestContext) -> Any:  # answers the encoded input as the encoded result
        body = ctx.json()
        return json_response({"query_name": body["name"], "result": body["input"]})

    fake_server.add_route("POST", r"/v1/workflows/executions/q-1/signals", signal)
    fake_server.add_route("POST", r"/v1/workflows/executions/q-1/queries", query)
    async with Mistral(api_key="k", server_url=fake_server.url) as client:
        await configure_workflow_encoding(CONFIG, client=client, namespace="ns")
        await client.workflows.executions.signal_workflow_execution_async(
            execution_id="q-1", name="go", input=SECRET
        )
        answer = await client.workflows.executions.query_workflow_execution_async(
            execution_id="q-1", name="state", input=SECRET
        )
    assert answer.result == SECRET
    for path in ("/v1/workflows/executions/q-1/signals", "/v1/workflows/executions/q-1/queries"):
        sent = _posted(fake_server, path)["input"]
        assert sent["encoding_options"] == ["compressed", "encrypted"]
        assert _reference_decode(sent) == SECRET
