"""Providers installed as real distributions into fresh environments (``uv venv`` +
``uv pip install`` of the package directories, third-party versions constrained by uv.lock):

* core + chat + gcp (+ testing for the fake server), no other domain: the gcp provider works,
  with google-auth's real service-account flow against the local token endpoint;
* the same without google-auth (``--no-deps`` for mistralai-provider-gcp): selecting the provider names
  the missing dependency (``pip install google-auth``); a fixed access token still works;
* acme-openai-compat (a third-party provider): found through its entry point and passing the
  conformance suite, run by pytest inside that environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from .conftest import PROJECT, TOKEN_PREFIX, TokenServer, write_service_account

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300
CORE = [ROOT / "libs" / "mistralai-core", ROOT / "libs" / "mistralai-api-chat"]
TESTING = ROOT / "libs" / "mistralai-testing"
GCP = ROOT / "plugins" / "mistralai-provider-gcp"
ACME = ROOT / "tests" / "provider_packages" / "acme-openai-compat"


def uv() -> list[str]:
    found = shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def clean_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in (
        "VIRTUAL_ENV",
        "PYTHONPATH",
        "PYTHONHOME",
        "UV_PROJECT_ENVIRONMENT",
        "MISTRAL_API_KEY",
        "GOOGLE_APPLICATION_CREDENTIALS",
        "GOOGLE_CLOUD_PROJECT",
        "GCLOUD_PROJECT",
    ):
        env.pop(name, None)
    env.setdefault("UV_LINK_MODE", "copy")
    env["PYTHONUTF8"] = "1"
    env.update(extra)
    return env


def run(cmd: Sequence[str | Path], *, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert proc.returncode == 0, (
        f"$ {' '.join(str(c) for c in cmd)}\n(exit {proc.returncode})\n"
        f"--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
    )
    return proc.stdout


def python_of(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def make_venv(path: Path, constraints: Path, *installs: Sequence[str | Path]) -> Path:
    run([*uv(), "venv", path, "--python", "3.11", "-q"])
    for args in installs:
        run([*uv(), "pip", "install", "--python", python_of(path), "-q", "-c", constraints, *args])
    return path


def script(venv: Path, code: str, **env: str) -> dict[str, Any]:
    out = run([python_of(venv), "-I", "-c", textwrap.dedent(code)], cwd=venv, env=clean_env(**env))
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def venvs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The three environments, created in parallel."""
    base = tmp_path_factory.mktemp("provider-venvs")
    constraints = base / "constraints.txt"
    run(
        [
            *uv(),
            "export",
            "--frozen",
            "--no-hashes",
            "--all-packages",
            "--no-emit-workspace",
            "--quiet",
            "--output-file",
            constraints,
        ]
    )
    shapes: dict[str, list[list[str | Path]]] = {
        "gcp": [[*CORE, TESTING, GCP]],
        "gcp-no-google-auth": [[*CORE, TESTING], ["--no-deps", GCP]],
        "acme": [[*CORE, TESTING, ACME, "pytest"]],
    }
    with ThreadPoolExecutor(len(shapes)) as pool:
        futures = {
            name: pool.submit(make_venv, base / name, constraints, *installs)
            for name, installs in shapes.items()
        }
        yield {name: future.result() for name, future in futures.items()}


