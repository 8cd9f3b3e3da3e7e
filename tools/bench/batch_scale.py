"""Benchmark: peak memory of ``client.batch.run`` for 10k vs 1M requests (``--quick``: 10k vs
100k), both against the fake server.

    uv run --no-sync python tools/bench/batch_scale.py [--quick] [--sizes 10000,1000000]

The fake server runs in its own process (``FakeServerProcess``); each size runs in a fresh SDK
process (this file with ``--worker``) that feeds ``batch.run`` a generator, iterates every
result (parsed into ``ChatCompletionResponse``) and reports its own peak RSS
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``), so one size's heap never counts in another's.
The figure is flat when the large run's peak is close to the small run's.

``rows(quick)`` is what ``tools/bench/run.py`` prints in its table.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
FLAT_TARGET = 1.25
"""Largest accepted ratio of peak RSS (large run / small run) for "flat"."""
Row = tuple[str, float | str, float | str, str, str]


def worker(url: str, count: int, poll_interval: float) -> dict[str, Any]:
    """One run in this process: the SDK side only."""
    from mistralai.api.fine_tuning.batch import BatchProgress
    from mistralai.client import Mistral

    client = Mistral(api_key="bench", server_url=url)

    def requests() -> Any:
        for i in range(count):
            yield {"messages": [{"role": "user", "content": f"question {i}"}]}

    phases: dict[str, float] = {}
    started = time.perf_counter()

    def on_progress(progress: BatchProgress) -> None:
        phases.setdefault(progress.phase, time.perf_counter() - started)

    ok = 0
    with client.batch.run(
        requests(),
        model="mistral-small-latest",
        polling_interval=poll_interval,
        on_progress=on_progress,
        cleanup=True,
    ) as results:
        jobs = len(results.jobs)
        first_read = time.perf_counter() - started
        for number, result in enumerate(results):
            if result.ok and result.index == number:
                ok += 1
    elapsed = time.perf_counter() - started
    client.close()
    return {
        "count": count,
        "ok": ok,
        "jobs": jobs,
        "elapsed_s": elapsed,
        "results_ready_s": first_read,
        "phases_s": phases,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB on Linux
    }


def measure(sizes: list[int], poll_interval: float = 0.5) -> list[dict[str, Any]]:
    from mistralai.testing import FakeServerProcess

    out: list[dict[str, Any]] = []
    with FakeServerProcess(timeout=30) as server:
        for count in sizes:
            done = subprocess.run(
                [sys.executable, str(HERE), "--worker", server.url, str(count), str(poll_interval)],
                capture_output=True,
                text=True,
                check=False,
                timeout=1800,
            )
            if done.returncode != 0:
                raise RuntimeError(f"worker for {count} failed: {done.stderr[-2000:]}")
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            if figures["ok"] != count:
                raise RuntimeError(f"{count} requests but {figures['ok']} good results in order")
            out.append(figures)
            server.reset()  # forget the recorded uploads before the next size
    return out


def rows(quick: bool) -> list[Row]:
    sizes = [10_000, 100_000] if quick else [10_000, 1_000_000]
    small, large = measure(sizes)
    ratio = large["max_rss_mb"] / small["max_rss_mb"]
    verdict = "ok" if ratio <= FLAT_TARGET else "NOT FLAT"
    return [
        (
            f"batch.run peak RSS MB: {large['count']:,} vs {small['count']:,} requests",
            round(large["max_rss_mb"], 1),
            round(small["max_rss_mb"], 1),
            f"{ratio:.2f}x {verdict}",
            f"flat: <= {FLAT_TARGET}x",
        ),
        (
            f"batch.run wall s: {large['count']:,} vs {small['count']:,} requests "
            f"({large['jobs']} vs {small['jobs']} jobs)",
            round(large["elapsed_s"], 1),
            round(small["elapsed_s"], 1),
            f"{large['elapsed_s'] / small['elapsed_s']:.1f}x",
            "info (fake server)",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k vs 100k instead of 10k vs 1M")
    parser.add_argument("--sizes", help="comma-separated request counts (overrides --quick)")
    parser.add_argument(
        "--worker", nargs=3, metavar=("URL", "COUNT", "POLL"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.worker:
        url, count, poll = args.worker
        print(json.dumps(worker(url, int(count), float(poll))))
        return
    if args.sizes:
        figures = measure([int(s) for s in args.sizes.split(",")])
        for f in figures:
            print(json.dumps(f))
        return
    for metric, ours, base, ratio, target in rows(args.quick):
        print(f"{metric:<70} {ours!s:>10} {base!s:>10}  {ratio:<16} {target}")


if __name__ == "__main__":
    main()
