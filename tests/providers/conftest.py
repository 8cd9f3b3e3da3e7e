"""Fixtures of the provider tests: a local OAuth token endpoint and service-account files.

The GCP tests use google-auth's real credential classes: ``google.auth.default()`` reads a
service-account JSON (``GOOGLE_APPLICATION_CREDENTIALS``) whose ``token_uri`` points to
:class:`TokenServer`, a tiny HTTP server on 127.0.0.1 that issues numbered tokens and counts
the calls. Nothing leaves the machine.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

PROJECT = "acme-test-project"
TOKEN_PREFIX = "ya29.local-token-"
ENV_VARS = (
    "GOOGLE_APPLICATION_CREDENTIALS",
    "GOOGLE_CLOUD_PROJECT",
    "GCLOUD_PROJECT",
    "CLOUDSDK_CONFIG",
    "GOOGLE_CLOUD_QUOTA_PROJECT",
    "MISTRAL_API_KEY",
)


@dataclass
class TokenServer:
    """Issues ``ya29.local-token-N`` (N = 1, 2...) with ``expires_in``; or answers ``status``."""

    url: str = ""
    expires_in: int = 3600
    status: int = 200
    delay_s: float = 0.0
    calls: int = 0
    bodies: list[bytes] = field(default_factory=lambda: [])
    windows: list[tuple[float, float]] = field(default_factory=lambda: [])
    """``time.perf_counter()`` at the start and end of each call."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def token(self, n: int) -> str:
        return f"{TOKEN_PREFIX}{n}"

    def answer(self, body: bytes) -> tuple[int, dict[str, Any]]:
        started = time.perf_counter()
        try:
            return self._answer(body)
        finally:
            with self.lock:
                self.windows.append((started, time.perf_counter()))

    def _answer(self, body: bytes) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.calls += 1
            self.bodies.append(body)
            n = self.calls
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.status != 200:
            return self.status, {
                "error": "invalid_grant",
                "error_description": "Invalid JWT Signature.",
            }
        return 200, {
            "access_token": self.token(n),
            "expires_in": self.expires_in,
            "token_type": "Bearer",
        }


@pytest.fixture
def token_server() -> Iterator[TokenServer]:
    state = TokenServer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            status, payload = state.answer(body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/token"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def rsa_private_key_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def write_service_account(
    path: Path, key_pem: str, token_uri: str, project_id: str | None = PROJECT
) -> Path:
    info: dict[str, Any] = {
        "type": "service_account",
        "private_key_id": "0123456789abcdef",
        "private_key": key_pem,
        "client_email": "sdk-tests@acme-test-project.iam.gserviceaccount.com",
        "client_id": "100000000000000000001",
        "token_uri": token_uri,
    }
    if project_id is not None:
        info["project_id"] = project_id
    path.write_text(json.dumps(info))
    return path


@pytest.fixture
def clean_google_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No ambient Google configuration: only what a test sets is seen."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path / "no-gcloud"))


@pytest.fixture
def service_account(
    clean_google_env: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    rsa_private_key_pem: str,
    token_server: TokenServer,
) -> Path:
    """A service-account file found by ``google.auth.default()`` (project ``PROJECT``)."""
    path = write_service_account(tmp_path / "sa.json", rsa_private_key_pem, token_server.url)
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(path))
    return path
