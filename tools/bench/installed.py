"""A throwaway venv with this workspace installed as users get it: built wheels, not editable.

The workspace venv installs every package in editable mode: ``mistralai`` is then a namespace
spread over some twenty source folders, which every import below it searches, and the venv
holds the development tools too (about 190 distributions, read by every entry-point scan).
Neither is what ``pip install mistralai`` gives. So the bench builds the wheels (``uv build
--all-packages``), installs them with the locked versions of their dependencies (``uv
export``: the same httpx and pydantic as the workspace) into a temporary venv, and runs both
sides there: ours and raw share one interpreter and one set of libraries. Any failure means
"use the workspace venv", with the reason printed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self

from official import clean_env

ROOT = Path(__file__).resolve().parents[2]
STEP_TIMEOUT_S = 300.0


class InstalledVenv:
    """``with InstalledVenv() as venv: venv.python`` (None, with ``venv.reason``, if it failed).
    ``root``: the workspace to build (default: this one; ``cold_ab.py`` passes a checkout of
    another revision)."""

    def __init__(self, root: Path = ROOT) -> None:
        self.root = root
        self.python: str | None = None
        self.reason: str | None = None
        self._dir: str | None = None

    def __enter__(self) -> Self:
        uv = shutil.which("uv")
        if uv is None:
            self.reason = "uv not found on PATH"
            return self
        self._dir = tempfile.mkdtemp(prefix="mistralai-bench-installed-")
        base = Path(self._dir)
        wheels, venv, pins = base / "wheels", base / "venv", base / "pins.txt"
        python = venv / "bin" / "python"
        export = [uv, "export", "--quiet", "--all-packages", "--no-emit-workspace", "--no-dev"]
        steps = [
            [uv, "build", "--quiet", "--all-packages", "--wheel", "--out-dir", str(wheels)],
            [*export, "--no-hashes", "--frozen", "--output-file", str(pins)],
            [uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
            [
                uv,
                "pip",
                "install",
                "--quiet",
                "--python",
                str(python),
                "--no-deps",
                "-r",
                str(pins),
            ],
        ]
        try:
            for cmd in steps:
                self._run(cmd)
            built = sorted(str(p) for p in wheels.glob("*.whl"))
            self._run(
                [uv, "pip", "install", "--quiet", "--python", str(python), "--no-deps", *built]
            )
            # the .pyc files, as an installer writing them (or the first import) leaves them
            self._run([str(python), "-m", "compileall", "-q", str(venv / "lib")], check=False)
        except (OSError, subprocess.TimeoutExpired, RuntimeError) as exc:
            self.reason = str(exc)
            return self
        self.python = str(python)
        return self

    def _run(self, cmd: list[str], check: bool = True) -> None:
        done = subprocess.run(
            cmd,
            cwd=self.root,
            env=clean_env(),
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT_S,
            check=False,
        )
        if check and done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-1:]
            raise RuntimeError(f"{' '.join(cmd[:3])} failed: {' '.join(tail)}")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
