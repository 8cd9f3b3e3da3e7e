"""A throwaway venv holding the official ``mistralai`` SDK, for the optional third column.

Created with ``uv venv`` + ``uv pip install`` in a temporary directory and removed afterwards;
any failure (no ``uv``, no network, a resolution error, a time-out) means "skip", with the
reason, never an error of the benchmark.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self

DEFAULT_SPEC = "mistralai>=2,<3"
INSTALL_TIMEOUT_S = 120.0


def clean_env() -> dict[str, str]:
    """The environment without the workspace venv's markers, for the throwaway interpreter."""
    env = dict(os.environ)
    for name in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_PROJECT_ENVIRONMENT"):
        env.pop(name, None)
    return env


class OfficialVenv:
    """``with OfficialVenv(spec) as venv: venv.python`` (None, with ``venv.reason``, if skipped)."""

    def __init__(self, spec: str = DEFAULT_SPEC) -> None:
        self.spec = spec
        self.python: str | None = None
        self.version: str | None = None
        self.reason: str | None = None
        self._dir: str | None = None

    def __enter__(self) -> Self:
        uv = shutil.which("uv")
        if uv is None:
            self.reason = "uv not found on PATH"
            return self
        self._dir = tempfile.mkdtemp(prefix="mistralai-bench-official-")
        venv = Path(self._dir) / "venv"
        python = venv / "bin" / "python"
        env = clean_env()
        steps = [
            [uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
            [uv, "pip", "install", "--quiet", "--python", str(python), self.spec],
        ]
        try:
            for cmd in steps:
                done = subprocess.run(
                    cmd,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=INSTALL_TIMEOUT_S,
                    check=False,
                )
                if done.returncode != 0:
                    tail = (done.stderr or done.stdout).strip().splitlines()[-1:]
                    self.reason = f"{' '.join(cmd[:3])} failed: {' '.join(tail)}"
                    return self
            probe = subprocess.run(
                [
                    str(python),
                    "-c",
                    "from importlib.metadata import version; "
                    "from mistralai.client import Mistral; print(version('mistralai'))",
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            self.reason = f"{type(exc).__name__}: {exc}"
            return self
        if probe.returncode != 0:
            tail = probe.stderr.strip().splitlines()[-1:]
            self.reason = f"the installed SDK does not import: {' '.join(tail)}"
            return self
        self.python = str(python)
        self.version = probe.stdout.strip()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
