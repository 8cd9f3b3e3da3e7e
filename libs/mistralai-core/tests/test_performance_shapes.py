"""The shapes behind the performance work (issue "Performance, round 2"): behaviour only, no
timing. A client dropped without ``close()`` closes the sockets it opened as soon as it is
unreachable (with the garbage collector off), never a caller's client; a stream outlives the
client expression that opened it; the pool keeps at most 20 idle connections; the entry-point
scan finds what importlib.metadata finds and sees packages installed at run time.

Sockets are counted on the client side, from ``/proc/self/fd`` and ``/proc/self/net/tcp*``:
the TCP sockets of this process whose remote port is the fake server's.
"""

from __future__ import annotations

import ast
import asyncio
import gc
import os
import subprocess
import sys
import textwrap
import weakref
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistralai.client import Mistral
from mistralai.core.plugins import (
    ATTACH_GROUP,
    DOMAINS_GROUP,
    PROVIDERS_GROUP,
    Registry,
    scan_entry_points,
)
from mistralai.testing import FakeMistralServer

MESSAGES = [{"role": "user", "content": "hi"}]


def client_sockets(port: int) -> int:
    """Open TCP sockets of this process connected to ``port``."""
    inodes: set[str] = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed while listing
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    count = 0
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                remote_port = int(fields[2].rsplit(":", 1)[1], 16)
                if remote_port == port and fields[9] in inodes:
                    count += 1
    return count


@pytest.fixture
def server() -> Iterator[tuple[str, int]]:
    with FakeMistralServer() as srv:
        url = srv.url.rstrip("/")
        yield url, int(url.rsplit(":", 1)[1])


