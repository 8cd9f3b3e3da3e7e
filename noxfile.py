"""The one task runner: every check CI runs is a session here.

Sessions drive the uv workspace environment (``.venv``, from ``uv.lock``) with ``uv run``;
nox itself only sequences them.

- ``nox -s demo``      the main job: stream a chat answer (real API with MISTRAL_API_KEY,
                       otherwise the bundled fake server)
- ``nox -s tests``     everything CI checks: regeneration is a no-op, ruff, pyright strict,
                       the whole pytest suite (unit, fake server, Prism conformance, install
                       shapes)
- ``nox -s generate``  regenerate models and resources from the spec
- ``nox -s bench``     benchmarks against raw httpx + pydantic, printed side by side
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["tests"]


def sync(session: nox.Session) -> None:
    session.run("uv", "sync", "--all-packages", "--locked", "--quiet", external=True)


@nox.session
def demo(session: nox.Session) -> None:
    """Stream a chat completion to the terminal."""
    sync(session)
    session.run(
        "uv",
        "run",
        "--no-sync",
        "python",
        "examples/chat_stream.py",
        *session.posargs,
        external=True,
    )


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate models and resources from spec/mistral-openapi.yaml."""
    sync(session)
    session.run("uv", "run", "--no-sync", "python", "tools/codegen/generate.py", external=True)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint + format) and pyright strict on every package."""
    sync(session)
    session.run("uv", "run", "--no-sync", "ruff", "check", ".", external=True)
    session.run("uv", "run", "--no-sync", "ruff", "format", "--check", ".", external=True)
    session.run("uv", "run", "--no-sync", "pyright", external=True)


@nox.session
def tests(session: nox.Session) -> None:
    """Everything CI runs: generated code up to date, lint, types, the whole test suite."""
    sync(session)
    session.run(
        "uv", "run", "--no-sync", "python", "tools/codegen/generate.py", "--check", external=True
    )
    session.run("uv", "run", "--no-sync", "ruff", "check", ".", external=True)
    session.run("uv", "run", "--no-sync", "ruff", "format", "--check", ".", external=True)
    session.run("uv", "run", "--no-sync", "pyright", external=True)
    session.run("uv", "run", "--no-sync", "pytest", *session.posargs, external=True)


@nox.session
def bench(session: nox.Session) -> None:
    """Speed and memory against raw httpx + pydantic on the same local server."""
    sync(session)
    session.run(
        "uv", "run", "--no-sync", "python", "tools/bench/run.py", *session.posargs, external=True
    )
