"""Commands come from the ``mistralai.cli`` entry points of the installed distributions,
including third-party ones; the library packages never import typer or rich."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

from typer.testing import Result

from mistralai.cli import ENTRY_POINT_GROUP, ExitCode
from mistralai.cli._plugins import discover
from mistralai.testing import FakeMistralServer

Run = Callable[..., Result]


def _listed(result: Result) -> set[str]:
    # Command names in the help's "Commands" panel: the first word of each row.
    section = result.stdout.split("─ Commands ", 1)[1].split("╰", 1)[0]
    names: set[str] = set()
    for line in section.splitlines():
        cell = line.strip("│").strip()
        if cell and line.startswith("│ ") and not line.startswith("│  "):
            names.add(cell.split(" ", 1)[0])
    return names


def test_help_lists_exactly_the_installed_commands(run: Run) -> None:
    installed = {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}
    assert {"chat", "models", "files", "batch", "fine-tuning", "workflows", "agents"} <= installed
    result = run("--help")
    assert result.exit_code == 0
    assert _listed(result) == installed
    # each domain declares its own commands
    owners = {name: source.distribution for name, source in discover().items()}
    assert owners["chat"] == owners["ocr"] == "mistralai-api-chat"
    assert owners["files"] == "mistralai-api-files"
    assert owners["batch"] == owners["fine-tuning"] == "mistralai-api-fine-tuning"
    assert owners["agents"] == owners["conversations"] == "mistralai-api-agents"
    assert owners["workflows"] == "mistralai-api-workflows"


def test_third_party_package_adds_a_command(
    run: Run, third_party: Path, fake_server: FakeMistralServer
) -> None:
    assert discover()["acme"].distribution == "acme-mistral-cli"
    assert {"acme", "broken"} <= _listed(run("--help"))
    hello = run("acme", "hello", "--name", "Ada")
    assert hello.exit_code == 0, hello.stderr
    assert hello.stdout == "acme: You said: hello Ada\n"
    assert fake_server.requests.last.header("authorization") == "Bearer test-key"
    failed = run("acme", "fail")
    assert (failed.exit_code, failed.stderr) == (ExitCode.FAILED, "Error: acme gave up\n")


def test_a_broken_plugin_does_not_break_the_others(run: Run, third_party: Path) -> None:
    broken = run("broken", "whatever", "--flag")
    assert broken.exit_code == ExitCode.MISSING
    assert "failed to load" in broken.stderr and "acme_cli_missing_module" in broken.stderr
    assert run("chat", "still works").exit_code == 0


def test_not_installed_means_not_listed(run: Run) -> None:
    assert "acme" not in _listed(run("--help"))
    assert run("acme", "hello").exit_code == ExitCode.USAGE


def test_domain_packages_do_not_import_typer_or_rich() -> None:
    # At run time: importing the domains and using their resources never loads typer or the
    # CLI. (rich and click are not checked here: httpx imports its own optional command line,
    # which needs them, whenever they happen to be installed; the scan below covers them.)
    code = (
        "import sys\n"
        "import mistralai.api.chat, mistralai.api.files, mistralai.api.fine_tuning\n"
        "import mistralai.api.agents, mistralai.api.workflows\n"
        "from mistralai.client import Mistral\n"
        "c = Mistral(api_key='k')\n"
        "c.chat, c.files, c.fine_tuning.jobs, c.batch.jobs, c.beta.agents, c.workflows\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'typer'\n"
        "             or m == 'mistralai.cli' or m.startswith('mistralai.cli.'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_only_the_cli_modules_of_the_domains_import_typer_or_rich() -> None:
    # Statically: in the domain packages, only `_cli.py` (loaded by `mistral` alone) imports
    # typer, rich, click or mistralai.cli.
    libs = Path(__file__).resolve().parents[2]
    offenders: list[str] = []
    cli_modules: list[Path] = []
    for path in sorted(libs.glob("mistralai-api-*/src/**/*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("typer", "rich", "click") or name == "mistralai.cli":
                    if path.name == "_cli.py":
                        cli_modules.append(path)
                    else:
                        offenders.append(f"{path.relative_to(libs)}:{node.lineno} imports {name}")
    assert not offenders, "\n".join(offenders)
    assert len(set(cli_modules)) >= 5  # chat, files, fine-tuning, agents, workflows
