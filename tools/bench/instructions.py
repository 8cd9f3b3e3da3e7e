"""Instructions per call and per stream event, ours and raw, counted by valgrind (callgrind).

    uv run python tools/bench/instructions.py [--calls 300] [--events 10000] [--async-calls 1000]
                                              [--side ours raw]

CPU and wall time on a shared 2-core machine move by 10% and more between runs; the number of
instructions a worker executes does not. Each side runs in a fresh interpreter under
``valgrind --tool=callgrind``, against the fake server (its own process, not counted), twice:
the warm-up alone, then the warm-up plus N calls (one stream of N events, N async calls at
concurrency 64); the difference divided by N is the cost of one unit. Instructions are not
time (cache misses, syscalls and allocations weigh differently), but an A/B change that
removes instructions on the hot path shows up here whatever the load. The async figure is the
exception: how many connections httpcore's pool closes and reopens varies from run to run
(README, "Pool limits"), and it moved by 20% between identical runs; read it over several.
A run takes a few minutes (valgrind is ~50x slower).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

from run import fake_server

HERE = Path(__file__).resolve().parent
# The child: one side, warmed up (models built, connection open), then ``n`` units of work.
# A full collection that happens to fall inside the measured work weighs tens of millions of
# instructions: compare runs of the same N, and re-run when one figure stands out.
CHILD = """\
import asyncio, gc, sys
sys.path.insert(0, sys.argv[1])
from workloads import RawSide, SdkSide, loop_calls, run_concurrent
side, url, what, n = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
s = SdkSide(url) if side == "ours" else RawSide(url)
loop_calls(s.call, 50)
s.stream(500)
gc.collect()  # as run.py before each measurement: no collection of the warm-up's garbage
if what == "async":
    async def main():
        await run_concurrent(s.call_async, 200, 64)  # warm-up: the connections are open
        await run_concurrent(s.call_async, n, 64)
    asyncio.run(main())
elif what == "call":
    loop_calls(s.call, n)
elif n and s.stream(n) != n:
    raise SystemExit("short stream")
"""


def instructions(side: str, url: str, what: str, n: int) -> int:
    return callgrind([sys.executable, "-c", CHILD, str(HERE), side, url, what, str(n)])


def callgrind(cmd: list[str], env: dict[str, str] | None = None) -> int:
    """The instructions ``cmd`` executes, counted by ``valgrind --tool=callgrind``."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{' '.join(cmd[:3])}: valgrind failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/bench/instructions.py", description=__doc__)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--async-calls", type=int, default=1000, help="at concurrency 64")
    parser.add_argument("--side", nargs="+", default=["ours", "raw"], choices=["ours", "raw"])
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): nothing measured")
        return 1
    with fake_server(sys.executable) as url:
        work = (
            ("call", args.calls, "call"),
            ("stream", args.events, "event"),
            ("async", args.async_calls, "request"),
        )
        for what, n, unit in work:
            if n <= 0:
                continue  # --calls 0 and the like: that unit is not measured
            per: dict[str, float] = {}
            for side in args.side:
                base = instructions(side, url, what, 0)
                per[side] = (instructions(side, url, what, n) - base) / n
                print(f"{side:4s} {what:6s} {per[side]:12,.0f} instructions per {unit}", flush=True)
            if len(per) == 2:
                print(f"     {what:6s} ours/raw {per['ours'] / per['raw']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
