"""Installing as documented: the umbrella, the documented ``pip install`` lines, the
per-domain constraints file, all with pip in fresh environments and no index at all.

The session builds a wheelhouse the way ``nox -s wheelhouse`` does: the wheel of every
published package (``libs/*``, ``plugins/*``) plus, through ``tools/wheelhouse.py``, every
third-party wheel ``uv.lock`` pins for them (all extras). A second wheelhouse adds
``mistralai-api-files`` 0.2.1, built from a temporary copy of its folder: what an enterprise
has once files moved on and chat did not.

* ``pip install --no-index --find-links <wheelhouse> mistralai`` gives ``mistralai.client``
  with every domain attached and ``mistralai.azure.client``; ``mistralai[gcp]`` adds the GCP
  provider.
* Every ``pip install`` line of a code block of README.md and docs/*.md that installs one of
  our packages resolves as written (``--dry-run``), with only ``dist`` replaced by the
  wheelhouse, and the documented private index URL by a local index made of the same wheels;
  those of docs/index.md and the private-index ones are really installed. Lines that install
  only tools (uv, nox) come from the public index and are left alone.
* The documented constraints file (docs/examples/constraints.txt) keeps chat at 0.2.0 while
  files moves to 0.2.1 over the same core, and both resolve on ``Mistral(...)``.
"""

from __future__ import annotations

import re
import shlex
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tools.packaging.domains import attach_points, domain_packages

from .conftest import (
    PYTHON,
    ROOT,
    Venv,
    WheelBuilder,
    describe,
    published_package_dirs,
    run,
    uv_command,
)

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CONSTRAINTS = ROOT / "docs" / "examples" / "constraints.txt"
PRIVATE_INDEX = "https://pypi.internal.example/simple"
#: what an install line may install from the public index: tools, never an SDK package
TOOLS = {"uv", "nox"}
#: distribution -> the attribute of ``Mistral`` where its domain attaches (its first attach
#: point), for every domain package of the tree
DOMAIN_ATTRIBUTES = {dist: attach_points(dist)[0] for dist in domain_packages()}


def tree_version(name: str) -> str:
    """The version a package's pyproject.toml in this tree says."""
    for parent in (ROOT / "libs", ROOT / "plugins"):
        pyproject = parent / name / "pyproject.toml"
        if pyproject.exists():
            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    raise AssertionError(f"no package {name}")


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


OURS = {normalize(d.name) for d in published_package_dirs()}


# -- the documented lines ----------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentedInstall:
    doc: str
    line: str
    args: tuple[str, ...]  # what follows `pip install`

    @property
    def requirements(self) -> list[str]:
        """Names of the distributions the line asks for (no options, no option values)."""
        names: list[str] = []
        skip_next = False
        for arg in self.args:
            if skip_next:
                skip_next = False
                continue
            if arg.startswith("-"):
                skip_next = "=" not in arg and arg in OPTIONS_WITH_VALUE
                continue
            match = re.match(r"[A-Za-z0-9._-]+", arg)
            if match:
                names.append(normalize(match.group(0)))
        return names

    @property
    def id(self) -> str:
        return f"{self.doc}:{' '.join(self.args)}"


OPTIONS_WITH_VALUE = {
    "-f",
    "--find-links",
    "-i",
    "--index-url",
    "--extra-index-url",
    "-c",
    "--constraint",
    "-r",
    "--requirement",
}


def documented_installs() -> list[DocumentedInstall]:
    found: list[DocumentedInstall] = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        # A ```text block quotes output (an error message naming a fix): not a command.
        for info, block in re.findall(r"^```([^\n]*)\n(.*?)^```", text, flags=re.M | re.S):
            if info.strip() == "text":
                continue
            for line in block.replace("\\\n", " ").splitlines():
                if "pip install" not in line:
                    continue
                tokens = shlex.split(line, comments=True)
                command: list[str] = []
                for token in [*tokens, "&&"]:
                    if token in {"&&", ";", "||"}:
                        if command[:2] == ["pip", "install"]:
                            found.append(
                                DocumentedInstall(
                                    str(doc.relative_to(ROOT)), line.strip(), tuple(command[2:])
                                )
                            )
                        elif command[:4] == ["python", "-m", "pip", "install"]:
                            found.append(
                                DocumentedInstall(
                                    str(doc.relative_to(ROOT)), line.strip(), tuple(command[4:])
                                )
                            )
                        command = []
                    else:
                        command.append(token)
    return found