@pytest.fixture
def no_gc() -> Iterator[None]:
    """The collector off: only reference counting may free (and finalize) the client."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def complete(client: Mistral) -> None:
    answer = client.chat.complete(model="m", messages=MESSAGES)
    assert answer.choices[0].message.content == "You said: hi"


@pytest.mark.usefixtures("no_gc")
def test_dropped_clients_close_their_sockets_without_gc(server: tuple[str, int]) -> None:
    url, port = server
    clients = [Mistral(api_key="k", server_url=url) for _ in range(5)]
    for client in clients:
        complete(client)
    assert client_sockets(port) == 5
    refs = [weakref.ref(c) for c in clients]
    del client, clients
    assert [r() for r in refs] == [None] * 5  # freed by reference counting alone
    assert client_sockets(port) == 0


@pytest.mark.usefixtures("no_gc")
def test_resources_are_cached_without_a_cycle(server: tuple[str, int]) -> None:
    url, port = server
    client = Mistral(api_key="k", server_url=url)
    assert client.chat is client.chat
    complete(client)
    ref = weakref.ref(client)
    del client
    assert ref() is None
    assert client_sockets(port) == 0


@pytest.mark.usefixtures("no_gc")
def test_a_held_resource_keeps_the_client_open(server: tuple[str, int]) -> None:
    url, port = server
    chat = Mistral(api_key="k", server_url=url).chat  # the client itself is dropped at once
    chat.complete(model="m", messages=MESSAGES)
    chat.complete(model="m", messages=MESSAGES)  # the same pooled connection
    assert client_sockets(port) == 1
    del chat
    assert client_sockets(port) == 0


@pytest.mark.usefixtures("no_gc")
def test_a_stream_outlives_the_client_expression(server: tuple[str, int]) -> None:
    url, port = server
    stream = Mistral(api_key="k", server_url=url).chat.stream(model="m", messages=MESSAGES)
    assert client_sockets(port) == 1
    events = list(stream)
    assert len(events) >= 2 and events[0].data.choices[0].delta.content is not None
    del stream, events
    assert client_sockets(port) == 0


@pytest.mark.usefixtures("no_gc")
def test_a_callers_client_is_never_closed(server: tuple[str, int]) -> None:
    url, port = server
    mine = httpx.Client()
    client = Mistral(api_key="k", server_url=url, client=mine)
    complete(client)
    del client
    assert not mine.is_closed
    assert client_sockets(port) == 1  # still pooled in the caller's client
    response = mine.post(
        url + "/v1/chat/completions",
        json={"model": "m", "messages": MESSAGES},
        headers={"authorization": "Bearer k"},
    )
    assert response.status_code == 200
    mine.close()
    assert client_sockets(port) == 0


@pytest.mark.usefixtures("no_gc")
def test_dropped_async_clients_close_their_sockets(server: tuple[str, int]) -> None:
    url, port = server

    async def main() -> Mistral:
        client = Mistral(api_key="k", server_url=url)
        await client.chat.complete_async(model="m", messages=MESSAGES)
        assert client_sockets(port) == 1
        del client  # dropped while its loop runs: closed on that loop, at its next turns
        for _ in range(20):
            if client_sockets(port) == 0:
                break
            await asyncio.sleep(0)
        assert client_sockets(port) == 0
        kept = Mistral(api_key="k", server_url=url)
        await kept.chat.complete_async(model="m", messages=MESSAGES)
        return kept

    kept = asyncio.run(main())
    assert client_sockets(port) == 1  # its loop is gone, the client is still referenced
    del kept  # dropped after its loop closed: its sockets are closed directly
    assert client_sockets(port) == 0


def test_the_async_pool_keeps_at_most_64_idle_connections(server: tuple[str, int]) -> None:
    url, port = server

    async def main() -> tuple[int, int, list[int]]:
        async with Mistral(api_key="k", server_url=url) as client:
            for _ in range(5):  # one at a time: one connection, reused
                await client.chat.complete_async(model="m", messages=MESSAGES)
            one = client_sockets(port)
            await asyncio.gather(
                *(client.chat.complete_async(model="m", messages=MESSAGES) for _ in range(90))
            )
            transport: Any = client._async_client()._transport  # pyright: ignore[reportPrivateUsage]
            return one, client_sockets(port), list(transport._busy)

    # 90 concurrent calls may open up to 90 connections; once they are idle, 64 stay open,
    # and no request is left counted in any pool
    one, idle, busy = asyncio.run(main())
    assert one == 1
    assert 8 <= idle <= 64
    assert busy == [0] * 8
    assert client_sockets(port) == 0


def test_the_scan_finds_what_importlib_metadata_finds() -> None:
    expected = sorted(
        (group, ep.name, ep.value, ep.dist.name if ep.dist is not None else ep.name)
        for group in (DOMAINS_GROUP, PROVIDERS_GROUP, ATTACH_GROUP)
        for ep in entry_points(group=group)
    )
    rows = scan_entry_points()
    assert sorted(rows) == expected
    assert any(row[1] == "mistral" and row[0] == PROVIDERS_GROUP for row in rows)
    assert any(row[1] == "chat" and row[0] == ATTACH_GROUP for row in rows)
    assert scan_entry_points() is rows  # cached while nothing on sys.path changes


def _install_plugin(root: Path, module_source: str) -> None:
    """A distribution as an installer leaves it: a module and its ``.dist-info``."""
    (root / "perf_shape_plugin.py").write_text(textwrap.dedent(module_source))
    info = root / "perf_shape_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: perf-shape-plugin\n\n")
    (info / "entry_points.txt").write_text(
        f"[{DOMAINS_GROUP}]\nperf = perf_shape_plugin\n\n[console_scripts]\nx = y:z\n"
    )


def test_a_package_installed_at_run_time_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    before = scan_entry_points()
    assert not any(row[3] == "perf-shape-plugin" for row in before)
    _install_plugin(
        tmp_path,
        """
        from mistralai.core.plugins import DomainSpec, hookimpl

        @hookimpl
        def mistralai_domains():
            return [DomainSpec("perf_widgets", "builtins:dict", "perf-shape-plugin",
                               api_version=1)]
        """,
    )
    monkeypatch.delitem(sys.modules, "perf_shape_plugin", raising=False)
    rows = scan_entry_points()
    assert (DOMAINS_GROUP, "perf", "perf_shape_plugin", "perf-shape-plugin") in rows
    registry = Registry()
    registry.load_entry_points()
    spec = registry.domain("perf_widgets")
    assert spec is not None and spec.distribution == "perf-shape-plugin"


@pytest.mark.usefixtures("no_gc")
def test_a_broken_plugin_keeps_no_frames_alive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    _install_plugin(tmp_path, "raise RuntimeError('broken on purpose')\n")
    monkeypatch.delitem(sys.modules, "perf_shape_plugin", raising=False)
    registry = Registry()

    class Holder:  # stands for the first Mistral(...): a frame above the scan holds it
        pass

    def load(holder: Any) -> None:
        registry.load_entry_points()

    holder = Holder()
    ref = weakref.ref(holder)
    load(holder)
    error = registry.broken["perf-shape-plugin"]
    assert "broken on purpose" in str(error)
    assert error.__traceback__ is None
    del holder
    assert ref() is None


def test_own_client_requests_match_what_httpx_builds(server: tuple[str, int]) -> None:
    """The direct request building used for the SDK's own clients (no client-side URL parse,
    no header merge) gives what ``client.build_request`` gives, byte for byte."""
    url, _ = server
    sent: list[httpx.Request] = []

    def hook(request: httpx.Request) -> None:
        sent.append(request)

    with Mistral(api_key="k", server_url=url) as client:
        complete(client)
        client.chat.complete(
            model="m", messages=MESSAGES, http_headers={"User-Agent": "mine", "X-A": "1"},
            timeout_ms=5_000,
        )  # fmt: skip
        own = client._sync_client()  # pyright: ignore[reportPrivateUsage]
        own.event_hooks["request"] = [hook]
        complete(client)
        client.chat.complete(
            model="m", messages=MESSAGES, http_headers={"User-Agent": "mine", "X-A": "1"},
            timeout_ms=5_000,
        )  # fmt: skip
        plain = httpx.Client(timeout=own.timeout)
        for request in sent:
            expected = plain.build_request(
                request.method,
                str(request.url),
                headers={
                    k: v
                    for k, v in request.headers.items()
                    if k.lower() not in ("host", "content-length")
                },
                content=request.content,
                timeout=httpx.Timeout(**request.extensions["timeout"]),
            )
            assert request.url == expected.url
            assert sorted((k.lower(), v) for k, v in request.headers.multi_items()) == sorted(
                (k.lower(), v) for k, v in expected.headers.multi_items()
            )
            assert request.extensions["timeout"] == expected.extensions["timeout"]
        assert sent[1].headers["user-agent"] == "mine" and sent[1].headers["x-a"] == "1"
        assert sent[1].headers.get_list("user-agent") == ["mine"]  # replaced, not added
        assert sent[0].headers["accept-encoding"]  # httpx's default kept
        plain.close()


def test_sharded_pool_spreads_requests_and_counts_each_out_once(server: tuple[str, int]) -> None:
    """Requests in flight go to the least busy pool; a request leaves its pool's count when its
    body is closed (read whole, cut short, or never sent), and only once."""
    from mistralai.core._pool import SHARDS, ShardedAsyncTransport
    from mistralai.core._tls import tls_context

    url, _ = server
    body = {"model": "m", "messages": MESSAGES, "stream": True}

    async def main() -> None:
        transport = ShardedAsyncTransport(tls_context())
        async with httpx.AsyncClient(
            transport=transport, headers={"authorization": "Bearer k"}
        ) as http:
            held = [
                await http.send(
                    http.build_request("POST", f"{url}/v1/chat/completions", json=body),
                    stream=True,
                )
                for _ in range(2 * SHARDS)
            ]
            assert transport._busy == [2] * SHARDS  # pyright: ignore[reportPrivateUsage]
            for response in held:
                await response.aclose()
                await response.aclose()  # a second close counts nothing
            assert transport._busy == [0] * SHARDS  # pyright: ignore[reportPrivateUsage]
            with pytest.raises(httpx.ConnectError):
                await http.get("http://127.0.0.1:1/")  # nothing listens there
            assert transport._busy == [0] * SHARDS  # pyright: ignore[reportPrivateUsage]
            answer = await http.post(f"{url}/v1/chat/completions", json={**body, "stream": False})
            assert answer.json()["choices"][0]["message"]["content"] == "You said: hi"
            assert transport._busy == [0] * SHARDS  # pyright: ignore[reportPrivateUsage]

    asyncio.run(main())


def test_the_first_call_builds_only_what_its_answer_needs() -> None:
    """A first ``chat.complete`` imports neither the upload nor the pagination support, nor
    any module defining a model of the stream's events or of the request (the request is
    checked by its prebuilt wire schema): each class costs a cold start about 0.3 ms. Nor
    pydantic's ``TypeAdapter``: a model answer is read with the model's own validator."""
    code = textwrap.dedent(
        """
        import sys, httpx
        from mistralai.client import Mistral
        answer = {"id": "1", "object": "chat.completion", "model": "m", "created": 1,
                  "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                  "total_tokens": 2}}
        transport = httpx.MockTransport(lambda r: httpx.Response(200, json=answer))
        client = Mistral(api_key="k", client=httpx.Client(transport=transport))
        client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
        defining = {name: sorted(n for n, m in list(sys.modules.items())
                                 if n.startswith("mistralai.") and "_models." in n
                                 and name in vars(m) and vars(m)[name].__module__ == n)
                    for name in ("ChatCompletionResponse", "CompletionEvent", "ToolChoice")}
        core = sorted(n for n in sys.modules if n in
                      ("mistralai.core._files", "mistralai.core._pagination",
                       "pydantic.type_adapter"))
        print(repr((defining, core)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    defining, core = ast.literal_eval(done.stdout.strip())
    assert len(defining["ChatCompletionResponse"]) == 1  # the answer's module: built
    assert defining["CompletionEvent"] == []
    assert defining["ToolChoice"] == []
    assert core == []
