"""One client shared by many threads and tasks (docs/reliability.md, thread and async safety)."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from _fault_support import MESSAGES, WATCHDOG_S, within, within_async

from mistralai.client import Mistral
from mistralai.core import _http
from mistralai.testing import FakeMistralServer

MakeClient = Callable[..., Mistral]


async def test_200_concurrent_async_calls_with_5_percent_503(
    server: FakeMistralServer, make_client: MakeClient
) -> None:
    server.inject(503, times=10)  # 5% of 200
    client = make_client()

    async def run() -> list[str]:
        calls = [client.chat.complete_async(model="m", messages=MESSAGES) for _ in range(200)]
        return [r.id for r in await asyncio.gather(*calls)]

    ids = await within_async(WATCHDOG_S, run())
    assert len(ids) == 200
    assert len(server.requests) == 210
    await client.aclose()


def test_32_threads_50_calls_one_client(
    server: FakeMistralServer, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[object] = []
    real = _http.new_client

    def counting(timeout_s: float | None):  # type: ignore[no-untyped-def]
        time.sleep(0.01)  # widen the window a racy lazy creation would fall into
        client = real(timeout_s)
        created.append(client)
        return client

    monkeypatch.setattr(_http, "new_client", counting)
    client = make_client()
    start = threading.Barrier(32)

    def worker() -> int:
        start.wait()
        return sum(1 for _ in range(50) if client.models.list().data is not None)

    def run() -> list[int]:
        with ThreadPoolExecutor(32) as pool:
            futures = [pool.submit(worker) for _ in range(32)]
            return [f.result() for f in futures]

    assert within(WATCHDOG_S * 2, run) == [50] * 32
    assert len(created) == 1  # one transport, however many threads made the first call


def _open_server_connections(server: FakeMistralServer) -> int:
    httpd = server._httpd  # pyright: ignore[reportPrivateUsage]
    assert httpd is not None
    with httpd._conns_lock:  # pyright: ignore[reportPrivateUsage]
        return len(httpd._conns)  # pyright: ignore[reportPrivateUsage]


def _wait_closed(server: FakeMistralServer) -> int:
    for _ in range(200):
        if _open_server_connections(server) == 0:
            return 0
        time.sleep(0.025)
    return _open_server_connections(server)


def test_close_leaves_no_socket_open_without_gc(server: FakeMistralServer) -> None:
    gc.collect()
    gc.disable()
    try:
        client = Mistral(api_key="k", server_url=server.url)

        def worker() -> None:
            for _ in range(5):
                client.models.list()

        threads = [threading.Thread(target=worker) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(WATCHDOG_S)
        stream = client.chat.stream(model="m", messages=MESSAGES)  # left open on purpose
        next(iter(stream))
        assert _open_server_connections(server) > 0
        client.close()
        assert _wait_closed(server) == 0
        del stream
    finally:
        gc.enable()


def test_async_client_closed_after_asyncio_run_leaves_no_socket(server: FakeMistralServer) -> None:
    gc.collect()
    gc.disable()
    try:
        client = Mistral(api_key="k", server_url=server.url)

        async def calls() -> None:
            await asyncio.gather(
                *(client.chat.complete_async(model="m", messages=MESSAGES) for _ in range(8))
            )

        asyncio.run(calls())
        asyncio.run(calls())  # a second loop: the first loop's transport is released
        client.close()  # sync close(): releases transports whose loop is gone
        assert _wait_closed(server) == 0
    finally:
        gc.enable()
