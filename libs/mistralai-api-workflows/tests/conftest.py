"""Emulators for the workflow payload offloading tests, started once per session on 127.0.0.1.

- S3: moto's server (``moto[server]``, from the workspace's dev dependencies), in a thread.
- Google Cloud Storage: gcp-storage-emulator (pure Python, from PyPI), in a thread, data in
  memory; gcloud-aio-storage is pointed at it with ``STORAGE_EMULATOR_HOST``.
- Azure Blob: Azurite from npm, pinned by ``azurite/package-lock.json`` next to this file and
  installed there with ``npm ci`` on first use (like tools/prism does for Prism); telemetry
  off, data in memory, a free port chosen by Azurite (read from its output).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

AZURITE_DIR = Path(__file__).resolve().parent / "azurite"
AZURITE_BLOB = AZURITE_DIR / "node_modules" / "azurite" / "dist" / "src" / "blob" / "main.js"

# Azurite's documented development account (public, fixed in the emulator; not a secret).
AZURITE_ACCOUNT = "devstoreaccount1"
AZURITE_KEY = (
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)

S3_CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """URL of a moto S3 server (any bucket name, any credentials)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture(scope="session")
def gcs_emulator() -> Iterator[str]:
    """URL of a GCS emulator, also set as ``STORAGE_EMULATOR_HOST`` for the session (read by
    gcloud-aio-storage each time a client is created)."""
    from gcp_storage_emulator.server import create_server

    server = create_server("127.0.0.1", 0, in_memory=True)
    server.start()
    try:
        # port 0 asks the OS for a free port; the emulator has no public accessor for it
        _host, port = server._api._httpd.server_address  # pyright: ignore
        url = f"http://127.0.0.1:{port}"
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("STORAGE_EMULATOR_HOST", url)
            yield url
    finally:
        server.stop()


def _ensure_azurite() -> None:
    if AZURITE_BLOB.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to install Azurite for the Azure offloading tests")
    subprocess.run(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", str(AZURITE_DIR)],
        check=True,
        capture_output=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def azurite_connection_string(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Connection string of a running Azurite blob service."""
    _ensure_azurite()
    node = shutil.which("node")
    assert node is not None, "node is needed to run Azurite"
    workdir = tmp_path_factory.mktemp("azurite")
    process = subprocess.Popen(
        [
            node,
            str(AZURITE_BLOB),
            "--blobHost",
            "127.0.0.1",
            "--blobPort",
            "0",
            "--inMemoryPersistence",
            "--disableTelemetry",
            "--skipApiVersionCheck",
            "--loose",
            "--silent",
        ],
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    port: list[int] = []
    ready = threading.Event()
    lines: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            found = re.search(r"listens on http://127\.0\.0\.1:(\d+)", line)
            if found and not port:
                port.append(int(found.group(1)))
                ready.set()
        ready.set()  # output closed: the process ended

    threading.Thread(target=read, daemon=True).start()
    ready.wait(60)
    try:
        if not port:
            raise RuntimeError("Azurite did not start:\n" + "".join(lines))
        yield (
            "DefaultEndpointsProtocol=http;"
            f"AccountName={AZURITE_ACCOUNT};AccountKey={AZURITE_KEY};"
            f"BlobEndpoint=http://127.0.0.1:{port[0]}/{AZURITE_ACCOUNT};"
        )
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
