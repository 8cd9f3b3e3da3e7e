"""The fake server over real HTTP, with plain httpx (not the SDK)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pydantic
import pytest

from mistralai.testing import (
    FakeMistralServer,
    RequestContext,
    StreamResponse,
    json_response,
    sse_event,
)
from mistralai.testing._completions import schema_instance, split_pieces

AUTH = {"Authorization": "Bearer test-key"}
CHAT = "/v1/chat/completions"
FIM = "/v1/fim/completions"


def chat_body(text: str = "hello there", **extra: Any) -> dict[str, Any]:
    return {
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": text}],
        **extra,
    }


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake_server.url, headers=AUTH, timeout=10) as c:
        yield c


def sse_data(lines: list[str]) -> list[str]:
    return [line[len("data: ") :] for line in lines if line.startswith("data: ")]


# --------------------------------------------------------------------------- lifecycle


def test_fixtures(fake_server: FakeMistralServer, fake_server_url: str) -> None:
    assert fake_server_url == fake_server.url
    assert fake_server_url.startswith("http://127.0.0.1:")
    assert not fake_server_url.endswith("/")
    assert fake_server.running


def test_context_manager_start_stop() -> None:
    with FakeMistralServer() as srv:
        url = srv.url
        assert httpx.get(f"{url}/v1/models", headers=AUTH).status_code == 200
    assert not srv.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/models", headers=AUTH)
    srv.start()  # restartable
    try:
        assert httpx.get(f"{srv.url}/v1/models", headers=AUTH).status_code == 200
    finally:
        srv.stop()


def test_stop_closes_keep_alive_connections() -> None:
    srv = FakeMistralServer().start()
    with httpx.Client(base_url=srv.url, headers=AUTH) as c:
        assert c.get("/v1/models").status_code == 200
        started = time.perf_counter()
        srv.stop()
        assert time.perf_counter() - started < 2
        with pytest.raises(httpx.TransportError):
            c.get("/v1/models")


# --------------------------------------------------------------------------- JSON endpoints


def test_chat_json(client: httpx.Client, fake_server: FakeMistralServer) -> None:
    r = client.post(CHAT, json=chat_body())
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    data = r.json()
    assert data["object"] == "chat.completion"
    assert data["model"] == "mistral-small-latest"
    assert isinstance(data["id"], str) and data["id"]
    assert isinstance(data["created"], int)
    assert data["choices"] == [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "You said: hello there",
                "tool_calls": None,
                "prefix": False,
            },
            "finish_reason": "stop",
        }
    ]
    usage = data["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert r.headers["mistral-correlation-id"]


def test_chat_echoes_last_user_message_with_content_chunks(client: httpx.Client) -> None:
    body = {
        "model": "m",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "first"},
            {"role": "assistant", "content": "ok"},
            {
                "role": "user",
                "content": [{"type": "text", "text": "second "}, {"type": "text", "text": "part"}],
            },
        ],
    }
    assert (
        client.post(CHAT, json=body).json()["choices"][0]["message"]["content"]
        == "You said: second part"
    )


def test_content_override_header(client: httpx.Client) -> None:
    r = client.post(CHAT, json=chat_body(), headers={"x-fake-content": "Bonjour à tous".encode()})
    assert r.json()["choices"][0]["message"]["content"] == "Bonjour à tous"


def test_fim_json(client: httpx.Client) -> None:
    r = client.post(
        FIM, json={"model": "codestral-latest", "prompt": "def add(a, b):", "suffix": "return x"}
    )
    assert r.status_code == 200
    data = r.json()
    assert data["object"] == "chat.completion"
    assert data["model"] == "codestral-latest"
    assert data["choices"][0]["message"]["content"] == "You said: def add(a, b):"
    assert data["choices"][0]["finish_reason"] == "stop"


def test_models(client: httpx.Client) -> None:
    data = client.get("/v1/models").json()
    assert data["object"] == "list"
    ids = [m["id"] for m in data["data"]]
    assert "mistral-small-latest" in ids
    assert all(m["type"] == "base" and "capabilities" in m for m in data["data"])
    assert (
        client.get("/v1/models/codestral-latest").json()["capabilities"]["completion_fim"] is True
    )
    assert client.get("/v1/models/nope").status_code == 404


def test_structured_output_json_schema(client: httpx.Client) -> None:
    class Author(pydantic.BaseModel):
        name: str
        born: int

    class Book(pydantic.BaseModel):
        title: str
        pages: int
        rating: float
        available: bool
        tags: list[str]
        author: Author
        editor: Author | None = None
        kind: str = "novel"

    rf = {
        "type": "json_schema",
        "json_schema": {"name": "book", "schema": Book.model_json_schema(), "strict": True},
    }
    r = client.post(CHAT, json=chat_body(response_format=rf))
    content = r.json()["choices"][0]["message"]["content"]
    book = Book.model_validate_json(content)
    assert book == Book(
        title="x", pages=1, rating=1, available=True, tags=[], author=Author(name="x", born=1)
    )


def test_schema_instance_rules() -> None:
    assert schema_instance({"type": "string", "format": "date-time"}) == "2024-01-01T00:00:00Z"
    assert schema_instance({"enum": ["a", "b"]}) == "a"
    assert schema_instance({"const": 3}) == 3
    assert schema_instance({"type": ["null", "integer"]}) == 1
    assert schema_instance({"type": "integer", "minimum": 5}) == 5
    assert schema_instance({"type": "integer", "exclusiveMaximum": 0}) == -1
    assert schema_instance({"type": "array", "items": {"type": "boolean"}, "minItems": 2}) == [
        True,
        True,
    ]
    assert (
        schema_instance({"anyOf": [{"type": "null"}, {"type": "string", "minLength": 3}]}) == "xxx"
    )
    assert schema_instance(
        {"allOf": [{"type": "object", "properties": {"a": {"type": "number"}}, "required": ["a"]}]}
    ) == {"a": 1}


def test_tool_call_when_tool_choice_forces_it(client: httpx.Client) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            },
        }
    ]
    r = client.post(CHAT, json=chat_body(tools=tools, tool_choice="any"))
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "x"}
    # auto: a text answer
    r = client.post(CHAT, json=chat_body(tools=tools))
    assert r.json()["choices"][0]["message"]["tool_calls"] is None


def test_requests_are_recorded(client: httpx.Client, fake_server: FakeMistralServer) -> None:
    client.post(f"{CHAT}?trace=1", json=chat_body("hi"), headers={"X-Custom": "yes"})
    client.get("/v1/models")
    client.get("/__fake__/health")  # control traffic is not recorded
    assert len(fake_server.requests) == 2
    first = fake_server.requests[0]
    assert (first.method, first.path, first.query) == ("POST", CHAT, "trace=1")
    assert first.query_params == {"trace": ["1"]}
    assert first.headers["x-custom"] == "yes"
    assert first.header("Authorization") == "Bearer test-key"
    assert first.json()["messages"][0]["content"] == "hi"
    assert fake_server.requests.last.path == "/v1/models"
    assert [r.method for r in fake_server.requests] == ["POST", "GET"]


# --------------------------------------------------------------------------- errors


def test_401_without_auth(fake_server: FakeMistralServer) -> None:
    r = httpx.post(f"{fake_server.url}{CHAT}", json=chat_body())
    assert r.status_code == 401
    assert r.json()["message"] == "Unauthorized"
    r = httpx.post(
        f"{fake_server.url}{CHAT}", json=chat_body(), headers={"Authorization": "Basic abc"}
    )
    assert r.status_code == 401
    r = httpx.post(
        f"{fake_server.url}{CHAT}", json=chat_body(), headers={"Authorization": "Bearer"}
    )
    assert r.status_code == 401


def test_api_key_must_match() -> None:
    with FakeMistralServer(api_key="secret") as srv:
        assert httpx.get(f"{srv.url}/v1/models", headers=AUTH).status_code == 401
        assert (
            httpx.get(
                f"{srv.url}/v1/models", headers={"Authorization": "Bearer secret"}
            ).status_code
            == 200
        )


def test_422_on_bad_body(client: httpx.Client) -> None:
    r = client.post(CHAT, json={"model": "m"})
    assert r.status_code == 422
    assert r.json()["detail"] == [
        {
            "type": "missing",
            "loc": ["body", "messages"],
            "msg": "Field required",
            "input": {"model": "m"},
        }
    ]
    r = client.post(CHAT, json={"messages": "nope"})
    detail = r.json()["detail"]
    assert [(d["loc"], d["type"]) for d in detail] == [
        (["body", "model"], "missing"),
        (["body", "messages"], "list_type"),
    ]
    r = client.post(CHAT, content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["type"] == "json_invalid"
    r = client.post(CHAT, json=[1, 2])
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body"]
    r = client.post(FIM, json={"model": "codestral-latest"})
    assert r.json()["detail"][0]["loc"] == ["body", "prompt"]


def test_404_and_405(client: httpx.Client) -> None:
    r = client.post("/v1/nope", json={})
    assert r.status_code == 404
    assert r.json()["detail"] == "Not Found"
    assert client.delete(CHAT).status_code == 405


def test_bad_control_headers(client: httpx.Client) -> None:
    r = client.post(CHAT, json=chat_body(stream=True), headers={"x-fake-chunks": "zero"})
    assert r.status_code == 400


# --------------------------------------------------------------------------- streaming


def test_stream(client: httpx.Client) -> None:
    with client.stream("POST", CHAT, json=chat_body("one two three", stream=True)) as r:
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/event-stream"
        assert r.headers["transfer-encoding"] == "chunked"
        payloads = sse_data(list(r.iter_lines()))
    assert payloads[-1] == "[DONE]"
    chunks = [json.loads(p) for p in payloads[:-1]]
    assert len(chunks) == 5  # "You", " said:", " one", " two", " three"
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert "".join(c["choices"][0]["delta"]["content"] for c in chunks) == "You said: one two three"
    assert [c["choices"][0]["finish_reason"] for c in chunks] == [None] * 4 + ["stop"]
    assert "usage" not in chunks[0]
    assert chunks[-1]["usage"]["completion_tokens"] == 5


def test_fim_stream(client: httpx.Client) -> None:
    body = {"model": "codestral-latest", "prompt": "x = ", "stream": True}
    with client.stream("POST", FIM, json=body) as r:
        payloads = sse_data(list(r.iter_lines()))
    assert payloads[-1] == "[DONE]"
    text = "".join(json.loads(p)["choices"][0]["delta"]["content"] for p in payloads[:-1])
    assert text == "You said: x = "


def test_stream_is_incremental(client: httpx.Client) -> None:
    headers = {"x-fake-chunks": "6", "x-fake-chunk-delay-ms": "100"}
    started = time.perf_counter()
    arrivals: list[float] = []
    with client.stream("POST", CHAT, json=chat_body(stream=True), headers=headers) as r:
        for line in r.iter_lines():
            if line.startswith("data: "):
                arrivals.append(time.perf_counter() - started)
    end = time.perf_counter() - started
    assert len(arrivals) == 7  # 6 chunks + [DONE]
    assert end >= 0.45
    assert arrivals[0] < end - 0.3, (arrivals, end)
    assert arrivals[1] - arrivals[0] > 0.05


def test_stream_exact_chunk_count_cycles_the_answer(client: httpx.Client) -> None:
    with client.stream(
        "POST", CHAT, json=chat_body("a b", stream=True), headers={"x-fake-chunks": "7"}
    ) as r:
        payloads = sse_data(list(r.iter_lines()))
    chunks = [json.loads(p) for p in payloads[:-1]]
    assert len(chunks) == 7
    text = "".join(c["choices"][0]["delta"]["content"] for c in chunks)
    assert text == "You said: a b You said: a b"[: len(text)]
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    with client.stream(
        "POST", CHAT, json=chat_body(stream=True), headers={"x-fake-chunks": "1"}
    ) as r:
        one = [json.loads(p) for p in sse_data(list(r.iter_lines()))[:-1]]
    assert len(one) == 1
    assert one[0]["choices"][0]["delta"]["role"] == "assistant"
    assert one[0]["choices"][0]["finish_reason"] == "stop"


def test_stream_20000_chunks(client: httpx.Client) -> None:
    count = 0
    done = False
    started = time.perf_counter()
    with client.stream(
        "POST", CHAT, json=chat_body(stream=True), headers={"x-fake-chunks": "20000"}
    ) as r:
        for line in r.iter_lines():
            if line.startswith("data: {"):
                count += 1
            elif line == "data: [DONE]":
                done = True
    elapsed = time.perf_counter() - started
    assert count == 20000
    assert done
    assert elapsed < 10


def test_split_pieces_roundtrip() -> None:
    for text in ["", "  ", "a", " a  b\n c ", "You said: hello"]:
        assert "".join(split_pieces(text)) == text


# --------------------------------------------------------------------------- concurrency


async def test_64_parallel_requests(fake_server: FakeMistralServer) -> None:
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(
        base_url=fake_server.url, headers=AUTH, limits=limits, timeout=30
    ) as c:

        async def one(i: int) -> str:
            r = await c.post(CHAT, json=chat_body(f"n{i}"))
            r.raise_for_status()
            return r.json()["choices"][0]["message"]["content"]

        async def stream(i: int) -> int:
            headers = {"x-fake-chunks": "5", "x-fake-chunk-delay-ms": "50"}
            n = 0
            async with c.stream(
                "POST", CHAT, json=chat_body(f"n{i}", stream=True), headers=headers
            ) as r:
                async for line in r.aiter_lines():
                    n += line.startswith("data: ")
            return n

        results = await asyncio.gather(*(one(i) for i in range(64)))
        assert results == [f"You said: n{i}" for i in range(64)]
        # 64 streams of 5 x 50 ms at once: served one after the other they would take 16 s
        started = time.perf_counter()
        counts = await asyncio.gather(*(stream(i) for i in range(64)))
        assert counts == [6] * 64
        assert time.perf_counter() - started < 10
    assert fake_server.errors == []


# --------------------------------------------------------------------------- extension


def test_add_route_with_state(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    @fake_server.route("POST", "/v1/files")
    def upload(ctx: RequestContext) -> Any:
        with ctx.server.lock:
            files = ctx.server.state.setdefault("files", {})
            file_id = f"file-{len(files)}"
            files[file_id] = ctx.body
        return json_response({"id": file_id, "bytes": len(ctx.body)}, 200)

    @fake_server.route("GET", r"/v1/files/(?P<file_id>[^/]+)/events")
    def events(ctx: RequestContext) -> StreamResponse:
        return StreamResponse(
            iter(
                [sse_event({"id": ctx.params["file_id"]}, event="file.ready"), sse_event("[DONE]")]
            )
        )

    assert client.post("/v1/files", content=b"abc").json() == {"id": "file-0", "bytes": 3}
    with client.stream("GET", "/v1/files/file-0/events") as r:
        lines = list(r.iter_lines())
    assert lines[:2] == ["event: file.ready", 'data: {"id":"file-0"}']
    fake_server.reset()
    assert fake_server.state == {}
    assert len(fake_server.requests) == 0


def test_handler_error_is_a_500(fake_server: FakeMistralServer, client: httpx.Client) -> None:
    def boom(ctx: RequestContext) -> Any:
        raise RuntimeError("boom")

    fake_server.add_route("GET", "/v1/boom", boom)
    r = client.get("/v1/boom")
    assert r.status_code == 500
    assert isinstance(fake_server.errors[0], RuntimeError)
    fake_server.errors.clear()


def test_client_leaving_a_stream_early_is_harmless(
    fake_server: FakeMistralServer, client: httpx.Client
) -> None:
    for delay in ("0", "5"):
        headers = {"x-fake-chunks": "20000", "x-fake-chunk-delay-ms": delay}
        with client.stream("POST", CHAT, json=chat_body(stream=True), headers=headers) as r:
            for i, _line in enumerate(r.iter_lines()):
                if i > 10:
                    break
    assert client.get("/v1/models").status_code == 200
    assert fake_server.errors == []


def test_chunked_request_body_and_connection_close(client: httpx.Client) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"model": "m", '
        yield b'"messages": [{"role": "user", "content": "chunky"}]}'

    r = client.post(CHAT, content=body())
    assert r.json()["choices"][0]["message"]["content"] == "You said: chunky"
    r = client.get("/v1/models", headers={"Connection": "close"})
    assert (r.status_code, r.headers["connection"]) == (200, "close")
    assert client.get("/v1/models").status_code == 200
