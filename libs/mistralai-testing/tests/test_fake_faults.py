"""Injected faults, through the Python API and the HTTP control endpoints."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mistralai.testing import FakeMistralServer

AUTH = {"Authorization": "Bearer test-key"}
CHAT = "/v1/chat/completions"


def chat_body(**extra: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": "hello"}], **extra}


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake_server.url, headers=AUTH, timeout=10) as c:
        yield c


def test_429_with_retry_after(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    fake_server.inject(status=429, headers={"Retry-After": "0"})
    r = client.post(CHAT, json=chat_body())
    assert r.status_code == 429
    assert r.headers["retry-after"] == "0"
    body = r.json()
    assert body["object"] == "error" and body["code"] == "429"
    # one shot: the next request is served normally, on the same connection
    assert client.post(CHAT, json=chat_body()).status_code == 200
    assert len(fake_server.faults) == 0
    assert len(fake_server.requests) == 2


def test_inject_times_path_method_and_body(
    fake_server: FakeMistralServer, client: httpx.Client
) -> None:
    fake_server.inject(
        status=503, body={"message": "down"}, times=2, path=r"/v1/chat/.*", method="POST"
    )
    assert client.get("/v1/models").status_code == 200  # path does not match
    assert client.post(CHAT, json=chat_body()).json() == {"message": "down"}
    assert client.post(CHAT, json=chat_body()).status_code == 503
    assert client.post(CHAT, json=chat_body()).status_code == 200
    fake_server.inject(status=500, body="plain text", times=None)
    for _ in range(3):
        r = client.get("/v1/models")
        assert (r.status_code, r.text) == (500, "plain text")
        assert r.headers["content-type"].startswith("text/plain")
    fake_server.clear_faults()
    assert client.get("/v1/models").status_code == 200


def test_faults_apply_in_order(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    fake_server.inject(status=500)
    fake_server.inject(status=502)
    assert [client.get("/v1/models").status_code for _ in range(3)] == [500, 502, 200]


def test_stream_cut(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    fake_server.inject_stream_cut(after_chunks=3)
    received: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"),
        client.stream(
            "POST", CHAT, json=chat_body(stream=True), headers={"x-fake-chunks": "10"}
        ) as r,
    ):
        assert r.status_code == 200
        for line in r.iter_lines():
            if line.startswith("data: "):
                received.append(line)
    assert len(received) == 3
    assert "data: [DONE]" not in received
    # the next stream is whole (on a new connection)
    with client.stream("POST", CHAT, json=chat_body(stream=True)) as r:
        assert list(r.iter_lines())[-2:] == ["data: [DONE]", ""]


def test_stream_cut_is_not_taken_by_json_requests(
    fake_server: FakeMistralServer, client: httpx.Client
) -> None:
    fake_server.inject_stream_cut(after_chunks=0)
    assert client.post(CHAT, json=chat_body()).status_code == 200
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", CHAT, json=chat_body(stream=True)) as r,
    ):
        r.read()


def test_disconnect(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    fake_server.inject_disconnect()
    with pytest.raises(httpx.RemoteProtocolError, match="without sending"):
        client.post(CHAT, json=chat_body())
    assert len(fake_server.requests) == 1  # the request was read (and recorded) first
    assert client.post(CHAT, json=chat_body()).status_code == 200


def test_disconnect_with_reset(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    fake_server.inject_disconnect(reset=True)
    with pytest.raises(httpx.TransportError):
        client.post(CHAT, json=chat_body())
    assert client.post(CHAT, json=chat_body()).status_code == 200


def test_delay_makes_client_time_out(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    fake_server.inject_delay(0.5)
    with pytest.raises(httpx.ReadTimeout):
        client.post(CHAT, json=chat_body(), timeout=0.1)
    r = client.post(CHAT, json=chat_body())
    assert r.status_code == 200


def test_status_fault_with_delay(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    fake_server.inject(status=500, delay=0.2)
    r = client.get("/v1/models")
    assert r.status_code == 500
    assert r.elapsed.total_seconds() >= 0.2


def test_control_endpoints(fake_server: FakeMistralServer) -> None:
    with (
        httpx.Client(base_url=fake_server.url, timeout=10) as ctl,
        httpx.Client(base_url=fake_server.url, headers=AUTH, timeout=10) as api,
    ):
        assert ctl.get("/__fake__/health").json() == {"status": "ok"}
        r = ctl.post(
            "/__fake__/faults",
            json={"kind": "status", "status": 429, "headers": {"Retry-After": "1"}, "times": 1},
        )
        assert r.status_code == 201
        assert r.json()["faults"][0]["status"] == 429
        assert len(ctl.get("/__fake__/faults").json()["faults"]) == 1
        r = api.post(CHAT, json=chat_body())
        assert (r.status_code, r.headers["retry-after"]) == (429, "1")

        ctl.post(
            "/__fake__/faults",
            json=[{"kind": "stream_cut", "after_chunks": 1}, {"kind": "delay", "seconds": 0.01}],
        )
        with (
            pytest.raises(httpx.RemoteProtocolError),
            api.stream("POST", CHAT, json=chat_body(stream=True)) as s,
        ):
            s.read()

        ctl.post("/__fake__/faults", json={"kind": "disconnect"})
        with pytest.raises(httpx.RemoteProtocolError):
            api.get("/v1/models")

        requests = ctl.get("/__fake__/requests").json()["requests"]
        assert [r["path"] for r in requests] == [CHAT, CHAT, "/v1/models"]
        assert json.loads(requests[0]["body"])["model"] == "m"
        assert requests[0]["headers"]["authorization"] == "Bearer test-key"

        assert ctl.post("/__fake__/faults", json={"kind": "nope"}).status_code == 400
        ctl.post("/__fake__/faults", json={"status": 500, "times": None})
        assert ctl.post("/__fake__/reset").status_code == 200
        assert ctl.get("/__fake__/requests").json() == {"requests": []}
        assert api.get("/v1/models").status_code == 200
