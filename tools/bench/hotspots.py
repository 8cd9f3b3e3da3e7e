"""Where the SDK spends its time: cProfile of our side of the per-call and stream benchmarks.

    uv run python tools/bench/hotspots.py [--calls 2000] [--chunks 20000] [--top 12] [--out DIR]

Starts the fake server in its own process, warms the SDK up, then profiles (separately)
``--calls`` sequential ``client.chat.complete`` calls and one ``--chunks``-event
``client.chat.stream``. For each it prints the self time by package, the functions of
``mistralai.core`` (and ``mistralai.api.chat``) by inclusive time, and the heaviest functions
overall. Shares are of the profiled total; cProfile inflates pure-Python code relative to C,
so read them as a ranking, not as absolute costs. ``--out`` keeps the ``.prof`` files (for
``python -m pstats`` or snakeviz). Then the cold start (a fresh interpreter: import, client,
first call) and, last, ``-X importtime`` of ``from mistralai.client import
Mistral``: the heaviest ``mistralai`` modules and what ours imports that raw does not.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from run import COLD_CODE, IMPORT_CODE, fake_server
from workloads import SdkSide, loop_calls

FuncKey = tuple[str, int, str]
OURS = ("/mistralai/core/", "/mistralai/api/chat/", "/mistralai/client/")


def package_of(key: FuncKey) -> str:
    filename, _, name = key
    if filename == "~":  # a builtin: name it by what it belongs to
        if "pydantic_core" in name or "SchemaValidator" in name:
            return "pydantic-core (C)"
        if "socket" in name or "select" in name or "poll" in name:
            return "socket / select (kernel)"
        return "builtins"
    for marker in OURS:
        if marker in filename:
            return "mistralai." + marker.strip("/").split("/")[-1]
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    if "/tools/bench/" in filename:
        return "bench harness"
    return "stdlib"


def short(key: FuncKey) -> str:
    filename, line, name = key
    if filename == "~":
        return name
    for marker in (*OURS, "site-packages/"):
        if marker in filename:
            tail = filename.split(marker, 1)[1]
            prefix = marker.strip("/").replace("/", ".") + "/" if marker in OURS else ""
            return f"{prefix}{tail}:{line}({name})"
    return f"{Path(filename).name}:{line}({name})"


def profile(fn: Callable[[], Any]) -> pstats.Stats:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    return pstats.Stats(profiler)


def report(title: str, stats: pstats.Stats, units: int, unit: str, top: int) -> None:
    raw: dict[FuncKey, tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total: float = stats.total_tt  # type: ignore[attr-defined]
    print(f"\n=== {title}: {total:.3f} s profiled, {total / units * 1e6:,.1f} µs per {unit}")

    by_package: dict[str, float] = defaultdict(float)
    for key, (_, _, tt, _, _) in raw.items():
        by_package[package_of(key)] += tt
    print("\nself time by package:")
    for name, tt in sorted(by_package.items(), key=lambda kv: -kv[1]):
        if tt / total >= 0.005:
            print(f"  {tt / total:6.1%}  {tt / units * 1e6:9.2f} µs/{unit}  {name}")

    ours = {k: v for k, v in raw.items() if any(m in k[0] for m in OURS)}
    print("\ninside mistralai (inclusive = with callees; self = own code only):")
    print(f"  {'incl':>6} {'self':>6} {'calls/' + unit:>10}  function")
    for key, (_, nc, tt, ct, _) in sorted(ours.items(), key=lambda kv: -kv[1][3])[:top]:
        print(f"  {ct / total:6.1%} {tt / total:6.1%} {nc / units:10.2f}  {short(key)}")

    by_file: dict[str, float] = defaultdict(float)
    for key, (_, _, tt, _, _) in ours.items():
        by_file[short(key).split(":", 1)[0]] += tt
    print("\nself time by file of mistralai:")
    for name, tt in sorted(by_file.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {tt / total:6.1%}  {name}")

    print(f"\ntop {top} functions overall by self time:")
    for key, (_, nc, tt, ct, _) in sorted(raw.items(), key=lambda kv: -kv[1][2])[:top]:
        print(
            f"  {tt / total:6.1%} self {ct / total:6.1%} incl {nc / units:7.2f}/{unit}  {short(key)}"
        )


def importtime(code: str, runs: int) -> dict[str, tuple[float, float]]:
    """module -> (self µs, cumulative µs) from the fastest of ``runs`` fresh interpreters (one
    consistent run, so the figures add up)."""
    best: dict[str, tuple[float, float]] = {}
    best_total = float("inf")
    for i in range(runs + 1):  # the first run warms the .pyc cache and is dropped
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )
        sample: dict[str, tuple[float, float]] = {}
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, cumulative, name = line[len("import time:") :].split("|", 2)
            sample[name.strip()] = (float(own), float(cumulative))
        total = sum(v[0] for v in sample.values())
        if i and total < best_total:
            best, best_total = sample, total
    return best


def import_report(top: int, runs: int) -> None:
    ours = importtime(IMPORT_CODE["ours"], runs)
    raw = importtime(IMPORT_CODE["raw"], runs)
    ours_total = sum(v[0] for v in ours.values())
    raw_total = sum(v[0] for v in raw.values())
    print(
        f"\n=== import (-X importtime, fastest of {runs}): ours {ours_total / 1000:,.1f} ms of "
        f"module code, raw {raw_total / 1000:,.1f} ms"
    )
    print("\nmistralai modules by cumulative time (self, cumulative, share of ours):")
    mine = [(k, v) for k, v in ours.items() if k.startswith("mistralai")]
    for name, (own, cumulative) in sorted(mine, key=lambda kv: -kv[1][1])[:top]:
        print(
            f"  {own / 1000:7.1f} ms {cumulative / 1000:7.1f} ms {cumulative / ours_total:6.1%}  {name}"
        )
    extra: dict[str, float] = defaultdict(float)
    for name, (own, _) in ours.items():
        if name not in raw and not name.startswith("mistralai"):
            extra[name.split(".", 1)[0]] += own
    print("\nimported by ours but not by raw (self time, by top-level package):")
    for name, own in sorted(extra.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {own / 1000:7.1f} ms {own / ours_total:6.1%}  {name}")


def cold_start_stats(url: str) -> pstats.Stats:
    """cProfile of a fresh interpreter doing import + client + first call (run.py's cold start)."""
    with tempfile.TemporaryDirectory(prefix="mistralai-bench-") as tmp:
        script = Path(tmp) / "cold.py"
        script.write_text(COLD_CODE["ours"])
        out = Path(tmp) / "cold.prof"
        subprocess.run([sys.executable, str(script), url], check=True)  # warm the .pyc cache
        subprocess.run(
            [sys.executable, "-m", "cProfile", "-o", str(out), str(script), url], check=True
        )
        return pstats.Stats(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/bench/hotspots.py", description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--chunks", type=int, default=20000)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--out", metavar="DIR", help="also write calls.prof and stream.prof")
    parser.add_argument("--import-runs", type=int, default=5, help="0 skips the import report")
    parser.add_argument(
        "--no-cold", dest="cold", action="store_false", help="skip the cold-start profile"
    )
    args = parser.parse_args(argv)

    with fake_server(sys.executable) as url:
        side = SdkSide(url)
        try:
            loop_calls(side.call, 100)  # warm-up: models built, connection open
            side.stream(500)
            calls = profile(lambda: loop_calls(side.call, args.calls))
            stream = profile(lambda: side.stream(args.chunks))
        finally:
            side.close()
        cold = cold_start_stats(url) if args.cold else None
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        calls.dump_stats(out / "calls.prof")
        stream.dump_stats(out / "stream.prof")
        if cold is not None:
            cold.dump_stats(out / "cold.prof")
    report(f"client.chat.complete x {args.calls}", calls, args.calls, "call", args.top)
    report(f"client.chat.stream, {args.chunks} chunks", stream, args.chunks, "chunk", args.top)
    if cold is not None:
        report("cold start: import + Mistral() + first call", cold, 1, "start", args.top)
    if args.import_runs:
        import_report(args.top, args.import_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
