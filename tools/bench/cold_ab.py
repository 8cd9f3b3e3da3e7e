"""Cold start of this tree against another revision, and raw, in one interleaved run.

    uv run python tools/bench/cold_ab.py                # this tree vs HEAD (uncommitted work)
    uv run python tools/bench/cold_ab.py origin/main    # vs any revision git knows
    uv run python tools/bench/cold_ab.py HEAD~3 --runs 41

Two separate runs of ``run.py`` cannot tell a 10 ms change of the cold start from the machine:
on a shared 2-CPU VM the same command drifted by 15% within the hour. This builds the wheels
of both trees (``installed.py``; the revision from a temporary ``git worktree``) into two
throwaway venvs and runs run.py's cold-start commands (fresh interpreter: import, client, first
``chat.complete``) of both, and raw's, interleaved in rotating order against one fake server,
so that drift hits all three alike. It prints the median wall and CPU of each, their parts and
ratio to raw, and the change between the two trees. With valgrind on PATH it also counts the
instructions of one cold start of each, twice (``--no-instructions`` to skip): they do not move
with the machine, so a change of 1% shows, where the medians still wander by a few ms.
Instructions are not time, though: raw spends many of its own reading the CA bundle, which runs
fast, so compare the two trees by instructions and each with raw by time.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from installed import ROOT, InstalledVenv
from instructions import callgrind
from official import clean_env
from run import COLD_CODE, COLD_PARTS, HERE, Job, bench_commands, fake_server


@contextlib.contextmanager
def checkout(rev: str) -> Iterator[Path]:
    """A detached worktree of ``rev``, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="mistralai-bench-ab-") as tmp:
        tree = Path(tmp) / "tree"
        git = ["git", "-C", str(ROOT)]
        subprocess.run(
            [*git, "worktree", "add", "--quiet", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
        try:
            yield tree
        finally:
            subprocess.run(
                [*git, "worktree", "remove", "--force", str(tree)], check=False, capture_output=True
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/bench/cold_ab.py", description=__doc__)
    parser.add_argument("rev", nargs="?", default="HEAD", help="the revision to compare with")
    parser.add_argument("--runs", type=int, default=31, help="measured runs per command")
    parser.add_argument(
        "--no-instructions", dest="instructions", action="store_false", help="skip valgrind"
    )
    args = parser.parse_args(argv)

    with contextlib.ExitStack() as stack:
        print(f"building this tree and {args.rev} into two venvs...", file=sys.stderr)
        other_tree = stack.enter_context(checkout(args.rev))
        this = stack.enter_context(InstalledVenv())
        other = stack.enter_context(InstalledVenv(other_tree))
        for name, venv in (("this tree", this), (args.rev, other)):
            if venv.python is None:
                raise SystemExit(f"{name}: the wheel install failed: {venv.reason}")
        assert this.python is not None and other.python is not None
        url = stack.enter_context(fake_server(sys.executable))
        env = clean_env()
        argv_ = [url, str(HERE)]
        jobs: list[Job] = [
            ("this tree", this.python, COLD_CODE["ours"], env, argv_),
            (args.rev, other.python, COLD_CODE["ours"], env, argv_),
            ("raw", this.python, COLD_CODE["raw"], env, argv_),
        ]
        print(f"cold start: {args.runs} runs per command, interleaved...", file=sys.stderr)
        results = bench_commands(jobs, args.runs)
        counted: dict[str, list[int]] = {}
        if args.instructions and shutil.which("valgrind"):
            print("instructions (valgrind), twice per command...", file=sys.stderr)
            for name, python, code, job_env, job_argv in jobs * 2:
                counted.setdefault(name, []).append(
                    callgrind([python, "-c", code, *job_argv], job_env)
                )

    raw = results["raw"]
    for name, *_ in jobs:
        got = results[name]
        if "error" in got:
            print(f"{name}: {got['error']}")
            continue
        wall, cpu = got["median_ms"], got["cpu_median_ms"]
        inside = got.get("in_process_ms", float("nan"))
        parts = " / ".join(f"{got[p]:.1f}" for p in COLD_PARTS if p in got)
        print(
            f"{name:>12}: wall {wall:6.1f} ms ({wall / raw['median_ms']:.3f}x raw), "
            f"CPU {cpu:6.1f} ms ({cpu / raw['cpu_median_ms']:.3f}x), "
            f"in-process {inside:6.1f} ms ({inside / raw.get('in_process_ms', float('nan')):.3f}x), "
            f"parts import / client / 1st call / start + exit {parts} ms"
        )
    for name, counts in counted.items():
        runs = ", ".join(f"{c / 1e6:,.1f}" for c in counts)
        print(f"{name:>12}: {min(counts) / 1e6:,.1f} M instructions (runs: {runs})")
    mine, theirs = results["this tree"], results[args.rev]
    if "error" not in mine and "error" not in theirs:
        wall = mine["median_ms"] - theirs["median_ms"]
        cpu = mine["cpu_median_ms"] - theirs["cpu_median_ms"]
        line = f"change: {wall:+.1f} ms wall, {cpu:+.1f} ms CPU"
        if counted:
            ratio = min(counted["this tree"]) / min(counted[args.rev])
            line += f", {(ratio - 1) * 100:+.1f}% instructions"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
