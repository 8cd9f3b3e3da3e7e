"""The installed ``mistral`` console script, run as a real process against the fake server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from mistralai.testing import FakeMistralServer


def _script() -> str:
    found = Path(sys.executable).parent / ("mistral.exe" if os.name == "nt" else "mistral")
    if found.exists():
        return str(found)
    which = shutil.which("mistral")
    assert which, "the mistral script is not installed (uv sync --all-packages)"
    return which


def _env(server: FakeMistralServer, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MISTRAL_")}
    env.update(MISTRAL_API_KEY="test-key", MISTRAL_SERVER_URL=server.url, COLUMNS="200", **extra)
    return env


def test_script_streams_a_chat_answer(fake_server: FakeMistralServer) -> None:
    done = subprocess.run(
        [_script(), "chat", "--model", "mistral-small-latest"],
        input="from a real process",
        capture_output=True,
        text=True,
        env=_env(fake_server),
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (0, "You said: from a real process\n"), done.stderr
    assert fake_server.requests.last.json()["stream"] is True


def test_script_error_exit_code(fake_server: FakeMistralServer) -> None:
    done = subprocess.run(
        [_script(), "models", "get", "no-such-model"],
        capture_output=True,
        text=True,
        env=_env(fake_server),
        timeout=60,
    )
    assert done.returncode == 4
    assert done.stderr.startswith("Error: HTTP 404") and done.stderr.count("\n") == 1


def test_script_loads_a_third_party_entry_point(
    fake_server: FakeMistralServer, acme_site: Path
) -> None:
    env = _env(fake_server, PYTHONPATH=str(acme_site))
    listed = subprocess.run(
        [_script(), "--help"], capture_output=True, text=True, env=env, timeout=60
    )
    assert "acme" in listed.stdout
    done = subprocess.run(
        [_script(), "acme", "hello"], capture_output=True, text=True, env=env, timeout=60
    )
    assert (done.returncode, done.stdout) == (0, "acme: You said: hello world\n"), done.stderr


def test_shell_completion_includes_plugin_commands(fake_server: FakeMistralServer) -> None:
    env = _env(
        fake_server, _MISTRAL_COMPLETE="complete_bash", COMP_WORDS="mistral fi", COMP_CWORD="1"
    )
    done = subprocess.run([_script()], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.split() == ["files", "fine-tuning"]