INSTALLS = documented_installs()
SDK_INSTALLS = [i for i in INSTALLS if set(i.requirements) & OURS]


def test_documented_lines_are_found() -> None:
    docs = {i.doc for i in SDK_INSTALLS}
    assert {"README.md", "docs/index.md", "docs/install.md"} <= docs, docs
    assert any("--constraint" in i.args for i in SDK_INSTALLS)


@pytest.mark.parametrize("install", INSTALLS, ids=[i.id for i in INSTALLS])
def test_documented_line_uses_a_documented_form(install: DocumentedInstall) -> None:
    names = set(install.requirements)
    assert names, f"{install.doc}: `{install.line}` installs nothing"
    if not names & OURS:
        assert names <= TOOLS, (
            f"{install.doc}: `{install.line}` installs {sorted(names - TOOLS)} from the public "
            "index: only tools may come from there"
        )
        return
    args = install.args
    assert not any(a.startswith("--extra-index-url") for a in args), install.line
    if "--no-index" in args:
        assert args[args.index("--no-index") + 1 : args.index("--no-index") + 3] == (
            "--find-links",
            "dist",
        ), f"{install.doc}: `{install.line}`: the documented form is --no-index --find-links dist"
    else:
        assert "--index-url" in args, (
            f"{install.doc}: `{install.line}` lets pip look our names up on the public index"
        )
        assert args[args.index("--index-url") + 1] == PRIVATE_INDEX, install.line


# -- wheelhouses and environments --------------------------------------------------------------


def pip_venv(path: Path) -> Venv:
    """A fresh environment with pip in it (``uv venv --seed``)."""
    proc = run([*uv_command(), "venv", path, "--python", PYTHON, "--seed", "-q"])
    assert proc.returncode == 0, describe(proc)
    return Venv(path)


def pip(venv: Venv, *args: str | Path, cwd: Path = ROOT) -> None:
    proc = run([venv.python, "-m", "pip", "--disable-pip-version-check", *args], cwd=cwd)
    assert proc.returncode == 0, describe(proc)


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory, wheels: WheelBuilder) -> Path:
    """What ``nox -s wheelhouse`` writes to dist/: our wheels + every third-party wheel."""
    out = tmp_path_factory.mktemp("wheelhouse")
    for source in published_package_dirs():
        shutil.copy2(wheels.wheel(source.name), out)
    downloader = pip_venv(tmp_path_factory.mktemp("downloader"))
    proc = run([downloader.python, ROOT / "tools" / "wheelhouse.py", "--out", out])
    assert proc.returncode == 0, describe(proc)
    return out


@pytest.fixture(scope="module")
def enterprise_wheelhouse(
    tmp_path_factory: pytest.TempPathFactory, wheelhouse: Path, wheels: WheelBuilder
) -> Path:
    """The wheelhouse once mistralai-api-files 0.2.1 is out (chat and core unchanged)."""
    out = tmp_path_factory.mktemp("enterprise-wheelhouse")
    for wheel in wheelhouse.iterdir():
        shutil.copy2(wheel, out)
    shutil.copy2(wheels.rebuild("mistralai-api-files", version="0.2.1"), out)
    return out


