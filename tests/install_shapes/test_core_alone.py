"""Shape a: mistralai-core alone in a fresh environment.

The client imports, every domain is missing with a helpful ``MissingDomainError`` (an
``AttributeError``), importing core pulls in no domain package, nothing ships
``mistralai/__init__.py``, and core's own provider registers through the entry point group
like any plugin's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

# Every domain lives under mistralai.api; the providers keep their 2.x paths.
DOMAIN_PACKAGES = ["api", "azure", "gcp"]

SCRIPT = """
import importlib.metadata as md
import sysconfig
from pathlib import Path

import mistralai.core

out["after_import_core"] = [
    m for m in loaded("mistralai") if m not in ("mistralai", "mistralai.core")
]

from mistralai.client import Mistral
from mistralai.core.errors import MissingDomainError

client = Mistral(api_key="k")
out["after_client"] = loaded("mistralai")
out["provider"] = [client.provider.name, client.provider.base_url]
out["chat"] = outcome(lambda: client.chat)
out["fine_tuning"] = outcome(lambda: client.fine_tuning)
out["beta_agents"] = outcome(lambda: client.beta.agents)
out["hasattr_chat"] = hasattr(client, "chat")
out["getattr_default"] = getattr(client, "chat", "default")
out["dir_has_chat"] = "chat" in dir(client)
try:
    client.chat
except MissingDomainError as exc:
    out["missing_fields"] = [exc.name, exc.distribution]

import importlib

out["extra_mcp"] = outcome(lambda: importlib.import_module("mistralai.extra.mcp"))
out["extra_observability"] = outcome(
    lambda: importlib.import_module("mistralai.extra.observability.otel")
)

import mistralai

out["namespace"] = {
    "file": getattr(mistralai, "__file__", None),
    "path_type": type(mistralai.__path__).__name__,
}
site = Path(sysconfig.get_paths()["purelib"])
out["site_packages"] = str(site)
out["init_exists"] = (site / "mistralai" / "__init__.py").exists()
out["shipped_init"] = sorted(
    dist.metadata["Name"]
    for dist in md.distributions()
    if any(str(f).replace("\\\\", "/") == "mistralai/__init__.py" for f in dist.files or ())
)
out["providers_group"] = sorted(ep.name for ep in md.entry_points(group="mistralai.providers"))
out["domains_group"] = sorted(ep.name for ep in md.entry_points(group="mistralai.domains"))
out["distributions"] = sorted(dist.metadata["Name"] for dist in md.distributions())
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def result(venv_factory, prelude: str) -> dict[str, Any]:
    venv = venv_factory(["mistralai-core"])
    return venv.run(prelude + SCRIPT)


def test_only_core_is_installed(result: dict[str, Any]) -> None:
    ours = [d for d in result["distributions"] if d.startswith("mistralai")]
    assert ours == ["mistralai-core"]
    assert result["domains_group"] == []


def test_missing_domain_names_the_package(result: dict[str, Any]) -> None:
    chat = result["chat"]
    assert not chat["ok"]
    assert chat["type"] == "MissingDomainError"
    assert "AttributeError" in chat["mro"]
    assert "MistralError" in chat["mro"]
    assert "pip install mistralai-api-chat" in chat["message"]
    assert result["missing_fields"] == ["chat", "mistralai-api-chat"]

    fine_tuning = result["fine_tuning"]
    assert fine_tuning["type"] == "MissingDomainError"
    assert "pip install mistralai-api-fine-tuning" in fine_tuning["message"]

    beta_agents = result["beta_agents"]
    assert beta_agents["type"] == "MissingDomainError", beta_agents
    assert "pip install mistralai-api-agents" in beta_agents["message"]


def test_missing_domain_behaves_as_attribute_error(result: dict[str, Any]) -> None:
    assert result["hasattr_chat"] is False
    assert result["getattr_default"] == "default"
    assert result["dir_has_chat"] is False


def test_importing_core_loads_no_domain(result: dict[str, Any]) -> None:
    assert result["after_import_core"] == []
    domain_modules = [
        m
        for m in result["after_client"]
        if m.split(".")[1:2] and m.split(".")[1] in DOMAIN_PACKAGES
    ]
    assert domain_modules == []


def test_mistralai_is_a_pep420_namespace(result: dict[str, Any]) -> None:
    assert result["init_exists"] is False, Path(result["site_packages"]) / "mistralai"
    assert result["shipped_init"] == []
    assert result["namespace"]["file"] is None
    assert result["namespace"]["path_type"] == "_NamespacePath"


def test_default_provider_registers_through_entry_points(result: dict[str, Any]) -> None:
    assert "mistral" in result["providers_group"]
    assert result["provider"] == ["mistral", "https://api.mistral.ai"]


def test_missing_extra_portions_name_what_to_install(result: dict[str, Any]) -> None:
    mcp, otel = result["extra_mcp"], result["extra_observability"]
    assert mcp["type"] == "ModuleNotFoundError", mcp
    assert 'pip install "mistralai[agents]"' in mcp["message"], mcp
    assert otel["type"] == "ModuleNotFoundError", otel
    assert "mistralai.extra.observability is not installed" in otel["message"], otel
    assert 'pip install "mistralai[telemetry]"' in otel["message"], otel
