"""A domain built for a plugin API this core does not support, installed from real wheels.

``libs/mistralai-api-chat`` is copied to a temporary directory, its ``_plugin.py`` literal
``PLUGIN_API = 1`` rewritten (99: built for a future core; 0: built for a core that no longer
supports it), and the copy built with ``uv build --wheel``. Installed with the core wheel into
a fresh environment, ``Mistral(api_key="x").chat`` must raise ``PluginError`` naming the
distribution and its version, both plugin API versions, and the ``pip`` command that fixes
it, while ``import mistralai.client`` and constructing the client keep working.
"""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHAT = ROOT / "libs" / "mistralai-api-chat"
PLUGIN_FILE = Path("src/mistralai/api/chat/_plugin.py")
LITERAL = re.compile(r"^PLUGIN_API = 1$", re.M)

SCRIPT = """
import mistralai.client
from mistralai.client import Mistral
from mistralai.core.plugins import PLUGIN_API_VERSION, SUPPORTED_PLUGIN_API

out["client_imported"] = True
out["supported"] = [SUPPORTED_PLUGIN_API[0], SUPPORTED_PLUGIN_API[-1]]
out["constructed"] = outcome(lambda: Mistral(api_key="x"))
out["chat"] = outcome(lambda: Mistral(api_key="x").chat)
out["chat_loaded"] = loaded("mistralai.api.chat")
print(json.dumps(out))
"""


def chat_version() -> str:
    with (CHAT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def helpers_of(wheels: Any) -> ModuleType:
    """The install-shape conftest module as pytest loaded it (``run``, ``describe``, ``Venv``...)."""
    return sys.modules[type(wheels).__module__]


def build_chat_declaring(api: int, tmp: Path, h: ModuleType) -> Path:
    """A wheel of mistralai-api-chat whose ``_plugin.py`` says ``PLUGIN_API = <api>``."""
    source = tmp / "mistralai-api-chat"
    shutil.copytree(
        CHAT,
        source,
        ignore=shutil.ignore_patterns("tests", "__pycache__", ".venv", "build", "dist"),
    )
    plugin = source / PLUGIN_FILE
    text = plugin.read_text(encoding="utf-8")
    assert LITERAL.search(text), f"{PLUGIN_FILE} no longer holds the literal `PLUGIN_API = 1`"
    plugin.write_text(LITERAL.sub(f"PLUGIN_API = {api}", text), encoding="utf-8")
    out = tmp / "wheel"
    proc = h.run([*h.uv_command(), "build", "--wheel", "--out-dir", out, source])
    assert proc.returncode == 0, h.describe(proc)
    built = sorted(out.glob("*.whl"))
    assert len(built) == 1, h.describe(proc)
    return built[0]


@pytest.fixture(scope="module", params=[99, 0], ids=["built-for-future-api", "built-for-old-api"])
def shape(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    wheels: Any,
    lock_constraints: Path,
    prelude: str,
) -> tuple[int, dict[str, Any]]:
    h = helpers_of(wheels)
    api: int = request.param
    tmp = tmp_path_factory.mktemp(f"plugin-api-{api}")
    chat_wheel = build_chat_declaring(api, tmp, h)
    uv = h.uv_command()
    venv = h.Venv(tmp / "venv", ["mistralai-core", "mistralai-api-chat"])
    proc = h.run([*uv, "venv", venv.path, "--python", h.PYTHON, "-q"])
    assert proc.returncode == 0, h.describe(proc)
    proc = h.run(
        [
            *uv,
            "pip",
            "install",
            "--python",
            venv.python,
            "-q",
            "--constraints",
            lock_constraints,
            wheels.wheel("mistralai-core"),
            chat_wheel,
        ]
    )
    assert proc.returncode == 0, h.describe(proc)
    return api, venv.run(prelude + SCRIPT)


def test_client_still_imports_and_constructs(shape: tuple[int, dict[str, Any]]) -> None:
    _, result = shape
    assert result["client_imported"] is True
    assert result["constructed"]["ok"], result["constructed"]


def test_chat_raises_plugin_error_with_the_fix(shape: tuple[int, dict[str, Any]]) -> None:
    api, result = shape
    chat = result["chat"]
    assert chat["type"] == "PluginError", chat
    assert "MistralError" in chat["mro"]
    message: str = chat["message"]
    low, high = result["supported"]
    assert f"mistralai-api-chat {chat_version()}" in message, message
    assert f"built for plugin API {api}" in message, message
    assert "mistralai-core " in message
    assert (str(low) if low == high else f"{low} to {high}") in message, message
    if api > high:
        assert "pip install --upgrade mistralai-core" in message, message
        assert "pip install --upgrade mistralai-api-chat" not in message, message
    else:
        assert "pip install --upgrade mistralai-api-chat" in message, message
        assert "pip install --upgrade mistralai-core" not in message, message
    # the check fires before the resource is imported: only the entry point module was loaded
    assert set(result["chat_loaded"]) <= {
        "mistralai.api.chat",
        "mistralai.api.chat._plugin",
        "mistralai.api.chat._generated",
        "mistralai.api.chat._generated.attach",
    }, result["chat_loaded"]
