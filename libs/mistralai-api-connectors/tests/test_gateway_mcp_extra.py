"""``mcp_client`` without a usable ``mcp`` package: an ``ImportError`` naming the fix, at the
call (not at ``async with``), and nothing sent."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable

import pytest

from mistralai.client import Mistral


def fake_version(found: str | None) -> Callable[[str], str]:
    def version(name: str) -> str:
        if name != "mcp":
            return importlib.metadata.version(name)
        if found is None:
            raise importlib.metadata.PackageNotFoundError(name)
        return found

    return version


@pytest.mark.parametrize(
    ("found", "message"),
    [
        (None, 'pip install "mistralai-api-connectors[mcp]"'),
        ("2.1.0", 'pip install "mcp>=1.24,<2"'),
    ],
)
def test_mcp_client_names_what_to_install(
    monkeypatch: pytest.MonkeyPatch, found: str | None, message: str
) -> None:
    monkeypatch.setattr(importlib.metadata, "version", fake_version(found))
    with (
        Mistral(api_key="test", server_url="http://127.0.0.1:9") as client,
        pytest.raises(ImportError, match="mcp_client needs") as caught,
    ):
        client.beta.connectors.mcp_client(connector_id_or_name="github")
    assert message in str(caught.value)
    assert caught.value.name == "mcp"
