"""``client.<resource>.with_raw_response.<method>(...)``: status, headers, rate limits, request
id and a lazily parsed result, sync, async and streaming, against the fake server over HTTP."""

from __future__ import annotations

import asyncio
import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mistralai.api.chat.models import ChatCompletionResponse, CompletionEvent
from mistralai.client import Mistral
from mistralai.core.errors import NotFoundError, RateLimitError
from mistralai.core.raw import AsyncRawResponse, RateLimits, RawResource, RawResponse
from mistralai.core.retries import BackoffStrategy, RetryConfig
from mistralai.core.runtime import BaseClient, EventStream, EventStreamAsync, Resource
from mistralai.testing import FakeMistralServer

MESSAGES: list[Any] = [{"role": "user", "content": "hi"}]
LIMITS = {
    "x-ratelimit-limit-tokens-minute": "5000000",
    "x-ratelimit-remaining-tokens-minute": "4999911",
    "x-ratelimit-tokens-query-cost": "52",
    "x-ratelimit-limit-req-minute": "720",
    "x-ratelimit-remaining-req-minute": "717",
    "x-ratelimit-limit-req-month": "1000000",
    "x-ratelimit-remaining-req-month": "999000",
}
FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 2.0, 10_000), True, max_retries=2)


@pytest.fixture
def server() -> Iterator[FakeMistralServer]:
    srv = FakeMistralServer().start()
    srv.response_headers.update(LIMITS)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def client(server: FakeMistralServer) -> Iterator[Mistral]:
    with Mistral(api_key="sk-raw", server_url=server.url) as c:
        yield c


def _check_limits(limits: RateLimits) -> None:
    assert limits.limit_tokens_minute == 5_000_000
    assert limits.remaining_tokens_minute == 4_999_911
    assert limits.tokens_query_cost == 52
    assert limits.limit_requests_minute == 720
    assert limits.remaining_requests_minute == 717
    assert limits.limit_requests_month == 1_000_000
    assert limits.remaining_requests_month == 999_000
    assert limits.limit_tokens_month is None  # not sent


def test_sync_complete(client: Mistral, server: FakeMistralServer) -> None:
    raw = client.chat.with_raw_response.complete(model="m", messages=MESSAGES)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.headers["x-ratelimit-remaining-req-minute"] == "717"
    assert raw.request_id is not None and raw.request_id.startswith("fake-")
    assert raw.method == "POST" and raw.url.path == "/v1/chat/completions"
    _check_limits(raw.rate_limits)
    first = raw.parse()
    assert isinstance(first, ChatCompletionResponse)
    assert raw.parse() is first  # cached
    assert len(server.requests) == 1  # one request, whatever parse() does


def test_parse_is_lazy(client: Mistral, monkeypatch: pytest.MonkeyPatch) -> None:
    from mistralai.core import _client

    calls: list[str] = []
    original = _client.parse_response

    def counting(op: Any, *args: Any) -> Any:
        calls.append(op.operation_id)
        return original(op, *args)

    monkeypatch.setattr(_client, "parse_response", counting)
    raw = client.chat.with_raw_response.complete(model="m", messages=MESSAGES)
    assert calls == []  # nothing parsed until asked
    raw.parse()
    raw.parse()
    assert len(calls) == 1


def test_async_complete(client: Mistral) -> None:
    async def main() -> None:
        raw = await client.chat.with_raw_response.complete_async(model="m", messages=MESSAGES)
        assert isinstance(raw, AsyncRawResponse)
        assert raw.status_code == 200
        _check_limits(raw.rate_limits)
        assert raw.request_id is not None
        first = await raw.parse()
        assert isinstance(first, ChatCompletionResponse)
        assert await raw.parse() is first
        await client.aclose()

    asyncio.run(main())


def test_sync_stream_headers_before_events(client: Mistral) -> None:
    raw = client.chat.with_raw_response.stream(model="m", messages=MESSAGES)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("text/event-stream")
    assert not raw.http_response.is_stream_consumed  # nothing read yet
    _check_limits(raw.rate_limits)
    stream = raw.parse()
    assert isinstance(stream, EventStream)
    assert raw.parse() is stream
    with stream:
        events = list(stream)
    assert events and all(isinstance(e, CompletionEvent) for e in events)


def test_sync_stream_closed_unread(client: Mistral) -> None:
    with client.chat.with_raw_response.stream(model="m", messages=MESSAGES) as raw:
        assert raw.request_id is not None
    assert raw.http_response.is_closed
    # the connection went back to the pool: the client still works
    assert client.chat.complete(model="m", messages=MESSAGES).choices


def test_async_stream(client: Mistral) -> None:
    async def main() -> None:
        raw = await client.chat.with_raw_response.stream_async(model="m", messages=MESSAGES)
        assert raw.status_code == 200
        assert not raw.http_response.is_stream_consumed
        stream = await raw.parse()
        assert isinstance(stream, EventStreamAsync)
        count = 0
        async with stream:
            async for _ in stream:
                count += 1
        assert count > 0
        raw2 = await client.chat.with_raw_response.stream_async(model="m", messages=MESSAGES)
        await raw2.aclose()
        assert raw2.http_response.is_closed
        await client.aclose()

    asyncio.run(main())


def test_error_carries_request_id(client: Mistral, server: FakeMistralServer) -> None:
    server.inject(404, {"x-request-id": "req-404"}, path="/v1/models/nope")
    with pytest.raises(NotFoundError) as info:
        client.models.with_raw_response.retrieve(model_id="nope")
    assert info.value.request_id == "req-404"
    assert "req-404" in str(info.value)
    # the normal method raises the same error, with the correlation id the API sends
    server.inject(404, path="/v1/models/nope")
    with pytest.raises(NotFoundError) as normal:
        client.models.retrieve(model_id="nope")
    assert normal.value.request_id is not None and normal.value.request_id.startswith("fake-")


