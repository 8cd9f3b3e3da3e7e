"""Run the fake server in a child process (no GIL shared with the client: for benchmarks), and
drive its faults through the ``/__fake__/...`` control endpoints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Self

__all__ = ["FakeServerProcess"]


class FakeServerProcess:
    """``with FakeServerProcess() as proc: proc.url`` — starts
    ``python -m mistralai.testing.server --port 0``, waits for its ``READY`` line, and stops it
    (SIGTERM, then SIGKILL after ``timeout``) on exit."""

    def __init__(
        self,
        *,
        port: int = 0,
        api_key: str | None = None,
        python: str | None = None,
        timeout: float = 10.0,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self._port = port
        self._api_key = api_key
        self._python = python or sys.executable
        self._timeout = timeout
        self._env = env
        self._proc: subprocess.Popen[str] | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        if self._url is None:
            raise RuntimeError("FakeServerProcess is not running; call start() first")
        return self._url

    @property
    def pid(self) -> int | None:
        return None if self._proc is None else self._proc.pid

    def start(self) -> Self:
        if self._proc is not None:
            return self
        cmd = [self._python, "-m", "mistralai.testing.server", "--port", str(self._port)]
        if self._api_key is not None:
            cmd += ["--api-key", self._api_key]
        env = dict(os.environ if self._env is None else self._env)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
        self._proc = proc
        line: list[str] = []
        reader = threading.Thread(
            target=lambda: line.append(proc.stdout.readline() if proc.stdout else "")
        )
        reader.daemon = True
        reader.start()
        reader.join(self._timeout)
        first = line[0].strip() if line else ""
        if not first.startswith("READY "):
            self.stop()
            raise RuntimeError(f"fake server did not start (got {first!r})")
        self._url = first.split(" ", 1)[1]
        return self

    def stop(self) -> None:
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        self._url = None
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(self._timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- control endpoints

    def _call(self, method: str, name: str, payload: object = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(
            f"{self.url}/__fake__/{name}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=self._timeout) as response:
            return json.loads(response.read())

    def inject_fault(self, fault: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> Any:
        """Raw form: the JSON accepted by ``POST /__fake__/faults``."""
        return self._call("POST", "faults", fault)

    def inject(
        self,
        status: int = 429,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        times: int | None = 1,
        path: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
    ) -> Any:
        return self.inject_fault(
            {
                "kind": "status",
                "status": status,
                "headers": dict(headers or {}),
                "body": body,
                "times": times,
                "path": path,
                "method": method,
                "delay": delay,
            }
        )

    def inject_stream_cut(
        self, after_chunks: int = 3, *, times: int | None = 1, path: str | None = None
    ) -> Any:
        return self.inject_fault(
            {"kind": "stream_cut", "after_chunks": after_chunks, "times": times, "path": path}
        )

    def inject_delay(
        self, seconds: float, *, times: int | None = 1, path: str | None = None
    ) -> Any:
        return self.inject_fault(
            {"kind": "delay", "seconds": seconds, "times": times, "path": path}
        )

    def inject_disconnect(
        self, *, times: int | None = 1, path: str | None = None, reset: bool = False
    ) -> Any:
        return self.inject_fault(
            {"kind": "disconnect", "times": times, "path": path, "reset": reset}
        )

    def reset(self) -> None:
        self._call("POST", "reset", {})

    def requests(self) -> list[dict[str, Any]]:
        """The recorded requests (``GET /__fake__/requests``)."""
        return list(self._call("GET", "requests")["requests"])
