"""Fixtures of the install-shape tests: real wheels, fresh virtual environments, scripts.

Every package involved (``libs/*``, ``plugins/*``, ``tests/plugin_packages/*``) is built once
per session into a wheel with ``uv build --wheel`` (all builds start together, in parallel).
Each shape then creates one fresh environment (``uv venv``) and installs the wheels it needs
with ``uv pip install``, constrained to the versions pinned in ``uv.lock``. Installing built
wheels rather than source directories matters: uv caches a local directory's build keyed on
its ``pyproject.toml``, so ``uv pip install libs/x`` could reinstall stale code. Third-party
dependencies come from uv's ordinary (shared, persistent) cache, so repeated runs are fast.
Scripts run in that environment's interpreter, in isolated mode (``-I``: nothing from the
working tree or ``PYTHONPATH`` can leak in), and print one JSON object on their last line.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

import pytest
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the release tooling (tools/release) edits rebuilt copies
    sys.path.insert(0, str(ROOT))
PLUGIN_PACKAGES = ROOT / "tests" / "plugin_packages"
PYTHON = "3.11"
COMMAND_TIMEOUT = 300


def package_dirs() -> dict[str, Path]:
    """Distribution directory name -> directory, for every buildable package we know of."""
    found: dict[str, Path] = {}
    for parent in (ROOT / "libs", ROOT / "plugins", PLUGIN_PACKAGES):
        for pyproject in sorted(parent.glob("*/pyproject.toml")):
            found[pyproject.parent.name] = pyproject.parent
    return found


def published_package_dirs() -> list[Path]:
    """The packages the project publishes: every ``pyproject.toml`` under libs/ and plugins/."""
    return [
        pyproject.parent
        for parent in (ROOT / "libs", ROOT / "plugins")
        for pyproject in sorted(parent.glob("*/pyproject.toml"))
    ]


def uv_command() -> list[str]:
    uv = shutil.which("uv")
    if uv is not None:
        return [uv]
    probe = subprocess.run(
        [sys.executable, "-m", "uv", "--version"], capture_output=True, text=True, check=False
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "uv"]
    pytest.fail("the install-shape tests need uv (not on PATH, and `python -m uv` fails)")


def clean_env() -> dict[str, str]:
    """The environment for uv and for scripts: no trace of the workspace environment."""
    env = dict(os.environ)
    for name in (
        "VIRTUAL_ENV",
        "CONDA_PREFIX",
        "PYTHONPATH",
        "PYTHONHOME",
        "PYTHONSTARTUP",
        "UV_PROJECT_ENVIRONMENT",
        "MISTRAL_API_KEY",
    ):
        env.pop(name, None)
    env.setdefault("UV_LINK_MODE", "copy")  # cache and tmp may be on different filesystems
    env["PYTHONUTF8"] = "1"
    return env


def run(cmd: Sequence[str | Path], *, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in cmd],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )


def describe(proc: subprocess.CompletedProcess[str]) -> str:
    cmd = " ".join(str(part) for part in proc.args)
    return (
        f"$ {cmd}\n(exit {proc.returncode})\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
    )


# -- wheels ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    name: str
    source: Path
    wheel: Path | None
    log: str


class WheelBuilder:
    """Starts building every known package in parallel; ``wheel(name)`` waits for one."""

    def __init__(self, out_dir: Path) -> None:
        self.uv = uv_command()
        self.out_dir = out_dir
        self.sources = package_dirs()
        self._pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
        self._rebuilt: dict[tuple[object, ...], Path] = {}
        self._futures: dict[str, Future[BuildResult]] = {
            name: self._pool.submit(self._build, name, source)
            for name, source in self.sources.items()
        }

    def _build(self, name: str, source: Path, out: Path | None = None) -> BuildResult:
        out = out or self.out_dir / name
        proc = run([*self.uv, "build", "--wheel", "--out-dir", out, source])
        wheels = sorted(out.glob("*.whl")) if proc.returncode == 0 else []
        return BuildResult(name, source, wheels[0] if len(wheels) == 1 else None, describe(proc))

    def result(self, name: str) -> BuildResult:
        future = self._futures.get(name)
        if future is None:
            pytest.fail(f"no package named {name!r} (known: {', '.join(sorted(self.sources))})")
        return future.result()

    def wheel(self, name: str) -> Path:
        result = self.result(name)
        if result.wheel is None:
            pytest.fail(f"building a wheel of {name} failed:\n{result.log}")
        return result.wheel

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def rebuild(
        self,
        name: str,
        *,
        version: str | None = None,
        requirements: Mapping[str, str] | None = None,
        source: Path | None = None,
    ) -> Path:
        """The wheel of a temporary copy of package ``name`` (of ``source`` when given, e.g. an
        older state of it), its version set to ``version`` (pyproject and ``__version__``) and
        the specifier of each requirement on a distribution in ``requirements`` replaced
        (``{"mistralai-core": ">=0.3.0,<0.4"}``); built like every other wheel (``_build``)."""
        key = (name, version, tuple(sorted((requirements or {}).items())), source)
        if key in self._rebuilt:
            return self._rebuilt[key]
        from tools.release.versions import format_requirement
        from tools.release.workspace import load_package, replace_requirements, set_version

        origin = source or self.sources.get(name)
        if origin is None:
            pytest.fail(f"no package named {name!r} (known: {', '.join(sorted(self.sources))})")
        base = self.out_dir / "rebuilt" / f"{name}-{len(self._rebuilt)}"
        copy = base / "src" / name
        ignore = shutil.ignore_patterns("tests", "__pycache__", ".venv", "dist", "build")
        shutil.copytree(origin, copy, ignore=ignore)
        package = load_package(copy)
        if version is not None:
            set_version(package, version)
        wanted = {canonicalize_name(k): v for k, v in (requirements or {}).items()}
        replacements = {
            raw: format_requirement(req, wanted[canonicalize_name(req.name)])
            for _, raw, req in package.requirements()
            if canonicalize_name(req.name) in wanted
        }
        if replacements:
            replace_requirements(package.pyproject, replacements)
        result = self._build(name, copy, base / "wheel")
        if result.wheel is None:
            pytest.fail(f"rebuilding {name} ({version=}, {requirements=}) failed:\n{result.log}")
        self._rebuilt[key] = result.wheel
        return result.wheel


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WheelBuilder]:
    builder = WheelBuilder(tmp_path_factory.mktemp("wheels"))
    yield builder
    builder.close()


@pytest.fixture(scope="session")
def lock_constraints(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Third-party versions pinned by uv.lock, as a constraints file for ``uv pip install``."""
    out = tmp_path_factory.mktemp("constraints") / "constraints.txt"
    proc = run(
        [
            *uv_command(),
            "export",
            "--frozen",
            "--no-hashes",
            "--all-packages",
            "--no-emit-workspace",
            "--quiet",
            "--output-file",
            out,
        ]
    )
    assert proc.returncode == 0, describe(proc)
    return out


