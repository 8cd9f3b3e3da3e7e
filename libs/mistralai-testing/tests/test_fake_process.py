"""The server as a separate process, and the cost of importing the pytest plugin."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading

import httpx
import pytest

from mistralai.testing import FakeServerProcess

AUTH = {"Authorization": "Bearer k"}
BODY = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def test_subprocess_prints_ready_and_serves() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mistralai.testing.server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        reader = threading.Thread(
            target=lambda: lines.append(proc.stdout.readline() if proc.stdout else "")
        )
        reader.start()
        reader.join(15)
        assert lines and lines[0].startswith("READY http://127.0.0.1:"), lines
        url = lines[0].split()[1]
        r = httpx.post(f"{url}/v1/chat/completions", json=BODY, headers=AUTH)
        assert r.json()["choices"][0]["message"]["content"] == "You said: hi"
        httpx.post(f"{url}/__fake__/faults", json={"status": 429, "headers": {"Retry-After": "0"}})
        assert httpx.get(f"{url}/v1/models", headers=AUTH).status_code == 429
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_sigint_stops_the_process() -> None:
    with FakeServerProcess() as server:
        pid = server.pid
        assert pid is not None
        assert httpx.get(f"{server.url}/v1/models", headers=AUTH).status_code == 200
        proc = server._proc  # pyright: ignore[reportPrivateUsage]
        assert proc is not None
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0


def test_fake_server_process_controls() -> None:
    with FakeServerProcess() as server, httpx.Client(base_url=server.url, headers=AUTH) as c:
        server.inject(status=503, times=1)
        assert c.post("/v1/chat/completions", json=BODY).status_code == 503
        server.inject_stream_cut(after_chunks=2)
        with (
            pytest.raises(httpx.RemoteProtocolError),
            c.stream("POST", "/v1/chat/completions", json={**BODY, "stream": True}) as r,
        ):
            r.read()
        server.inject_disconnect()
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/v1/models")
        assert [r["path"] for r in server.requests()] == ["/v1/chat/completions"] * 2 + [
            "/v1/models"
        ]
        server.reset()
        assert server.requests() == []
        with c.stream(
            "POST",
            "/v1/chat/completions",
            json={**BODY, "stream": True},
            headers={"x-fake-chunks": "20000"},
        ) as r:
            n = sum(1 for line in r.iter_lines() if line.startswith("data: {"))
        assert n == 20000


def test_plugin_import_is_cheap() -> None:
    code = (
        "import sys, json; import mistralai.testing.pytest_plugin, mistralai.testing;"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('mistralai', 'http', 'httpx', 'socketserver')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = json.loads(out)
    assert "mistralai.testing.server" not in loaded
    assert "http.server" not in loaded
    assert "httpx" not in loaded
