"""One side of the benchmark, run in its own process by ``run.py``.

    python tools/bench/workloads.py --side ours|raw|official --url http://127.0.0.1:PORT [...]

Runs, against the given server, the same work on one side: sequential calls, one long
stream, concurrent async calls; then reads its own RSS. Prints one line
``RESULT {json}`` on stdout. Only the standard library, httpx and pydantic (and the SDK
under test) are imported, so the script also runs in a throwaway venv holding the official
SDK.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

MODEL = "mistral-small-latest"
API_KEY = "bench"
EXPECTED = "You said: hi"
CHUNKS_HEADER = "x-fake-chunks"
CHAT_PATH = "/v1/chat/completions"
# The raw side is what a user writes instead of the SDK: httpx with its defaults (pool limits,
# timeouts), one client per process. It used to get the SDK's pool limits, which hid what
# those limits cost (see README.md, "Pool limits").


class Side(Protocol):
    def call(self) -> Any: ...
    async def call_async(self) -> Any: ...
    def stream(self, chunks: int) -> int: ...
    def close(self) -> None: ...
    async def aclose(self) -> None: ...


def messages() -> list[dict[str, str]]:
    return [{"role": "user", "content": "hi"}]


class SdkSide:
    """Ours (workspace venv) or the official SDK (its own venv): the same public API."""

    def __init__(self, url: str) -> None:
        from mistralai.client import Mistral

        self.client = Mistral(api_key=API_KEY, server_url=url)

    def call(self) -> Any:
        response = self.client.chat.complete(model=MODEL, messages=messages())
        return response.choices[0].message.content

    async def call_async(self) -> Any:
        response = await self.client.chat.complete_async(model=MODEL, messages=messages())
        return response.choices[0].message.content

    def stream(self, chunks: int) -> int:
        count = 0
        with self.client.chat.stream(
            model=MODEL, messages=messages(), http_headers={CHUNKS_HEADER: str(chunks)}
        ) as events:
            for event in events:
                _ = event.data.choices[0].delta.content
                count += 1
        return count

    def close(self) -> None:
        self.client.__exit__(None, None, None)

    async def aclose(self) -> None:
        await self.client.__aexit__(None, None, None)


class RawSide:
    """The same work by hand: httpx + a hand-written pydantic model."""

    def __init__(self, url: str) -> None:
        import httpx
        from rawmodels import ChatCompletionResponse, CompletionChunk

        self.httpx = httpx
        self.response_model = ChatCompletionResponse
        self.chunk_model = CompletionChunk
        self.url = url.rstrip("/") + CHAT_PATH
        self.headers = {"authorization": f"Bearer {API_KEY}", "accept": "application/json"}
        self.http = httpx.Client()
        self.ahttp: Any = None

    def call(self) -> Any:
        r = self.http.post(
            self.url,
            json={"model": MODEL, "stream": False, "messages": messages()},
            headers=self.headers,
        )
        r.raise_for_status()
        return self.response_model.model_validate_json(r.content).choices[0].message.content

    async def call_async(self) -> Any:
        if self.ahttp is None:
            self.ahttp = self.httpx.AsyncClient()
        r = await self.ahttp.post(
            self.url,
            json={"model": MODEL, "stream": False, "messages": messages()},
            headers=self.headers,
        )
        r.raise_for_status()
        return self.response_model.model_validate_json(r.content).choices[0].message.content

    def stream(self, chunks: int) -> int:
        count = 0
        validate = self.chunk_model.model_validate_json
        headers = {**self.headers, "accept": "text/event-stream", CHUNKS_HEADER: str(chunks)}
        body = {"model": MODEL, "stream": True, "messages": messages()}
        with self.http.stream("POST", self.url, json=body, headers=headers) as r:
            r.raise_for_status()
            for line in r.iter_lines():
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                _ = validate(data).choices[0].delta.content
                count += 1
        return count

    def close(self) -> None:
        self.http.close()

    async def aclose(self) -> None:
        if self.ahttp is not None:
            await self.ahttp.aclose()
            self.ahttp = None


def make_side(name: str, url: str) -> Side:
    return RawSide(url) if name == "raw" else SdkSide(url)


# --------------------------------------------------------------------------- measurements


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, client CPU seconds, wall seconds) of ``fn()``, after a full collection."""
    gc.collect()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    result = fn()
    return result, time.process_time() - cpu0, time.perf_counter() - wall0


def loop_calls(call: Callable[[], Any], n: int) -> None:
    for _ in range(n):
        call()


def first_call(side: Side) -> None:
    answer = side.call()
    if answer != EXPECTED:
        raise SystemExit(f"unexpected answer {answer!r}")