@pytest.fixture(scope="module")
def private_index(tmp_path_factory: pytest.TempPathFactory, enterprise_wheelhouse: Path) -> str:
    """A PEP 503 index (file:// URL) serving the enterprise wheelhouse: the private index."""
    root = tmp_path_factory.mktemp("simple")
    projects: dict[str, list[Path]] = {}
    for wheel in sorted(enterprise_wheelhouse.glob("*.whl")):
        projects.setdefault(normalize(wheel.name.split("-", 1)[0]), []).append(wheel)
    for project, files in projects.items():
        page = root / project
        page.mkdir()
        links = "\n".join(f'<a href="{f.as_uri()}">{f.name}</a><br>' for f in files)
        (page / "index.html").write_text(
            f"<!DOCTYPE html>\n<html><body>\n{links}\n</body></html>\n"
        )
    (root / "index.html").write_text(
        "<!DOCTYPE html>\n<html><body>\n"
        + "\n".join(f'<a href="{p}/">{p}</a><br>' for p in sorted(projects))
        + "\n</body></html>\n"
    )
    return root.as_uri()


@pytest.fixture(scope="module")
def dry_run_venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    return pip_venv(tmp_path_factory.mktemp("dry-run"))


def as_run(install: DocumentedInstall, wheelhouse: Path, index: str) -> list[str]:
    """The line's arguments with ``dist`` -> the wheelhouse and the private index -> ours."""
    args = list(install.args)
    for i, arg in enumerate(args):
        if arg == "dist" and i > 0 and args[i - 1] in {"--find-links", "-f"}:
            args[i] = str(wheelhouse)
        elif arg == PRIVATE_INDEX:
            args[i] = index
    return args


# -- the umbrella ------------------------------------------------------------------------------

UMBRELLA_SCRIPT = """
import importlib.metadata as md
import mistralai
from mistralai.client import Mistral
from mistralai.azure.client import MistralAzure

client = Mistral(api_key="k")
attached = {}
for dist, path in ATTRIBUTES.items():
    obj = client
    for part in path.split("."):
        obj = getattr(obj, part)
    attached[dist] = type(obj).__module__
installed = {}
for name in [*ATTRIBUTES, "mistralai", "mistralai-core", "mistralai-provider-azure",
             "mistralai-provider-gcp"]:
    try:
        installed[name] = md.version(name)
    except md.PackageNotFoundError:
        installed[name] = None
out["attached"] = attached
out["installed"] = installed
out["namespace"] = getattr(mistralai, "__file__", None) is None
out["domains"] = sorted(ep.name for ep in md.entry_points(group="mistralai.domains"))
out["providers"] = sorted(ep.name for ep in md.entry_points(group="mistralai.providers"))
out["azure"] = MistralAzure.__module__
try:
    from mistralai.gcp.client import MistralGCP
    out["gcp"] = MistralGCP.__module__
except ImportError as exc:
    out["gcp"] = f"ImportError: {exc}"
print(json.dumps(out))
"""


def umbrella_state(venv: Venv, prelude: str) -> dict[str, Any]:
    return venv.run(
        prelude + f"ATTRIBUTES = {DOMAIN_ATTRIBUTES!r}\n" + UMBRELLA_SCRIPT, timeout=120
    )


def test_umbrella_installs_every_domain_then_gcp(
    tmp_path_factory: pytest.TempPathFactory, wheelhouse: Path, prelude: str
) -> None:
    venv = pip_venv(tmp_path_factory.mktemp("umbrella"))
    pip(venv, "install", "--no-index", "--find-links", wheelhouse, "mistralai")
    state = umbrella_state(venv, prelude)
    installed: dict[str, str | None] = state["installed"]
    assert installed["mistralai"] == tree_version("mistralai")
    assert installed["mistralai-provider-gcp"] is None
    assert all(installed[d] for d in [*DOMAIN_ATTRIBUTES, "mistralai-core"]), installed
    assert installed["mistralai-provider-azure"], installed
    assert state["namespace"] is True, "mistralai must stay a namespace package"
    expected_domains = sorted(domain_packages().values())
    assert state["domains"] == expected_domains
    attached: dict[str, str] = state["attached"]
    for dist, module in attached.items():
        domain = dist.removeprefix("mistralai-api-").replace("-", "_")
        assert module.startswith(f"mistralai.api.{domain}"), (dist, module)
    assert state["azure"] == "mistralai.azure.client"
    assert "gcp" not in state["providers"]
    # the umbrella gives a working `mistral` command, listing the installed domains' groups
    cli = run([venv.python.parent / "mistral", "--help"])
    assert cli.returncode == 0, describe(cli)
    assert all(group in cli.stdout for group in ("chat", "files", "workflows")), cli.stdout
    assert str(state["gcp"]).startswith("ImportError"), state["gcp"]

    pip(venv, "install", "--no-index", "--find-links", wheelhouse, "mistralai[gcp]")
    state = umbrella_state(venv, prelude)
    installed = state["installed"]
    assert installed["mistralai-provider-gcp"] == tree_version("mistralai-provider-gcp")
    assert state["gcp"] == "mistralai.gcp.client"
    assert "gcp" in state["providers"]


