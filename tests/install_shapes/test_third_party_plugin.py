"""Shape c: mistralai-core + acme-widgets, a third-party package outside the namespace.

Discovery goes through the installed distribution's entry points (``mistralai.domains`` and
``mistralai.providers``), and the plugin's resource talks HTTP to a local server through the
core request pipeline (auth, headers, parsing), on ``client.widgets`` and
``client.beta.widgets``, sync and async, with the default and with the plugin's provider.
"""

from __future__ import annotations

from typing import Any

import pytest

SCRIPT = """
import asyncio
import importlib.metadata as md
import importlib.util

out["domains_group"] = sorted(
    [ep.name, ep.value, ep.dist.name if ep.dist else None]
    for ep in md.entry_points(group="mistralai.domains")
)
out["providers_group"] = sorted(ep.name for ep in md.entry_points(group="mistralai.providers"))

from mistralai.client import Mistral
from mistralai.core.plugins import default_registry
from mistralai.core.runtime import Resource

client = Mistral(api_key="k", server_url=URL)
registry = default_registry()
out["broken"] = {name: f"{type(exc).__name__}: {exc}" for name, exc in registry.broken.items()}
out["attach_points"] = sorted(registry.attach_points())
out["providers"] = registry.providers()
out["resources_loaded_before_use"] = "acme_widgets.resources" in sys.modules
out["dir"] = "widgets" in dir(client)
out["beta_dir"] = "widgets" in dir(client.beta)
out["beta"] = outcome(lambda: client.beta)
out["widgets"] = outcome(lambda: client.widgets)
out["widgets_is_resource"] = isinstance(client.widgets, Resource)
out["beta_widgets"] = outcome(lambda: client.beta.widgets)
out["in_namespace"] = importlib.util.find_spec("mistralai.acme_widgets") is not None
out["chat"] = outcome(lambda: client.chat)

out["list"] = client.widgets.list()
out["beta_list"] = client.beta.widgets.list()
out["list_async"] = asyncio.run(client.widgets.list_async())

acme = Mistral(provider="acme", api_key="acme-key", server_url=URL)
out["acme_provider"] = [type(acme.provider).__module__, acme.provider.name]
out["acme_list"] = acme.widgets.list()
out["ping"] = outcome(lambda: client.widgets.ping())
out["acme_ping"] = outcome(lambda: acme.widgets.ping())
try:
    client.widgets.ping()
except Exception as exc:
    out["ping_status"] = getattr(exc, "status_code", None)
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def result(venv_factory, prelude: str, local_api) -> dict[str, Any]:
    venv = venv_factory(["mistralai-core", "acme-widgets"])
    local_api.requests.clear()
    out = venv.run(prelude + f"URL = {local_api.url!r}\n" + SCRIPT)
    out["seen"] = [[r.method, r.path, r.headers] for r in local_api.requests]
    return out


def test_discovered_through_entry_points(result: dict[str, Any]) -> None:
    assert result["domains_group"] == [["acme-widgets", "acme_widgets._plugin", "acme-widgets"]]
    assert sorted(result["providers_group"]) == ["acme", "mistral"]
    assert result["broken"] == {}
    assert result["attach_points"] == ["beta.widgets", "widgets"]
    assert result["providers"] == ["acme", "mistral"]


def test_resources_attach_lazily(result: dict[str, Any]) -> None:
    assert result["resources_loaded_before_use"] is False
    assert result["dir"] is True
    assert result["beta_dir"] is True
    assert result["beta"]["type"] == "Namespace", result["beta"]
    for key in ("widgets", "beta_widgets"):
        res = result[key]
        assert res["ok"], res["error"]
        assert [res["module"], res["type"]] == ["acme_widgets.resources", "Widgets"]
        assert "Resource" in res["mro"]
    assert result["widgets_is_resource"] is True


def test_third_party_lives_outside_the_namespace(result: dict[str, Any]) -> None:
    assert result["in_namespace"] is False


def test_missing_first_party_domain_unaffected(result: dict[str, Any]) -> None:
    assert result["chat"]["type"] == "MissingDomainError"
    assert "pip install mistralai-api-chat" in result["chat"]["message"]


def test_widgets_call_goes_over_http_through_core(result: dict[str, Any], local_api) -> None:
    assert result["list"] == local_api.payload
    assert result["beta_list"] == local_api.payload
    assert result["list_async"] == local_api.payload
    default_calls = [
        seen for seen in result["seen"] if seen[1] == "/v1/models" and "authorization" in seen[2]
    ]
    assert len(default_calls) == 3, result["seen"]
    for method, path, headers in default_calls:
        assert [method, path] == ["GET", "/v1/models"]
        assert headers["authorization"] == "Bearer k"
        assert headers["user-agent"].startswith("mistralai")
        assert headers.get("accept") == "application/json"


def test_status_errors_are_typed_for_plugin_operations(result: dict[str, Any]) -> None:
    ping = result["ping"]
    assert ping["type"] == "NotFoundError", ping
    assert "SDKError" in ping["mro"]
    assert result["ping_status"] == 404


def test_provider_refuses_unserved_domain_before_sending(result: dict[str, Any]) -> None:
    acme_ping = result["acme_ping"]
    assert acme_ping["type"] == "UnsupportedOperationError", acme_ping
    assert "acme" in acme_ping["message"]
    pings = [seen for seen in result["seen"] if seen[1] == "/v1/acme/ping"]
    assert len(pings) == 2, "the acme provider must not send the gadgets operation"
    assert all("authorization" in headers for _, _, headers in pings)


def test_third_party_provider(result: dict[str, Any]) -> None:
    assert result["acme_provider"] == ["acme_widgets.provider", "acme"]
    assert result["acme_list"]["object"] == "list"
    acme_calls = [seen for seen in result["seen"] if "x-acme-key" in seen[2]]
    assert len(acme_calls) == 1, result["seen"]
    method, path, headers = acme_calls[0]
    assert [method, path, headers["x-acme-key"]] == ["GET", "/v1/models", "acme-key"]
    assert "authorization" not in headers