def bench_calls(side: Side, n: int, warmup: int) -> dict[str, float]:
    loop_calls(side.call, warmup)
    _, cpu, wall = timed(lambda: loop_calls(side.call, n))
    return {"n": n, "cpu_us": cpu / n * 1e6, "wall_us": wall / n * 1e6}


def bench_stream(side: Side, chunks: int, warmup_chunks: int, repeats: int) -> dict[str, Any]:
    """``repeats`` streams of ``chunks`` events each; the best one counts (a stream lasts well
    under a second, so one scheduling hiccup of a busy machine would otherwise dominate)."""
    got = side.stream(warmup_chunks)
    if got != warmup_chunks:
        raise SystemExit(f"warm-up stream: {got} events, expected {warmup_chunks}")
    cpus: list[float] = []
    walls: list[float] = []
    for _ in range(repeats):
        got, cpu, wall = timed(lambda: side.stream(chunks))
        if got != chunks:
            raise SystemExit(f"stream: {got} events, expected {chunks}")
        cpus.append(cpu)
        walls.append(wall)
    return {
        "n": chunks,
        "repeats": repeats,
        "chunks_per_s": chunks / min(walls),
        "cpu_us_per_chunk": min(cpus) / chunks * 1e6,
        "wall_s": walls,
        "cpu_s": cpus,
    }


async def run_concurrent(call: Callable[[], Awaitable[Any]], n: int, concurrency: int) -> None:
    """``n`` calls by ``concurrency`` workers sharing a counter (no task per request)."""
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def timed_async(
    call: Callable[[], Awaitable[Any]], n: int, concurrency: int
) -> dict[str, float]:
    gc.collect()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    await run_concurrent(call, n, concurrency)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {"n": n, "req_per_s": n / wall, "cpu_us": cpu / n * 1e6}


async def bench_async(
    side: Side, n: int, concurrency: int, first: int, warmup: int
) -> dict[str, Any]:
    """Two phases at ``concurrency``, after ``warmup`` requests (one per worker, which also
    opens the connections): the first ``first`` requests (the first bursts, where a pool that
    keeps many idle connections pays most), then ``n`` more (steady state)."""
    answer = await side.call_async()
    if answer != EXPECTED:
        raise SystemExit(f"unexpected async answer {answer!r}")
    await run_concurrent(side.call_async, warmup, concurrency)
    first_phase = await timed_async(side.call_async, first, concurrency)
    steady = await timed_async(side.call_async, n, concurrency)
    return {
        "concurrency": concurrency,
        "first_req_per_s": first_phase["req_per_s"],
        "first_cpu_us": first_phase["cpu_us"],
        "first_n": first,
        "req_per_s": steady["req_per_s"],
        "cpu_us": steady["cpu_us"],
        "n": n,
    }


def memory() -> dict[str, float]:
    """Current and peak resident set size, MiB (``/proc``; ``getrusage`` as a fallback)."""
    out: dict[str, float] = {}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out["rss_mib" if key == "VmRSS" else "peak_mib"] = int(value.split()[0]) / 1024
    except OSError:
        pass
    if "peak_mib" not in out:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        out["peak_mib"] = peak / 1024
        out.setdefault("rss_mib", peak / 1024)
    return out


def versions() -> dict[str, str]:
    from importlib import metadata

    out = {"python": sys.version.split()[0]}
    for dist in ("httpx", "pydantic", "pydantic-core", "mistralai", "mistralai-core"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--side", choices=("ours", "raw", "official"), required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--chunks", type=int, default=20000)
    parser.add_argument("--warmup-chunks", type=int, default=500)
    parser.add_argument("--stream-repeats", type=int, default=3)
    parser.add_argument("--async-requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--async-first", type=int, default=500)
    parser.add_argument("--async-warmup", type=int, default=64)
    parser.add_argument("--only", default="call,stream,async", help="comma-separated subset")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))

    result: dict[str, Any] = {"side": args.side}
    side = make_side(args.side, args.url)
    # One call first (the answer is checked): both sides then hold their transport, an open
    # connection and the built response validators (the SDK creates its transport lazily).
    first_call(side)
    result["memory_first_call"] = memory()
    if "call" in only:
        result["call"] = bench_calls(side, args.calls, args.warmup)
    if "stream" in only:
        result["stream"] = bench_stream(side, args.chunks, args.warmup_chunks, args.stream_repeats)
    if "async" in only:

        async def run_async() -> dict[str, float]:
            try:
                return await bench_async(
                    side,
                    args.async_requests,
                    args.concurrency,
                    args.async_first,
                    args.async_warmup,
                )
            finally:
                await side.aclose()

        result["async"] = asyncio.run(run_async())
    result["memory"] = memory()
    side.close()
    result["versions"] = versions()
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