# -- the documented lines, as written ----------------------------------------------------------


@pytest.mark.parametrize("install", SDK_INSTALLS, ids=[i.id for i in SDK_INSTALLS])
def test_documented_line_resolves(
    install: DocumentedInstall,
    enterprise_wheelhouse: Path,
    private_index: str,
    dry_run_venv: Venv,
) -> None:
    pip(
        dry_run_venv, "install", "--dry-run", *as_run(install, enterprise_wheelhouse, private_index)
    )


REALLY_INSTALLED = [i for i in SDK_INSTALLS if i.doc == "docs/index.md" or "--index-url" in i.args]


@pytest.mark.parametrize("install", REALLY_INSTALLED, ids=[i.id for i in REALLY_INSTALLED])
def test_documented_line_installs(
    install: DocumentedInstall,
    tmp_path_factory: pytest.TempPathFactory,
    enterprise_wheelhouse: Path,
    private_index: str,
    prelude: str,
) -> None:
    venv = pip_venv(tmp_path_factory.mktemp("documented"))
    pip(venv, "install", *as_run(install, enterprise_wheelhouse, private_index))
    pip(venv, "check")
    state = venv.run(
        prelude
        + f"NAMES = {install.requirements!r}\n"
        + """
import importlib.metadata as md
from mistralai.client import Mistral
out["versions"] = {name: md.version(name) for name in NAMES}
out["client"] = type(Mistral(api_key="k")).__name__
print(json.dumps(out))
"""
    )
    assert state["client"] == "Mistral"


# -- pinning each domain on its own ------------------------------------------------------------


def test_constraints_file_pins_each_domain(
    tmp_path_factory: pytest.TempPathFactory,
    enterprise_wheelhouse: Path,
    private_index: str,
    prelude: str,
) -> None:
    documented = [i for i in SDK_INSTALLS if "--constraint" in i.args]
    assert len(documented) == 1, [i.line for i in documented]
    (install,) = documented
    constraint = install.args[install.args.index("--constraint") + 1]
    assert (ROOT / constraint).resolve() == CONSTRAINTS
    pins: dict[str, str] = {}
    for line in CONSTRAINTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.strip()] = version.strip()
    assert pins == {
        "mistralai-core": "0.2.0",
        "mistralai-api-chat": "0.2.0",
        "mistralai-api-files": "0.2.1",
    }

    venv = pip_venv(tmp_path_factory.mktemp("enterprise"))
    pip(venv, "install", *as_run(install, enterprise_wheelhouse, private_index))
    pip(venv, "check")
    state = venv.run(
        prelude
        + """
import importlib.metadata as md
from mistralai.client import Mistral
client = Mistral(api_key="k")
out["versions"] = {
    name: md.version(name)
    for name in ("mistralai-core", "mistralai-api-chat", "mistralai-api-files")
}
out["chat"] = outcome(lambda: client.chat)
out["files"] = outcome(lambda: client.files)
print(json.dumps(out))
"""
    )
    assert state["versions"] == pins
    for name in ("chat", "files"):
        result: dict[str, Any] = state[name]
        assert result["ok"], result
        assert str(result["module"]).startswith(f"mistralai.api.{name}"), result