def test_rate_limit_error_headers(client: Mistral, server: FakeMistralServer) -> None:
    server.inject(429, {"retry-after": "7"}, path="/v1/chat/completions")
    with pytest.raises(RateLimitError) as info:
        client.chat.with_raw_response.complete(
            model="m", messages=MESSAGES, retries=RetryConfig("none")
        )
    error = info.value
    assert error.request_id is not None
    limits = RateLimits.from_headers(error.headers)
    assert limits.retry_after == 7.0
    assert limits.remaining_requests_minute == 717


def test_async_error(client: Mistral, server: FakeMistralServer) -> None:
    server.inject(404, {"x-request-id": "req-a"}, path="/v1/models/gone")

    async def main() -> None:
        with pytest.raises(NotFoundError) as info:
            await client.models.with_raw_response.retrieve_async(model_id="gone")
        assert info.value.request_id == "req-a"
        await client.aclose()

    asyncio.run(main())


def test_raw_goes_through_retries(client: Mistral, server: FakeMistralServer) -> None:
    server.inject(503, path="/v1/chat/completions")
    raw = client.chat.with_raw_response.complete(model="m", messages=MESSAGES, retries=FAST)
    assert raw.status_code == 200
    assert len(server.requests) == 2


def test_paged_list(client: Mistral) -> None:
    for name in ("a.jsonl", "b.jsonl", "c.jsonl"):
        client.files.upload(file={"file_name": name, "content": b"{}\n"}, purpose="fine-tune")
    raw = client.files.with_raw_response.list(page_size=2)
    assert raw.status_code == 200
    page = raw.parse()
    assert len(page.data) == 2
    expected = [f.filename for f in client.files.list(page_size=2)]
    assert sorted(expected) == ["a.jsonl", "b.jsonl", "c.jsonl"]
    assert [f.filename for f in page] == expected  # the next page is fetched and parsed


def test_list_page(client: Mistral) -> None:
    client.beta.agents.create(model="m", name="one")
    raw = client.beta.agents.with_raw_response.list()
    listed = raw.parse()
    assert [a.name for a in listed] == ["one"]
    assert len(listed) == 1


def test_hand_written_helpers(client: Mistral) -> None:
    import pydantic

    class Answer(pydantic.BaseModel):
        text: str

    raw = client.chat.with_raw_response.parse(
        Answer, model="m", messages=MESSAGES, http_headers={"x-fake-content": '{"text": "ok"}'}
    )
    assert raw.status_code == 200
    message = raw.parse().choices[0].message
    assert message is not None
    assert message.parsed == Answer(text="ok")
    up = client.files.with_raw_response.upload(file=b"{}\n", purpose="fine-tune")
    assert up.status_code == 200 and up.parse().id


def test_normal_path_untouched(client: Mistral, monkeypatch: pytest.MonkeyPatch) -> None:
    """The normal methods build no raw response and run on the plain client."""

    def boom(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a raw response was built on the normal path")

    monkeypatch.setattr(RawResponse, "__init__", boom)
    monkeypatch.setattr(AsyncRawResponse, "__init__", boom)
    assert type(client.chat._client) is BaseClient  # pyright: ignore[reportPrivateUsage]
    res = client.chat.complete(model="m", messages=MESSAGES)
    assert isinstance(res, ChatCompletionResponse)
    with client.chat.stream(model="m", messages=MESSAGES) as stream:
        assert list(stream)
    assert list(client.files.list()) == []


def test_raw_resource_outlives_client(server: FakeMistralServer) -> None:
    raw_chat = Mistral(api_key="k", server_url=server.url).chat.with_raw_response
    raw = raw_chat.complete(model="m", messages=MESSAGES)
    assert raw.parse().choices


PACKAGES = (
    "admin",
    "agents",
    "audio",
    "chat",
    "connectors",
    "files",
    "fine_tuning",
    "observability",
    "workflows",
)


@pytest.mark.parametrize("pkg", PACKAGES)
def test_every_resource_has_a_raw_twin(pkg: str) -> None:
    module = importlib.import_module(f"mistralai.api.{pkg}._generated.resources")
    resources = [
        c
        for c in vars(module).values()
        if inspect.isclass(c) and issubclass(c, Resource) and c.__module__ == module.__name__
    ]
    assert resources
    for cls in resources:
        methods = {
            n for n, v in vars(cls).items() if inspect.isfunction(v) and not n.startswith("_")
        }
        if not methods:
            continue  # a namespace of namespaces (``beta``)
        facade = getattr(module, f"{cls.__name__}WithRawResponse")
        assert issubclass(facade, RawResource)
        assert isinstance(vars(cls)["with_raw_response"], property)
        assert methods <= set(vars(facade)), (cls, methods - set(vars(facade)))


def test_rate_limits_parsing() -> None:
    assert RateLimits.from_headers({}) == RateLimits()
    legacy = RateLimits.from_headers(
        {"x-ratelimitbysize-limit-minute": "10", "x-ratelimitbysize-remaining-minute": " 9 "}
    )
    assert legacy.limit_tokens_minute == 10 and legacy.remaining_tokens_minute == 9
    bad = RateLimits.from_headers({"x-ratelimit-limit-req-minute": "lots"})
    assert bad.limit_requests_minute is None
