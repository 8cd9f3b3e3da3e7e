"""Benchmark: the SDK against raw httpx + pydantic on the same local fake server.

    uv run python tools/bench/run.py [--quick] [--json PATH] [--official]

The fake server (``python -m mistralai.testing.server``) runs in its own process, and so does
each side of each round (``workloads.py``), so neither the server's CPU nor the other side's
imports or heap are counted. See README.md beside this file for the method.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OPTIONAL_MODULES = ("batch_scale", "bulk")
"""Bench modules other work adds beside this file (``tools/bench/<name>.py``), each with
``rows(quick: bool) -> list[tuple[metric, ours, baseline, ratio text, target text]]``: their
rows are printed in the same table when the module exists."""
OptionalRow = tuple[str, float | str, float | str, str, str]
WORKLOADS = HERE / "workloads.py"
SERVER_START_TIMEOUT_S = 20.0
WORKER_TIMEOUT_S = 300.0

IMPORT_CODE = {
    "ours": "from mistralai.client import Mistral",
    "raw": "import httpx, pydantic; from pydantic import BaseModel",
    "official": "from mistralai.client import Mistral",
    "bare": "pass",
}
# The cold-start commands time their own parts (import, client, first call) and print them on
# one line "PARTS <ms> <ms> <ms>"; the row "cold start" is the wall time of the whole
# interpreter, as before.
_SDK_COLD = """\
import sys, time
t0 = time.perf_counter()
from mistralai.client import Mistral
t1 = time.perf_counter()
client = Mistral(api_key="bench", server_url=sys.argv[1])
t2 = time.perf_counter()
answer = client.chat.complete(
    model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}]
)
t3 = time.perf_counter()
assert answer.choices[0].message.content == "You said: hi", answer
print("PARTS", (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3)
"""
COLD_CODE = {
    "ours": _SDK_COLD,
    "official": _SDK_COLD,
    "raw": """\
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[2])
import httpx
from rawmodels import ChatCompletionResponse
t1 = time.perf_counter()
client = httpx.Client()
t2 = time.perf_counter()
r = client.post(
    sys.argv[1] + "/v1/chat/completions",
    json={"model": "mistral-small-latest", "stream": False,
          "messages": [{"role": "user", "content": "hi"}]},
    headers={"authorization": "Bearer bench", "accept": "application/json"},
)
r.raise_for_status()
answer = ChatCompletionResponse.model_validate_json(r.content)
t3 = time.perf_counter()
assert answer.choices[0].message.content == "You said: hi", answer
print("PARTS", (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3)
""",
}
COLD_PARTS = ("import_ms", "client_ms", "first_call_ms", "outside_ms")
"""The parts a cold-start command prints, then the rest of its wall time: the interpreter's
start and, above all, its exit (which walks and frees every object the process holds)."""


def child_env() -> dict[str, str]:
    """This environment for the children, but with bytecode caching on: a shell or CI job may
    set PYTHONDONTWRITEBYTECODE, and then every fresh interpreter compiles every module from
    source (seconds, not milliseconds), which is not what users' imports cost."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass
class Config:
    calls: int = 2000
    warmup: int = 100
    chunks: int = 20000
    warmup_chunks: int = 500
    stream_repeats: int = 3
    async_requests: int = 2000
    concurrency: int = 64
    async_first: int = 500
    async_warmup: int = 64
    import_runs: int = 9
    cold_runs: int = 21
    """Fresh interpreters per cold-start command: one run's wall time wanders by a quarter
    between the machine's fast and slow spells (334-594 ms for the same command in one
    run), so the median needs more runs than the import's, which is far from its target."""
    rounds: int = 3
    async_rounds: int = 3
    stream_rounds: int = 6
    """Rounds that run the stream (the first ``rounds`` of them also run the calls): a stream
    takes a fraction of a second, and this machine's speed drifts over stretches longer than
    a round, so more rounds, interleaved, give both sides the same chances of a fast one."""
    official_divisor: int = 10
    """The official 2.x SDK is 10-100x slower per unit: it runs 1/N of the calls and async
    requests and 1/(2N) of the stream chunks (per-unit figures stay comparable; the run
    stays short)."""

    def counts(self, side: str) -> dict[str, int]:
        counts = {
            "calls": self.calls,
            "warmup": self.warmup,
            "chunks": self.chunks,
            "warmup-chunks": self.warmup_chunks,
            "stream-repeats": self.stream_repeats,
            "async-requests": self.async_requests,
            "concurrency": self.concurrency,
            "async-first": self.async_first,
            "async-warmup": self.async_warmup,
        }
        if side == "official":
            d = self.official_divisor
            for key in ("calls", "warmup", "warmup-chunks"):
                counts[key] = max(1, counts[key] // d)
            counts["chunks"] = max(1, self.chunks // (2 * d))
            counts["async-requests"] = max(self.concurrency, self.async_requests // d)
            counts["async-first"] = max(self.concurrency, self.async_first // d)
        return counts

    @classmethod
    def quick(cls) -> Config:
        return cls(
            calls=200,
            warmup=20,
            chunks=2000,
            warmup_chunks=100,
            stream_repeats=1,
            async_requests=500,
            concurrency=64,
            async_first=500,
            async_warmup=64,
            import_runs=3,
            cold_runs=3,
            # two rounds (ours, raw, raw, ours): with one, the side running first always pays
            # the machine's warm-up, which swamps a 10% difference
            rounds=2,
            async_rounds=2,
            stream_rounds=2,
        )


@dataclass
class Side:
    name: str
    python: str
    env: dict[str, str] | None = None
    rounds: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    server_requests: list[dict[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- server


@contextlib.contextmanager
def fake_server(python: str, cpus: set[int] | None = None) -> Iterator[str]:
    """``python -m mistralai.testing.server --port 0`` in a child process; yields its URL.
    ``cpus``: the CPUs it may run on (see :func:`split_cpus`)."""
    proc = subprocess.Popen(
        [python, "-m", "mistralai.testing.server", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        if cpus is not None:
            os.sched_setaffinity(proc.pid, cpus)
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()  # blocks until READY, or EOF if it died
        if not line.startswith("READY "):
            err = proc.stderr.read() if proc.stderr and proc.poll() is not None else ""
            raise SystemExit(f"fake server did not start: {line!r} {err.strip()[-500:]}")
        yield line.split(" ", 1)[1].rstrip("/")
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def split_cpus() -> tuple[set[int], set[int]] | None:
    """(the fake server's CPU, the clients' CPUs), or None on a single CPU or without
    affinity support. A user's client does not share its CPU with the API's servers. Left to
    the scheduler, the server and the measured client shared one of this VM's two CPUs in some
    rounds and not in others, and a stream ran at either about 100,000 or about 180,000
    chunks/s, for either side: the best of a few rounds then said which side had been lucky.
    """
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpus = os.sched_getaffinity(0)
    if len(cpus) < 2:
        return None
    server = min(cpus)
    return {server}, cpus - {server}


@contextlib.contextmanager
def pinned(cpus: set[int]) -> Iterator[None]:
    """This process, and the children it starts meanwhile, on ``cpus`` only."""
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cpus)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def control(url: str, method: str, name: str) -> Any:
    request = urllib.request.Request(f"{url}/__fake__/{name}", method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def drain_requests(url: str) -> dict[str, Any]:
    """What the server saw since the last drain (count, and the shape of one chat request);
    then forget it, so the server's memory stays flat across workers."""
    seen: list[dict[str, Any]] = control(url, "GET", "requests")["requests"]
    control(url, "DELETE", "requests")
    chats = [r for r in seen if r["path"] == "/v1/chat/completions"]
    sample = chats[-1] if chats else None
    return {
        "requests": len(seen),
        "body_bytes": len(sample["body"].encode()) if sample else 0,
        "header_names": sorted(sample["headers"]) if sample else [],
    }


# --------------------------------------------------------------------------- import time


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


Job = tuple[str, str, str, dict[str, str] | None, list[str]]
"""(name, python, code, env, argv) of one fresh-interpreter command."""


def time_command(
    python: str, code: str, env: dict[str, str] | None, argv: Sequence[str] = ()
) -> tuple[float, float, list[float]]:
    """(wall ms, CPU ms, parts ms) of a fresh interpreter running ``code``. The CPU time (user +
    sys of the child, from ``getrusage``) barely moves when other processes load the machine;
    the parts are what the command printed on a ``PARTS`` line (cold start)."""
    cpu0 = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [python, "-c", code, *argv],
        env=env if env is not None else child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    cpu = children_cpu() - cpu0
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:]
        raise RuntimeError(" ".join(tail) or f"exit {done.returncode}")
    parts: list[float] = []
    for line in done.stdout.splitlines():
        if line.startswith("PARTS "):
            parts = [float(x) for x in line.split()[1:]]
    return elapsed * 1000, cpu * 1000, parts


def bench_import(sides: Sequence[Side], runs: int) -> dict[str, dict[str, Any]]:
    """``from mistralai.client import Mistral`` vs ``import httpx, pydantic`` (+ a bare start)."""
    jobs: list[Job] = [(s.name, s.python, IMPORT_CODE[s.name], s.env, []) for s in sides]
    raw = next((s for s in sides if s.name == "raw"), None)
    python = raw.python if raw is not None else sys.executable  # the interpreter both use
    jobs.append(("bare", python, IMPORT_CODE["bare"], raw.env if raw else None, []))
    return bench_commands(jobs, runs)


def bench_cold(sides: Sequence[Side], runs: int, url: str) -> dict[str, dict[str, Any]]:
    """Cold start: import, client, first call, in a fresh interpreter. An SDK that imports
    lazily moves cost from the import to the first call; this row shows the sum."""
    jobs: list[Job] = [
        (s.name, s.python, COLD_CODE[s.name], s.env, [url, str(HERE)])
        for s in sides
        if s.error is None
    ]
    return bench_commands(jobs, runs)


def bench_commands(jobs: Sequence[Job], runs: int) -> dict[str, dict[str, Any]]:
    """Median wall ms of each command in fresh interpreters, commands interleaved (the order
    rotates each run), after one warm-up run of each (which also writes the .pyc files)."""
    jobs = list(jobs)
    samples: dict[str, list[float]] = {name: [] for name, *_ in jobs}
    cpu_samples: dict[str, list[float]] = {name: [] for name, *_ in jobs}
    part_samples: dict[str, list[list[float]]] = {name: [] for name, *_ in jobs}
    errors: dict[str, str] = {}
    for i in range(runs + 1):
        order = jobs[i % len(jobs) :] + jobs[: i % len(jobs)]
        for name, python, code, env, argv in order:
            if name in errors:
                continue
            try:
                ms, cpu_ms, parts = time_command(python, code, env, argv)
            except RuntimeError as exc:
                errors[name] = str(exc)
                continue
            if i:  # run 0 is the warm-up
                samples[name].append(ms)
                cpu_samples[name].append(cpu_ms)
                if parts:
                    part_samples[name].append([*parts, ms - sum(parts)])
    out: dict[str, dict[str, Any]] = {}
    for name, values in samples.items():
        if name in errors:
            out[name] = {"error": errors[name]}
        else:
            out[name] = {
                "median_ms": statistics.median(values),
                "cpu_median_ms": statistics.median(cpu_samples[name]),
                "samples_ms": values,
                "cpu_samples_ms": cpu_samples[name],
            }
            for i, part in enumerate(COLD_PARTS):
                got = [p[i] for p in part_samples[name] if len(p) > i]
                if got:
                    out[name][part] = statistics.median(got)
            inside = [sum(p[:-1]) for p in part_samples[name] if len(p) == len(COLD_PARTS)]
            if inside:
                out[name]["in_process_ms"] = statistics.median(inside)
    return out


# --------------------------------------------------------------------------- workers


def run_worker(side: Side, url: str, cfg: Config, only: str) -> dict[str, Any]:
    cmd = [side.python, str(WORKLOADS), "--side", side.name, "--url", url, "--only", only]
    for key, value in cfg.counts(side.name).items():
        cmd += [f"--{key}", str(value)]
    done = subprocess.run(
        cmd,
        env=side.env if side.env is not None else child_env(),
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT_S,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    tail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
    raise RuntimeError(" | ".join(tail) or f"exit {done.returncode}")


def sdk_available(side: Side) -> str | None:
    """None when ``client.chat`` resolves, else why not."""
    code = (
        "from mistralai.client import Mistral; c = Mistral(api_key='x'); "
        "c.chat.complete; c.chat.stream; c.chat.complete_async"
    )
    done = subprocess.run(
        [side.python, "-c", code],
        env=side.env if side.env is not None else child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 0:
        return None
    tail = done.stderr.strip().splitlines()[-1:]
    return " ".join(tail) or f"exit {done.returncode}"


def bench_sides(sides: list[Side], url: str, cfg: Config, progress: bool) -> None:
    """Each round runs every side once, in its own process; the order reverses every other
    round (ABBA...) so no side always goes first. The calls run in the first ``rounds``, async
    in the first ``async_rounds``, the stream in the first ``stream_rounds``."""
    total = max(cfg.rounds, cfg.async_rounds, cfg.stream_rounds)
    for r in range(total):
        order = sides if r % 2 == 0 else sides[::-1]
        work = (
            ("call", r < cfg.rounds),
            ("stream", r < cfg.stream_rounds),
            ("async", r < cfg.async_rounds),
        )
        only = ",".join(name for name, runs in work if runs)
        for side in order:
            if side.error is not None:
                continue
            if progress:
                print(f"  round {r + 1}/{total}: {side.name} ({only})", file=sys.stderr)
            try:
                side.rounds.append(run_worker(side, url, cfg, only))
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                side.error = f"{type(exc).__name__}: {exc}"
            side.server_requests.append(drain_requests(url))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Metric:
    key: str  # section.field in a worker result, or import.<median_ms>
    label: str
    unit: str
    better: str  # "lower" or "higher"
    target: float | None = None  # ratio ours/raw to reach (<= for lower, >= for higher)
    fmt: str = "{:,.0f}"


METRICS = [
    Metric("import.median_ms", "import time (wall, median)", "ms", "lower", 0.5, "{:,.1f}"),
    Metric("import.net_ms", "  minus bare interpreter start", "ms", "lower", None, "{:,.1f}"),
    Metric("import.cpu_median_ms", "import time (CPU, median)", "ms", "lower", None, "{:,.1f}"),
    Metric(
        "cold.median_ms",
        "cold start (wall): import + client + 1st call",
        "ms",
        "lower",
        1.0,
        "{:,.1f}",
    ),
    # The issue's own measure: the three parts timed inside the process, without the
    # interpreter's start and exit (the wall row above has those too).
    Metric("cold.in_process_ms", "  cold start (in-process parts)", "ms", "lower", 1.0, "{:,.1f}"),
    Metric("cold.cpu_median_ms", "  cold start (CPU)", "ms", "lower", None, "{:,.1f}"),
    Metric("cold.import_ms", "  cold: import", "ms", "lower", None, "{:,.1f}"),
    Metric("cold.client_ms", "  cold: client", "ms", "lower", None, "{:,.1f}"),
    Metric("cold.first_call_ms", "  cold: 1st call", "ms", "lower", None, "{:,.1f}"),
    Metric("cold.outside_ms", "  cold: interpreter start + exit", "ms", "lower", None, "{:,.1f}"),
    Metric("call.cpu_us", "per call: client CPU", "µs", "lower", 1.1),
    Metric("call.wall_us", "per call: wall", "µs", "lower"),
    Metric("stream.chunks_per_s", "stream: chunks/s (wall)", "/s", "higher", 0.95),
    Metric(
        "stream.cpu_us_per_chunk", "stream: client CPU per chunk", "µs", "lower", None, "{:,.2f}"
    ),
    Metric("async.first_req_per_s", "async @{c}: req/s, first {f}", "/s", "higher", 1.0),
    Metric("async.first_cpu_us", "async @{c}: CPU/request, first {f}", "µs", "lower"),
    Metric("async.req_per_s", "async @{c}: req/s, steady", "/s", "higher", 1.0),
    Metric("async.cpu_us", "async @{c}: CPU/request, steady", "µs", "lower"),
    Metric("memory.rss_mib", "RSS after the calls", "MiB", "lower", None, "{:,.1f}"),
    Metric("memory.peak_mib", "peak RSS", "MiB", "lower", None, "{:,.1f}"),
    Metric(
        "memory_first_call.rss_mib", "RSS after the first call", "MiB", "lower", None, "{:,.1f}"
    ),
]


def best(side: Side, fresh: dict[str, dict[str, Any]], metric: Metric) -> float | None:
    """The best value over the rounds (min for lower-is-better, max otherwise; max for memory);
    for the fresh-interpreter sections (import, cold), the median."""
    section, name = metric.key.split(".", 1)
    if section in fresh:
        entry = fresh[section].get(side.name, {})
        if name == "net_ms":
            bare = fresh[section].get("bare", {}).get("median_ms")
            value = entry.get("median_ms")
            return None if value is None or bare is None else value - bare
        return entry.get(name)
    values = [r[section][name] for r in side.rounds if name in r.get(section, {})]
    if not values:
        return None
    if section.startswith("memory") or metric.better == "higher":
        return max(values)
    return min(values)


def spread_lines(sides: dict[str, Side], fresh: dict[str, dict[str, Any]]) -> list[str]:
    """How far apart one run's samples are, under the table: the best (stream) or the median
    (cold start) of a side hides that this machine's speed swings between spells, which
    moves a row's ratio from run to run (see tools/bench/README.md, "Reading the numbers")."""
    lines: list[str] = []
    for name, entry in fresh.get("cold", {}).items():
        values = sorted(entry.get("samples_ms") or ())
        if len(values) >= 3:
            low, mid, high = (values[round(q * (len(values) - 1))] for q in (0.1, 0.5, 0.9))
            lines.append(
                f"spread, cold start (wall) of {name}: p10 {low:,.0f} / median {mid:,.0f} / "
                f"p90 {high:,.0f} ms over {len(values)} runs"
            )
    for side in sides.values():
        rounds = [r["stream"]["chunks_per_s"] for r in side.rounds if "stream" in r]
        if rounds:
            listed = ", ".join(f"{v / 1000:,.0f}" for v in rounds)
            lines.append(f"spread, stream rounds of {side.name}: {listed} k chunks/s")
    return lines


def fmt(value: float | None, metric: Metric) -> str:
    return "n/a" if value is None else metric.fmt.format(value)


def build_rows(
    sides: dict[str, Side], fresh: dict[str, dict[str, Any]], cfg: Config
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    raw = sides["raw"]
    for metric in METRICS:
        row: dict[str, Any] = {
            "metric": metric.label.format(c=cfg.concurrency, f=cfg.async_first),
            "unit": metric.unit,
            "better": metric.better,
        }
        raw_value = best(raw, fresh, metric)
        row["raw"] = raw_value
        for name in ("ours", "official"):
            if name not in sides:
                continue
            value = best(sides[name], fresh, metric)
            row[name] = value
            ratio = value / raw_value if value is not None and raw_value else None
            row[f"{name}_ratio"] = ratio
        row["target"] = metric.target
        ratio = row.get("ours_ratio")
        if metric.target is not None and ratio is not None:
            ok = ratio <= metric.target if metric.better == "lower" else ratio >= metric.target
            row["meets_target"] = ok
        rows.append(row)
    return rows


def optional_rows(quick: bool) -> list[OptionalRow]:
    """The rows of the optional bench modules that exist (see ``OPTIONAL_MODULES``); a module
    that fails gives one row saying why, so the rest of the table still prints."""
    import importlib.util

    if str(HERE) not in sys.path:  # the modules may import their neighbours (workloads...)
        sys.path.insert(0, str(HERE))
    out: list[OptionalRow] = []
    for name in OPTIONAL_MODULES:
        path = HERE / f"{name}.py"
        if not path.exists():
            continue
        try:
            # loaded from this directory by path: no other module of that name can answer
            spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
            assert spec is not None and spec.loader is not None
            module: Any = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module
            spec.loader.exec_module(module)
            out.extend(module.rows(quick))
        except Exception as exc:  # one broken module must not hide the others' figures
            out.append((f"{name}: failed", "n/a", "n/a", "", f"{type(exc).__name__}: {exc}"))
    return out


def _cell(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"


def render(
    rows: list[dict[str, Any]], with_official: bool, extra: Sequence[OptionalRow] = ()
) -> str:
    header = ["metric", "unit", "ours", "raw", "ours/raw", "target"]
    if with_official:
        header += ["official", "official/raw"]
    table: list[list[str]] = [header]
    for row, metric in zip(rows, METRICS, strict=True):
        target = ""
        if row["target"] is not None:
            sign = "≤" if metric.better == "lower" else "≥"
            met = row.get("meets_target")
            verdict = "" if met is None else (" ok" if met else " MISS")
            target = f"{sign} {row['target']:.2f}x{verdict}"
        ratio = row.get("ours_ratio")
        cells = [
            row["metric"],
            row["unit"],
            fmt(row.get("ours"), metric),
            fmt(row["raw"], metric),
            "n/a" if ratio is None else f"{ratio:.2f}x",
            target,
        ]
        if with_official:
            oratio = row.get("official_ratio")
            cells += [
                fmt(row.get("official"), metric),
                "n/a" if oratio is None else f"{oratio:.2f}x",
            ]
        table.append(cells)
    for metric, ours, baseline, ratio, target in extra:
        cells = [metric, "", _cell(ours), _cell(baseline), ratio, target]
        table.append([*cells, "", ""] if with_official else cells)
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = []
    for i, cells in enumerate(table):
        line = " | ".join(
            c.ljust(w) if j == 0 else c.rjust(w)
            for j, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        lines.append(line)
        if i == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tools/bench/run.py",
        description="SDK vs raw httpx + pydantic on the local fake server, side by side.",
    )
    parser.add_argument("--quick", action="store_true", help="fewer iterations (smoke run)")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument(
        "--official",
        action="store_true",
        help="also measure the official SDK, installed into a throwaway venv with uv",
    )
    parser.add_argument(
        "--official-spec",
        default=None,
        metavar="REQ",
        help="requirement installed for --official (default: 'mistralai>=2,<3')",
    )
    parser.add_argument(
        "--workspace",
        action="store_true",
        help="run both sides in the workspace venv (editable installs) instead of a venv of "
        "the built wheels",
    )
    parser.add_argument(
        "--rounds", type=int, help="rounds of the call workers (the stream runs in twice as many)"
    )
    parser.add_argument("--stream-rounds", type=int, help="rounds of the stream workers")
    parser.add_argument("--import-runs", type=int, help="measured runs per import command")
    parser.add_argument("--cold-runs", type=int, help="measured runs per cold-start command")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument(
        "--no-optional",
        action="store_true",
        help=f"skip the optional bench modules ({', '.join(OPTIONAL_MODULES)})",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cfg = Config.quick() if args.quick else Config()
    if args.rounds:
        cfg.rounds = args.rounds
        cfg.async_rounds = min(cfg.async_rounds, args.rounds)
        cfg.stream_rounds = 2 * args.rounds
    if args.stream_rounds:
        cfg.stream_rounds = args.stream_rounds
    if args.import_runs:
        cfg.import_runs = args.import_runs
    if args.cold_runs:
        cfg.cold_runs = args.cold_runs
    progress = not args.quiet
    started = time.perf_counter()
    load_start = os.getloadavg()

    def say(message: str) -> None:
        if progress:
            print(message, file=sys.stderr, flush=True)

    sides: dict[str, Side] = {
        "ours": Side("ours", sys.executable),
        "raw": Side("raw", sys.executable),
    }
    split = split_cpus()
    with contextlib.ExitStack() as stack:
        installed_note = "ours and raw: the workspace venv (editable installs)"
        if not args.workspace:
            from installed import InstalledVenv
            from official import clean_env

            say("building the wheels and installing them into a throwaway venv...")
            venv = stack.enter_context(InstalledVenv())
            if venv.python is None:
                installed_note += f"; the wheel install failed: {venv.reason}"
                say(installed_note)
            else:
                for name in ("ours", "raw"):
                    sides[name] = Side(name, venv.python, env=clean_env())
                installed_note = "ours and raw: one venv with the built wheels (as installed)"
        official_note = ""
        if args.official:
            from official import DEFAULT_SPEC, OfficialVenv, clean_env

            spec = args.official_spec or DEFAULT_SPEC
            say(f"installing {spec!r} into a throwaway venv...")
            official = stack.enter_context(OfficialVenv(spec))
            if official.python is None:
                official_note = f"official SDK skipped: {official.reason}"
                say(official_note)
            else:
                sides["official"] = Side("official", official.python, env=clean_env())
                official_note = f"official = mistralai {official.version} ({spec})"

        missing = sdk_available(sides["ours"])
        if missing is not None:
            sides["ours"].error = f"client.chat unavailable: {missing}"
            say(f"ours: {sides['ours'].error} (import time only)")

        say(f"import time: {cfg.import_runs} runs per command, interleaved...")
        imports = bench_import(list(sides.values()), cfg.import_runs)

        say("starting the fake server...")
        url = stack.enter_context(fake_server(sys.executable, split[0] if split else None))
        if split is not None:
            stack.enter_context(pinned(split[1]))
        say(f"cold start: {cfg.cold_runs} runs per command, interleaved...")
        cold = bench_cold(list(sides.values()), cfg.cold_runs, url)
        drain_requests(url)
        order = [sides["ours"], sides["raw"]] + ([sides["official"]] if "official" in sides else [])
        bench_sides(order, url, cfg, progress)

    fresh = {"import": imports, "cold": cold}
    rows = build_rows(sides, fresh, cfg)
    extra: list[OptionalRow] = []
    if not args.no_optional:
        say("optional bench modules (tools/bench/batch_scale.py, bulk.py when present)...")
        extra = optional_rows(args.quick)
    elapsed = time.perf_counter() - started
    versions = {name: s.rounds[0]["versions"] for name, s in sides.items() if s.rounds}
    load = os.getloadavg()

    print()
    print(
        f"mistralai bench{' --quick' if args.quick else ''}: {cfg.calls} calls, "
        f"{cfg.stream_repeats} x {cfg.chunks}-chunk stream, async @ {cfg.concurrency}: "
        f"{cfg.async_warmup} warm-up, first {cfg.async_first}, then {cfg.async_requests}; best of {cfg.rounds} round(s) (async: {cfg.async_rounds}, stream: {cfg.stream_rounds}), "
        f"import median of {cfg.import_runs}, cold start of {cfg.cold_runs}; Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load {load_start[0]:.2f} -> {load[0]:.2f}; {elapsed:.0f} s"
    )
    print(installed_note)
    if split is not None:
        server_cpus, client_cpus = (",".join(map(str, sorted(c))) for c in split)
        print(
            f"fake server on CPU {server_cpus}, clients (cold start and workers) on {client_cpus}"
        )
    if official_note:
        oc = cfg.counts("official")
        print(
            f"{official_note}; counts: {oc['calls']} calls, {oc['stream-repeats']} x "
            f"{oc['chunks']}-chunk stream, {oc['async-requests']} async"
        )
    print()
    print(render(rows, "official" in sides, extra))
    print()
    for side in sides.values():
        seen = ", ".join(
            f"{r['requests']} req ({r['body_bytes']} B body)" for r in side.server_requests
        )
        if seen:
            print(f"server saw from {side.name}: {seen}")
        if side.error:
            print(f"{side.name}: {side.error}")
    for section, entries in fresh.items():
        for name, entry in entries.items():
            if "error" in entry:
                print(f"{section} {name}: {entry['error']}")
    for line in spread_lines(sides, fresh):
        print(line)

    if args.json:
        payload = {
            "config": asdict(cfg),
            "quick": args.quick,
            "elapsed_s": elapsed,
            "loadavg_start": load_start,
            "loadavg_end": load,
            "cpus": os.cpu_count(),
            "cpu_split": None if split is None else [sorted(c) for c in split],
            "versions": versions,
            "imports": imports,
            "cold_start": cold,
            "rows": rows,
            "optional_rows": extra,
            "sides": {
                name: {
                    "python": s.python,
                    "rounds": s.rounds,
                    "error": s.error,
                    "server_requests": s.server_requests,
                }
                for name, s in sides.items()
            },
            "official": official_note or None,
            "installed": installed_note,
        }
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n")
        print(f"figures written to {args.json}")
    return 0 if sides["raw"].error is None else 1


if __name__ == "__main__":
    sys.exit(main())