GCP_SCRIPT = """
import importlib.metadata as md
import json
import re

from mistralai.client import Mistral
from mistralai.core.errors import MissingDomainError, UnsupportedOperationError
from mistralai.core.plugins import default_registry
from mistralai.testing import FakeMistralServer
from mistralai.testing._completions import chat_completions

out = {}
out["dists"] = sorted(
    d.metadata["Name"] for d in md.distributions() if d.metadata["Name"].startswith("mistralai")
)
out["providers"] = default_registry().providers()
path = "/v1/projects/PROJECT/locations/europe-west4/publishers/mistralai/models/m:rawPredict"
with FakeMistralServer() as srv:
    srv.add_route("POST", re.escape(path.replace("PROJECT", "%(project)s")), chat_completions)
    client = Mistral(provider="gcp", server_url=srv.url)
    res = client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
    out["content"] = res.choices[0].message.content
    out["auth"] = srv.requests.last.header("authorization")
    try:
        client.ocr.process(model="m", document={"type": "document_url", "document_url": "x"})
    except UnsupportedOperationError as exc:
        out["ocr"] = str(exc)
    try:
        client.fine_tuning
    except MissingDomainError as exc:
        out["fine_tuning"] = str(exc)
    out["sent"] = len(srv.requests)
print(json.dumps(out))
"""


def test_core_chat_gcp_shape(
    venvs: dict[str, Path], tmp_path: Path, rsa_private_key_pem: str, token_server: TokenServer
) -> None:
    sa = write_service_account(tmp_path / "sa.json", rsa_private_key_pem, token_server.url)
    out = script(
        venvs["gcp"],
        GCP_SCRIPT % {"project": PROJECT},
        GOOGLE_APPLICATION_CREDENTIALS=str(sa),
        CLOUDSDK_CONFIG=str(tmp_path / "no-gcloud"),
    )
    assert out["dists"] == [
        "mistralai-api-chat",
        "mistralai-core",
        "mistralai-provider-gcp",
        "mistralai-testing",
    ]
    assert out["providers"] == ["gcp", "mistral"]
    assert out["content"] == "You said: hi"
    assert out["auth"] == f"Bearer {TOKEN_PREFIX}1"
    assert token_server.calls == 1
    assert "provider 'gcp' does not serve 'ocr_v1_ocr_post'" in out["ocr"]
    assert "pip install" in out["fine_tuning"]
    assert out["sent"] == 1


NO_GOOGLE_AUTH_SCRIPT = """
import json
import re

from mistralai.client import Mistral
from mistralai.core.errors import MistralError
from mistralai.testing import FakeMistralServer
from mistralai.testing._completions import chat_completions

out = {}
try:
    import google.auth
    out["google_auth"] = True
except ImportError:
    out["google_auth"] = False
try:
    Mistral(provider="gcp", project_id="p")
except MistralError as exc:
    out["error"] = {"type": type(exc).__name__, "message": str(exc),
                    "mro": [c.__name__ for c in type(exc).__mro__]}
path = "/v1/projects/p/locations/europe-west4/publishers/mistralai/models/m:rawPredict"
with FakeMistralServer() as srv:
    srv.add_route("POST", re.escape(path), chat_completions)
    client = Mistral(provider="gcp", project_id="p", access_token="fixed", server_url=srv.url)
    res = client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
    out["content"] = res.choices[0].message.content
    out["auth"] = srv.requests.last.header("authorization")
print(json.dumps(out))
"""


def test_gcp_without_google_auth_names_the_dependency(venvs: dict[str, Path]) -> None:
    out = script(venvs["gcp-no-google-auth"], NO_GOOGLE_AUTH_SCRIPT)
    assert out["google_auth"] is False
    error = out["error"]
    assert error["type"] == "GoogleAuthMissingError"
    assert "MistralError" in error["mro"] and "PluginError" in error["mro"]
    assert "pip install google-auth" in error["message"]
    assert out["content"] == "You said: hi"  # a fixed access token needs no google-auth
    assert out["auth"] == "Bearer fixed"


def test_third_party_provider_from_its_entry_point(venvs: dict[str, Path]) -> None:
    venv = venvs["acme"]
    suite = venv / "suite"
    suite.mkdir(exist_ok=True)
    shutil.copy(
        Path(__file__).with_name("acme_installed_suite.py"), suite / "test_acme_installed.py"
    )
    out = run(
        [python_of(venv), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_acme_installed.py"],
        cwd=suite,
    )
    assert " passed" in out and "failed" not in out, out
    assert "9 passed" in out, out