# -- environments ------------------------------------------------------------------------------


@dataclass
class Venv:
    """A fresh virtual environment with some of our wheels installed."""

    path: Path
    installed: list[str] = field(default_factory=lambda: [])

    @property
    def python(self) -> Path:
        if os.name == "nt":
            return self.path / "Scripts" / "python.exe"
        return self.path / "bin" / "python"

    def run(self, script: str, *, timeout: float = 60) -> dict[str, Any]:
        """Run ``script`` (dedented) in isolated mode; return the JSON object on its last line."""
        proc = subprocess.run(
            [str(self.python), "-I", "-c", textwrap.dedent(script)],
            cwd=self.path,
            env=clean_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert proc.returncode == 0, f"script failed in {self.path}:\n{describe(proc)}"
        lines = proc.stdout.strip().splitlines()
        assert lines, f"script printed nothing:\n{describe(proc)}"
        result = json.loads(lines[-1])
        assert isinstance(result, dict), lines[-1]
        return cast("dict[str, Any]", result)


def make_venv(path: Path, wheels: WheelBuilder, constraints: Path, packages: Sequence[str]) -> Venv:
    uv = uv_command()
    files = [wheels.wheel(name) for name in packages]
    proc = run([*uv, "venv", path, "--python", PYTHON, "-q"])
    assert proc.returncode == 0, describe(proc)
    venv = Venv(path, list(packages))
    proc = run(
        [*uv, "pip", "install", "--python", venv.python, "-q", "--constraints", constraints, *files]
    )
    assert proc.returncode == 0, describe(proc)
    return venv


VenvFactory = Callable[[Sequence[str]], Venv]


@pytest.fixture(scope="module")
def venv_factory(
    tmp_path_factory: pytest.TempPathFactory, wheels: WheelBuilder, lock_constraints: Path
) -> VenvFactory:
    """``venv_factory(["mistralai-core", ...])``: a fresh environment with those wheels."""

    def factory(packages: Sequence[str]) -> Venv:
        return make_venv(tmp_path_factory.mktemp("venv"), wheels, lock_constraints, packages)

    return factory


# -- script helpers ----------------------------------------------------------------------------

PRELUDE = """\
import json
import sys


def outcome(fn):
    '''What calling fn did: its value's type, or the exception it raised.'''
    try:
        value = fn()
    except BaseException as exc:
        return {
            "ok": False,
            "error": f"{type(exc).__module__}.{type(exc).__name__}: {exc}",
            "type": type(exc).__name__,
            "module": type(exc).__module__,
            "mro": [cls.__name__ for cls in type(exc).__mro__],
            "message": str(exc),
        }
    return {
        "ok": True,
        "type": type(value).__name__,
        "module": type(value).__module__,
        "mro": [cls.__name__ for cls in type(value).__mro__],
    }


def loaded(prefix):
    return sorted(name for name in sys.modules if name == prefix or name.startswith(prefix + "."))


out = {}
"""
"""Defines ``outcome(fn)``, ``loaded(prefix)`` and the ``out`` dict; end scripts with
``print(json.dumps(out))``."""


@pytest.fixture(scope="session")
def prelude() -> str:
    return PRELUDE


# -- a tiny local API --------------------------------------------------------------------------

MODELS_PAYLOAD: dict[str, Any] = {
    "object": "list",
    "data": [{"id": "acme-widget-1", "object": "model", "owned_by": "acme"}],
}


@dataclass
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class LocalApi:
    url: str
    requests: list[SeenRequest]
    payload: dict[str, Any]


@pytest.fixture(scope="module")
def local_api() -> Iterator[LocalApi]:
    """An HTTP server on 127.0.0.1 (free port) answering ``GET /v1/models`` with JSON."""
    seen: list[SeenRequest] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            with lock:
                seen.append(
                    SeenRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                )
            if self.path.split("?", 1)[0] == "/v1/models":
                status, payload = 200, MODELS_PAYLOAD
            else:
                status, payload = 404, {"detail": f"no route for {self.path}"}
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LocalApi(f"http://127.0.0.1:{server.server_address[1]}", seen, MODELS_PAYLOAD)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "published_package" in metafunc.fixturenames:
        dirs = published_package_dirs()
        metafunc.parametrize(
            "published_package", [d.name for d in dirs], ids=[d.name for d in dirs]
        )


# -- other interpreters --------------------------------------------------------------------------


@cache
def python312() -> str | None:
    """A CPython 3.12 interpreter: uv's, else pyenv's, else ``python3.12`` on PATH."""
    candidates: list[str] = []
    uv = shutil.which("uv")
    if uv:
        proc = subprocess.run(
            [uv, "python", "find", "--no-python-downloads", "3.12"],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode == 0:
            candidates.append(proc.stdout.strip())
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates += sorted(glob.glob(os.path.join(root, "versions", "3.12*", "bin", "python3.12")))
    which = shutil.which("python3.12")
    candidates += [which] if which else []
    for candidate in candidates:
        probe = subprocess.run(
            [candidate, "-c", "import sys; assert sys.version_info[:2] == (3, 12)"],
            capture_output=True,
            check=False,
        )
        if probe.returncode == 0:
            return candidate
    return None
