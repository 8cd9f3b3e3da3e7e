"""Benchmark: ``mistralai.core.bulk.bulk_async`` against a naive ``asyncio.gather`` of the same
calls, under 429s, both on the fake server.

    uv run --no-sync python tools/bench/bulk.py [--quick]

Two situations, each run by both sides on a fresh server:

- **injected**: the fake server's fault injection answers the first K chat requests with
  ``429`` and ``Retry-After: 0.2`` (``POST /__fake__/faults``);
- **rate limit**: a token bucket in front of the fake server's chat route (R requests/s,
  burst B) answers ``429`` with ``Retry-After`` = the time until the next token, as a real
  rate-limited API does.

The naive side is what users write first: ``asyncio.gather(*(client.chat.complete_async(...)
for ...), return_exceptions=True)`` with the client's default retries. The bulk side is
``bulk_async(client.chat.complete_async, calls)`` with its defaults. Reported per side: total
wall time, 429s the server sent, calls that failed in the end. The server runs in its own
process (this file with ``--serve``) and counts its 429s.

``rows(quick)`` is what ``tools/bench/run.py`` prints in its table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
Row = tuple[str, float | str, float | str, str, str]
RATE = 400.0
BURST = 20
INJECTED = 60


# --------------------------------------------------------------------------- the server side


def serve(rate: float, burst: int) -> None:
    """A fake server whose chat route sits behind a token bucket; prints ``READY url``."""
    from mistralai.testing import FakeMistralServer
    from mistralai.testing.server import RequestContext, Response

    server = FakeMistralServer()
    server.start()
    route, _, _ = server.router.resolve("POST", "/v1/chat/completions")
    assert route is not None
    chat = route.handler
    lock = threading.Lock()
    bucket = {"tokens": float(burst), "at": time.monotonic(), "limited": 0, "on": 0}
    counts = {"throttled": 0}

    def limited_chat(ctx: RequestContext) -> Any:
        if bucket["on"]:
            with lock:
                now = time.monotonic()
                bucket["tokens"] = min(burst, bucket["tokens"] + (now - bucket["at"]) * rate)
                bucket["at"] = now
                if bucket["tokens"] < 1:
                    counts["throttled"] += 1
                    wait = (1 - bucket["tokens"]) / rate
                    return Response(
                        429,
                        b'{"object":"error","message":"rate limited","type":"rate_limited"}',
                        {"Retry-After": f"{wait:.3f}"},
                    )
                bucket["tokens"] -= 1
        return chat(ctx)

    def stats(ctx: RequestContext) -> Response:
        recorded = len(server.requests.filter(method="POST", path="/v1/chat/completions"))
        body = {"throttled": counts["throttled"], "chat_requests": recorded}
        return Response(200, json.dumps(body).encode())

    def configure(ctx: RequestContext) -> Response:
        settings = ctx.json()
        with lock:
            bucket["on"] = int(bool(settings.get("rate_limit")))
            bucket["tokens"], bucket["at"] = float(burst), time.monotonic()
            counts["throttled"] = 0
        server.requests.clear()
        return Response(200, b"{}")

    server.add_route("POST", r"/v1/chat/completions", limited_chat)
    server.add_route("GET", r"/bench/stats", stats, auth=False)
    server.add_route("POST", r"/bench/configure", configure, auth=False)
    print(f"READY {server.url}", flush=True)
    try:
        threading.Event().wait()
    finally:
        server.stop()


def _post(url: str, payload: object) -> Any:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read() or b"null")


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read())


# --------------------------------------------------------------------------- the client side


def _calls(n: int) -> list[dict[str, Any]]:
    return [
        {"model": "mistral-small-latest", "messages": [{"role": "user", "content": f"q{i}"}]}
        for i in range(n)
    ]


async def _naive(url: str, n: int) -> int:
    from mistralai.client import Mistral

    client = Mistral(api_key="bench", server_url=url)
    outcomes = await asyncio.gather(
        *(client.chat.complete_async(**call) for call in _calls(n)), return_exceptions=True
    )
    await client.aclose()
    return sum(1 for o in outcomes if isinstance(o, BaseException))


async def _bulk(url: str, n: int) -> int:
    from mistralai.client import Mistral
    from mistralai.core.bulk import bulk_async

    client = Mistral(api_key="bench", server_url=url)
    results = await bulk_async(client.chat.complete_async, _calls(n), max_concurrency=32)
    await client.aclose()
    return len(results.failed)


def run_side(url: str, side: str, n: int, situation: str) -> dict[str, Any]:
    _post(f"{url}/bench/configure", {"rate_limit": situation == "rate limit"})
    if situation == "injected":
        _post(
            f"{url}/__fake__/faults",
            {
                "kind": "status",
                "status": 429,
                "headers": {"Retry-After": "0.2"},
                "times": INJECTED,
                "path": "/v1/chat/completions",
            },
        )
    started = time.perf_counter()
    failed = asyncio.run((_naive if side == "gather" else _bulk)(url, n))
    elapsed = time.perf_counter() - started
    server = _get(f"{url}/bench/stats")
    throttled = server["throttled"]
    if situation == "injected":  # answered by the fault queue, before the route: every
        # request that did not succeed was a 429
        throttled = max(server["chat_requests"] - (n - failed), 0)
    urllib.request.urlopen(
        urllib.request.Request(f"{url}/__fake__/faults", method="DELETE"), timeout=10
    ).read()
    return {
        "side": side,
        "situation": situation,
        "wall_s": elapsed,
        "429s": throttled,
        "failed": failed,
        "requests": server["chat_requests"],
    }


def measure(n: int) -> list[dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, str(HERE), "--serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        url = line.split()[1]
        return [
            run_side(url, side, n, situation)
            for situation in ("injected", "rate limit")
            for side in ("gather", "bulk")
        ]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def rows(quick: bool) -> list[Row]:
    n = 300 if quick else 1000
    figures = {(f["situation"], f["side"]): f for f in measure(n)}
    out: list[Row] = []
    for situation in ("injected", "rate limit"):
        ours, naive = figures[(situation, "bulk")], figures[(situation, "gather")]
        label = (
            f"{INJECTED} injected 429s"
            if situation == "injected"
            else f"rate limit {RATE:.0f}/s burst {BURST}"
        )
        out.append(
            (
                f"bulk vs gather, {n} chats, {label}: wall s",
                round(ours["wall_s"], 2),
                round(naive["wall_s"], 2),
                f"{ours['wall_s'] / naive['wall_s']:.2f}x",
                "info",
            )
        )
        out.append(
            (
                f"bulk vs gather, {n} chats, {label}: 429s / failed calls",
                f"{ours['429s']} / {ours['failed']}",
                f"{naive['429s']} / {naive['failed']}",
                "",
                "bulk: 0 failed",
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(RATE, BURST)
        return
    print(f"{'metric':<72} {'bulk':>10} {'gather':>10}  ratio    target")
    for metric, ours, base, ratio, target in rows(args.quick):
        print(f"{metric:<72} {ours!s:>10} {base!s:>10}  {ratio:<8} {target}")


if __name__ == "__main__":
    main()
