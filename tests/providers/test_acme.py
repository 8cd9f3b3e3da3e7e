"""The third-party ``acme`` provider (tests/provider_packages/acme-openai-compat) passes the
conformance suite in the workspace environment too. Here it is registered on an explicit
registry from its source tree; ``test_install_shapes.py`` installs it as a real distribution in
a fresh environment and finds it through its entry point."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.core.errors import ConfigurationError, NoCredentialsError
from mistralai.core.plugins import Registry
from mistralai.testing import FakeMistralServer
from mistralai.testing.provider_conformance import HANDLERS, ProviderConformance, add_provider_route

ACME_SRC = Path(__file__).resolve().parents[1] / "provider_packages" / "acme-openai-compat" / "src"
KEY = "acme-secret-key-42"
PATH = "/openai/v1/chat/completions"


def acme_registry() -> Registry:
    if str(ACME_SRC) not in sys.path:
        sys.path.append(str(ACME_SRC))
    plugin = importlib.import_module("acme_openai_compat._plugin")
    registry = Registry()
    registry.load_entry_points()
    registry.register(plugin, name="acme-openai-compat", distribution="acme-openai-compat")
    return registry


class TestAcmeConformance(ProviderConformance):
    provider_name = "acme"

    def make_client(self, server: FakeMistralServer) -> Mistral:
        return Mistral(
            provider="acme", api_key=KEY, server_url=server.url, registry=acme_registry()
        )

    def expected_path(self, op: str, stream: bool) -> str:
        return PATH

    def secret(self) -> str:
        return KEY

    def expected_auth(self) -> tuple[str, str]:
        return ("x-acme-key", KEY)


@pytest.fixture
def acme_server() -> Any:
    server = FakeMistralServer()
    add_provider_route(server, PATH, HANDLERS["chat"], auth=("x-acme-key", KEY))
    with server:
        yield server


def test_key_from_environment(
    acme_server: FakeMistralServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACME_API_KEY", KEY)
    client = Mistral(provider="acme", server_url=acme_server.url, registry=acme_registry())
    client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
    assert acme_server.requests.last.header("x-acme-key") == KEY
    assert acme_server.requests.last.header("authorization") is None


def test_missing_key_and_url(
    acme_server: FakeMistralServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACME_API_KEY", raising=False)
    client = Mistral(provider="acme", server_url=acme_server.url, registry=acme_registry())
    with pytest.raises(NoCredentialsError, match="ACME_API_KEY"):
        client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
    assert len(acme_server.requests) == 0
    with pytest.raises(ConfigurationError, match="server_url"):
        Mistral(provider="acme", api_key=KEY, registry=acme_registry())
