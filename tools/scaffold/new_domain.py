"""Create the hand-written shell of a domain package (pyproject, plugin, models, docs) and
register it where configuration must name it.

    python tools/scaffold/new_domain.py mistralai-api-files "files, beta.libraries, beta.rag"

Then: map its operations to it in ``tools/codegen/mapping.yaml`` (``package:``), run
``nox -s generate`` and ``uv lock``. Nothing else lists the domains: the generator, core's
missing-package hints (``FIRST_PARTY``, generated), the fake server (its
``mistralai.testing.routes`` entry point), the install-shape tests and the docs checks find
the package from its entry points (``mistralai.domains``, ``tools/packaging/domains.py``;
``mistralai.testing.routes`` for its fake routes, a stub written here). The
few configuration files that must name every package (the workspace's sources, dev group and
pyright paths, the docs' source paths, the umbrella ``mistralai``'s dependencies) are updated here, in place.

The generated code (``_generated/``) comes from ``nox -s generate``; this writes only what a
person owns afterwards, and never overwrites an existing file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mistralai.core.plugins import PLUGIN_API_VERSION

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.release.versions import cap_specifier  # noqa: E402
from tools.release.workspace import load_package  # noqa: E402

PYPROJECT = """\
[project]
name = "{dist}"
version = "{version}"
description = "{summary} for the modular Mistral AI SDK"
readme = "README.md"
requires-python = ">=3.11"
license = "Apache-2.0"
dependencies = ["mistralai-core{core_cap}"]

[project.entry-points."mistralai.domains"]
{module} = "mistralai.api.{module}._plugin"

# Routes of the fake Mistral server (mistralai-testing) for this domain's operations.
[project.entry-points."mistralai.testing.routes"]
{module} = "mistralai.api.{module}._fake_routes"

[build-system]
requires = ["hatchling>=1.25"]
build-backend = "hatchling.build"

[tool.hatch.build.targets.wheel]
packages = ["src/mistralai"]
"""

INIT = '''\
"""mistralai.api.{module}: {summary}.

Installing this package attaches its resources to :class:`mistralai.client.Mistral`.
"""

__version__ = "{version}"
'''

PLUGIN = '''\
"""Entry point of {dist}: declares what it attaches; imports nothing heavy."""

from __future__ import annotations

from mistralai.api.{module}._generated.attach import ATTACH, OPERATIONS
from mistralai.core.plugins import DomainSpec, domain_specs, hookimpl

PLUGIN_API = {plugin_api}
"""The plugin API this package was built for: a literal fixed at build time, never imported
from core, so that core can tell an old or a new plugin (see docs/versioning.md)."""


@hookimpl
def mistralai_domains() -> list[DomainSpec]:
    return domain_specs(
        ATTACH,
        models="mistralai.api.{module}.models",
        operations=OPERATIONS,
        api_version=PLUGIN_API,
    )
'''

MODELS = '''\
"""Every model of the {module} domain (generated), including the shared ones it uses from core."""

from typing import TYPE_CHECKING

from mistralai.api.{module}._generated import models as _generated
from mistralai.api.{module}._generated.models import __all__ as __all__
from mistralai.core.runtime import forward

if TYPE_CHECKING:
    from mistralai.api.{module}._generated.models import *  # noqa: F403
else:
    __getattr__, __dir__ = forward(__name__, _generated)
'''

README = """\
# {dist}

{summary} (`{attach}`) for the modular Mistral AI SDK. Installs on top of `mistralai-core`
and attaches itself to `Mistral` through the `mistralai.domains` entry point.
"""

FAKE_ROUTES = '''\
"""Fake-server routes of {dist}: loaded by mistralai-testing's fake server through the
``mistralai.testing.routes`` entry point, never at run time (this package does not depend on
mistralai-testing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer


def install(server: FakeMistralServer) -> None:
    """Add this domain's routes (``@server.route("GET", r"/v1/...")``, see mistralai-testing's
    README, "Shipping fake routes")."""
'''

CHANGELOG = "# Changelog\n\n## {version}\n- First release.\n"


def write(path: Path, text: str) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _insert_after_last(text: str, prefix: str, line: str, within: str = "") -> str:
    """``line`` after the last line starting with ``prefix`` (no change if already there);
    with ``within``, only among the lines of the block that starts with that line (up to the
    next blank line)."""
    lines = text.splitlines(keepends=True)
    if any(existing.rstrip("\n") == line for existing in lines):
        return text
    start, end = 0, len(lines)
    if within:
        start = next(i for i, existing in enumerate(lines) if existing.startswith(within))
        end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    last = max(i for i in range(start, end) if lines[i].startswith(prefix))
    lines.insert(last + 1, line + "\n")
    return "".join(lines)


def register(dist: str, cap: str) -> None:
    """Name the package in the workspace's configuration and the umbrella's dependencies."""
    root = ROOT / "pyproject.toml"
    text = root.read_text()
    text = _insert_after_last(text, "mistralai-api-", f"{dist} = {{ workspace = true }}")
    text = _insert_after_last(text, '    "mistralai-api-', f'    "{dist}",')
    text = _insert_after_last(text, '    "libs/mistralai-api-', f'    "libs/{dist}/src",')
    root.write_text(text)
    mkdocs = ROOT / "mkdocs.yml"
    mkdocs.write_text(
        _insert_after_last(
            mkdocs.read_text(),
            "            - libs/mistralai-api-",
            f"            - libs/{dist}/src",
        )
    )
    umbrella = ROOT / "libs" / "mistralai" / "pyproject.toml"
    text = umbrella.read_text()
    umbrella.write_text(
        _insert_after_last(text, '    "mistralai-api-', f'    "{dist}{cap}",', "dependencies = [")
    )


def main() -> None:
    dist, attach = sys.argv[1], sys.argv[2]
    summary = sys.argv[3] if len(sys.argv) > 3 else f"The {attach} resources"
    module = dist.removeprefix("mistralai-api-").replace("-", "_")
    base = ROOT / "libs" / dist
    # A new package starts at core's version, capped below core's next breaking release
    # (docs/versioning.md), so the caps test holds from the first commit.
    core_version = load_package(ROOT / "libs" / "mistralai-core").version
    values = {
        "dist": dist,
        "module": module,
        "summary": summary,
        "attach": attach,
        # the current plugin API of the core in this checkout, written as a literal
        "plugin_api": str(PLUGIN_API_VERSION),
        "version": str(core_version),
        "core_cap": cap_specifier(core_version),
    }
    src = base / "src" / "mistralai" / "api" / module
    write(base / "pyproject.toml", PYPROJECT.format(**values))
    write(base / "README.md", README.format(**values))
    write(base / "CHANGELOG.md", CHANGELOG.format(**values))
    write(src / "__init__.py", INIT.format(**values))
    write(src / "_plugin.py", PLUGIN.format(**values))
    write(src / "models.py", MODELS.format(**values))
    write(src / "_fake_routes.py", FAKE_ROUTES.format(**values))
    write(src / "py.typed", "")
    (base / "tests").mkdir(exist_ok=True)
    register(dist, values["core_cap"])


if __name__ == "__main__":
    main()
