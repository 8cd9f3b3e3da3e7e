"""Run by ``test_install_shapes.py`` with pytest INSIDE a fresh environment where
acme-openai-compat is installed as a distribution (copied there as a ``test_*.py`` file; this
name keeps the workspace run from collecting it). The provider is found through its
``mistralai.providers`` entry point: no registry is passed, nothing in core knows about it."""

from __future__ import annotations

import importlib.metadata as md

from mistralai.client import Mistral
from mistralai.core.plugins import default_registry
from mistralai.testing import FakeMistralServer
from mistralai.testing.provider_conformance import ProviderConformance

KEY = "acme-secret-key-42"


def test_discovered_through_its_entry_point() -> None:
    eps = {ep.name: ep for ep in md.entry_points(group="mistralai.providers")}
    assert eps["acme"].value == "acme_openai_compat._plugin"
    assert eps["acme"].dist is not None and eps["acme"].dist.name == "acme-openai-compat"
    spec = default_registry().provider("acme")
    assert spec is not None and spec.distribution == "acme-openai-compat"
    assert not default_registry().broken


class TestInstalledAcmeConformance(ProviderConformance):
    provider_name = "acme"

    def make_client(self, server: FakeMistralServer) -> Mistral:
        return Mistral(provider="acme", api_key=KEY, server_url=server.url)

    def expected_path(self, op: str, stream: bool) -> str:
        return "/openai/v1/chat/completions"

    def secret(self) -> str:
        return KEY

    def expected_auth(self) -> tuple[str, str]:
        return ("x-acme-key", KEY)
