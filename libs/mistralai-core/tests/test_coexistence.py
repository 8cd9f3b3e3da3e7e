"""The guard against the official ``mistralai`` monolith (``mistralai.core._coexistence``).

The real thing, with the monolith's wheel, is tests/install_shapes/test_coexistence.py; here a
fake ``mistralai`` namespace and fake distributions check the detection and the message.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from mistralai.core import _coexistence
from mistralai.core._coexistence import MonolithInstalledError, check_coexistence, find_monolith


class FakeDist:
    def __init__(self, name: str, version: str, files: list[str]) -> None:
        self.metadata = {"Name": name}
        self.version = version
        self.files = files


def fake_namespace(monkeypatch: pytest.MonkeyPatch, *entries: Path) -> None:
    namespace = types.ModuleType("mistralai")
    namespace.__path__ = [str(e) for e in entries]
    monkeypatch.setitem(sys.modules, "mistralai", namespace)


def test_this_environment_is_clean() -> None:
    assert find_monolith() is None
    check_coexistence()


def test_no_marker_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "client").mkdir()
    (tmp_path / "client" / "__init__.py").write_text("")
    fake_namespace(monkeypatch, tmp_path)
    assert find_monolith() is None
    check_coexistence()


def test_monolith_found_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    (ours / "core").mkdir(parents=True)
    (theirs / "client").mkdir(parents=True)
    (theirs / "client" / "sdk.py").write_text("")
    fake_namespace(monkeypatch, ours, theirs)
    dists: list[Any] = [
        FakeDist("mistralai", "2.5.1", ["mistralai/client/sdk.py", "mistralai/extra/run/x.py"]),
        FakeDist("mistralai-core", "0.2.0", ["mistralai/core/__init__.py"]),
        FakeDist("mistralai-api-agents", "0.2.0", ["mistralai/extra/run/__init__.py"]),
        FakeDist("mistralai-api-chat", "0.2.0", ["mistralai/api/chat/__init__.py"]),
        FakeDist("httpx", "0.28.1", ["httpx/__init__.py"]),
    ]
    monkeypatch.setattr("importlib.metadata.distributions", lambda: iter(dists))
    assert find_monolith() == str(theirs / "client" / "sdk.py")
    with pytest.raises(ImportError) as info:
        check_coexistence()
    assert isinstance(info.value, MonolithInstalledError)
    message = str(info.value)
    assert "distribution mistralai 2.5.1" in message
    assert str(theirs / "client" / "sdk.py") in message
    assert (
        "pip uninstall -y mistralai && pip install --force-reinstall mistralai-core "
        "mistralai-api-agents (" in message
    )


def test_message_without_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("importlib.metadata.distributions", lambda: iter([]))
    message = _coexistence._message("/x/mistralai/client/sdk.py")
    assert "distribution mistralai (version unknown)" in message
    assert "pip uninstall -y mistralai && pip install --force-reinstall mistralai-core (" in message
