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
- ``nox -s docs``      the documentation site (mkdocs --strict) into build/site/
- ``nox -s build``     every wheel and sdist of libs/* and plugins/* into dist/, metadata checked
- ``nox -s release -- <package> <major|minor|patch>``  bump one package, COMMIT and TAG it
                       (docs/releasing.md)
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


@nox.session
def wheelhouse(session: nox.Session) -> None:
    """dist/ as an offline wheelhouse: our wheels and sdists plus every third-party wheel they
    need (uv.lock's pins, all extras); then ``pip install --no-index --find-links dist ...``."""
    import sys

    build_session = globals().get("build")
    if callable(build_session):
        build_session(session)  # our wheels and sdists into dist/
    else:
        session.run("uv", "build", "--all-packages", "--out-dir", "dist", external=True)
    # pip of the interpreter running nox: the wheels match its Python version and platform.
    session.run(sys.executable, "tools/wheelhouse.py", "--out", "dist", external=True)


@nox.session
def build(session: nox.Session) -> None:
    """Build every published package (libs/*, plugins/*) into dist/ and check the artifacts.

    Checks: metadata name and version are the pyproject's, requirements on our own packages
    have both bounds (the cap rule of docs/releasing.md), no wheel ships mistralai/__init__.py
    or mistralai/api/__init__.py, each wheel with code ships py.typed; then ``twine check``.
    """
    sync(session)
    session.run(
        "uv", "run", "--no-sync", "python", "-m", "tools.release.dist", *session.posargs,
        external=True,
    )  # fmt: skip


@nox.session
def release(session: nox.Session) -> None:
    """Release one package: ``nox -s release -- <package> <major|minor|patch> [--note TEXT]``.

    Bumps the package's version (pyproject and ``__version__``), opens its CHANGELOG section,
    moves the caps of the packages that depend on it when the bump is breaking for them (0.x
    minor, or major; ``--move-caps`` moves them anyway), runs ``uv lock``, then COMMITS the
    changed files and TAGS the commit ``<distribution>-v<version>``. Nothing is pushed.
    Needs a clean working tree (``--allow-dirty`` to override). See docs/releasing.md.
    """
    sync(session)
    session.run(
        "uv", "run", "--no-sync", "python", "-m", "tools.release.release", *session.posargs,
        external=True,
    )  # fmt: skip


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site (mkdocs-material + mkdocstrings) into build/site/, --strict.

    ``nox -s docs -- serve`` previews it instead (http://127.0.0.1:8000). The API reference
    pages of the domains are written by tools/docs/reference.py (checked here, refreshed with
    ``uv run --no-sync python tools/docs/reference.py``).
    """
    sync(session)
    session.run(
        "uv", "run", "--no-sync", "python", "tools/docs/reference.py", "--check", external=True
    )
    if session.posargs[:1] == ["serve"]:
        session.run("uv", "run", "--no-sync", "mkdocs", "serve", *session.posargs[1:],
                    external=True)  # fmt: skip
        return
    session.run(
        "uv", "run", "--no-sync", "mkdocs", "build", "--strict", *session.posargs,
        external=True, env={"NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
