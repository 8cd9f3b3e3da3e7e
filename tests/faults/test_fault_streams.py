"""Streams under faults: dropped streams, stalls, cuts, odd SSE framing (docs/reliability.md)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator

import httpx
import pytest
from _fault_support import MESSAGES, WATCHDOG_S, within, within_async

from mistralai.client import Mistral, errors
from mistralai.testing import FakeMistralServer

MakeClient = Callable[..., Mistral]


@pytest.fixture
def no_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_a_thousand_abandoned_streams_complete(make_client: MakeClient, no_gc: None) -> None:
    client = make_client()

    def run() -> int:
        done = 0
        for _ in range(1000):
            for _event in client.chat.stream(
                model="m", messages=MESSAGES, http_headers={"x-fake-chunks": "20"}
            ):
                break
            done += 1
        return done

    assert within(WATCHDOG_S * 2, run) == 1000


def test_dropped_stream_frees_the_only_connection_of_a_users_client(
    server: FakeMistralServer, no_gc: None
) -> None:
    user = httpx.Client(limits=httpx.Limits(max_connections=1), timeout=10)
    client = Mistral(api_key="k", server_url=server.url, client=user)

    def run() -> str:
        stream = client.chat.stream(model="m", messages=MESSAGES)
        next(iter(stream))
        del stream  # dropped mid-stream, no close()
        client.chat.stream(model="m", messages=MESSAGES)  # never iterated, dropped at once
        return client.chat.complete(model="m", messages=MESSAGES).id

    assert within(WATCHDOG_S, run)
    user.close()


async def test_abandoned_async_streams_complete(server: FakeMistralServer, no_gc: None) -> None:
    user = httpx.AsyncClient(limits=httpx.Limits(max_connections=1), timeout=10)
    client = Mistral(api_key="k", server_url=server.url, async_client=user)

    async def run() -> int:
        done = 0
        for _ in range(100):
            stream = await client.chat.stream_async(
                model="m", messages=MESSAGES, http_headers={"x-fake-chunks": "20"}
            )
            async for _event in stream:
                break
            del stream
            done += 1
        await client.chat.stream_async(model="m", messages=MESSAGES)  # never iterated
        await client.chat.complete_async(model="m", messages=MESSAGES)
        return done

    assert await within_async(WATCHDOG_S, run()) == 100
    await user.aclose()


def test_stall_after_headers_is_a_stream_timeout(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject_stall(30, after_chunks=0)
    client = make_client(retry_config=None)

    def run() -> BaseException:
        with pytest.raises(errors.StreamTimeoutError) as info:
            for _event in client.chat.stream(model="m", messages=MESSAGES, timeout_ms=500):
                pass
        return info.value

    error = within(WATCHDOG_S, run)
    assert isinstance(error, errors.StreamError)
    assert isinstance(error, errors.APITimeoutError)


def test_pings_do_not_keep_a_stalled_stream_alive(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject_stall(30, after_chunks=2, ping_interval=0.1)
    client = make_client(retry_config=None)
    received: list[object] = []

    def run() -> None:
        with pytest.raises(errors.StreamTimeoutError):
            for event in client.chat.stream(
                model="m", messages=MESSAGES, timeout_ms=800, http_headers={"x-fake-chunks": "9"}
            ):
                received.append(event)

    within(WATCHDOG_S, run)
    assert len(received) == 2


async def test_async_stream_stall(server: FakeMistralServer, make_client: MakeClient) -> None:
    server.inject_stall(30, after_chunks=1, ping_interval=0.1)
    client = make_client(retry_config=None)

    async def run() -> None:
        with pytest.raises(errors.StreamTimeoutError):
            async for _event in await client.chat.stream_async(
                model="m", messages=MESSAGES, timeout_ms=800
            ):
                pass

    await within_async(WATCHDOG_S, run())


@pytest.mark.parametrize("reset", [False, True])
def test_stream_cut_or_reset_mid_stream(
    server: FakeMistralServer, make_client: MakeClient, reset: bool
) -> None:
    server.inject_stream_cut(after_chunks=2, reset=reset)
    client = make_client()
    received: list[object] = []
    with pytest.raises(errors.StreamInterruptedError):
        for event in client.chat.stream(
            model="m", messages=MESSAGES, http_headers={"x-fake-chunks": "9"}
        ):
            received.append(event)
    assert len(received) == 2


def _chunk(i: int) -> bytes:
    return (
        b'data: {"id":"c%d","object":"chat.completion.chunk","created":1,"model":"m",'
        b'"choices":[{"index":0,"delta":{"content":"x"},"finish_reason":null}]}\n\n' % i
    )


def test_event_without_data_and_split_bom(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject_sse(
        [
            b"\xef",
            b"\xbb",
            b"\xbf" + _chunk(0),
            b"event: ping\n\n",
            b": c\n\n",
            _chunk(1),
            b"data: [DONE]\n\n",
        ]
    )
    client = make_client()
    ids = [e.data.id for e in client.chat.stream(model="m", messages=MESSAGES)]
    assert ids == ["c0", "c1"]


def test_long_line_in_many_chunks(server: FakeMistralServer, make_client: MakeClient) -> None:
    content = "y" * (6 * 1024 * 1024)
    event = (
        b'data: {"id":"big","object":"chat.completion.chunk","created":1,"model":"m",'
        b'"choices":[{"index":0,"delta":{"content":"' + content.encode() + b'"},'
        b'"finish_reason":null}]}\n\n'
    )
    pieces = [event[i : i + 65536] for i in range(0, len(event), 65536)]
    server.inject_sse([*pieces, b"data: [DONE]\n\n"])
    client = make_client()

    def run() -> list[int]:
        return [
            len(e.data.choices[0].delta.content or "")  # pyright: ignore[reportArgumentType]
            for e in client.chat.stream(model="m", messages=MESSAGES)
        ]

    assert within(WATCHDOG_S, run) == [len(content)]


def test_max_event_bytes(server: FakeMistralServer, make_client: MakeClient) -> None:
    server.inject_sse([b"data: " + b"z" * 100_000, b"\n\n", b"data: [DONE]\n\n"])
    client = make_client(max_event_bytes=10_000)
    with pytest.raises(errors.EventTooLargeError):
        list(client.chat.stream(model="m", messages=MESSAGES))
    assert client.chat.complete(model="m", messages=MESSAGES).id  # the client still works


async def test_second_asyncio_run_is_fine(server: FakeMistralServer) -> None:
    client = Mistral(api_key="k", server_url=server.url)

    def in_a_new_loop() -> str:
        async def call() -> str:
            return (await client.chat.complete_async(model="m", messages=MESSAGES)).id

        return asyncio.run(call())

    # two asyncio.run() in a row, each with its own loop, on one client
    loop = asyncio.get_running_loop()
    first = await loop.run_in_executor(None, in_a_new_loop)
    second = await loop.run_in_executor(None, in_a_new_loop)
    assert first and second
    await client.aclose()


def test_user_async_client_on_a_closed_loop_is_a_typed_error(server: FakeMistralServer) -> None:
    holder: list[httpx.AsyncClient] = []

    async def first() -> None:
        user = httpx.AsyncClient()
        holder.append(user)
        client = Mistral(api_key="k", server_url=server.url, async_client=user)
        await client.chat.complete_async(model="m", messages=MESSAGES)

    asyncio.run(first())

    async def second() -> None:
        client = Mistral(api_key="k", server_url=server.url, async_client=holder[0])
        with pytest.raises(errors.ConfigurationError, match="event loop that is closed"):
            await client.chat.complete_async(model="m", messages=MESSAGES)

    asyncio.run(second())
