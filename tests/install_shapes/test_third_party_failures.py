"""Shape c (failures): mistralai-core + acme-widgets + acme-broken + acme-clash + acme-future.

A plugin that fails to import is recorded in ``registry.broken`` and does not stop the
others; two packages claiming ``widgets`` make ``client.widgets`` raise ``PluginError``
naming both (while ``beta.widgets``, claimed once, keeps working over HTTP); a plugin built
for a newer plugin API asks to upgrade mistralai-core.
"""

from __future__ import annotations

from typing import Any

import pytest

SCRIPT = """
import importlib.metadata as md

out["domains_group"] = sorted(
    ep.dist.name if ep.dist else ep.name for ep in md.entry_points(group="mistralai.domains")
)

from mistralai.client import Mistral
from mistralai.core.errors import PluginError
from mistralai.core.plugins import PLUGIN_API_VERSION, default_registry

out["constructed"] = outcome(lambda: Mistral(api_key="k", server_url=URL))
client = Mistral(api_key="k", server_url=URL)
registry = default_registry()
out["plugin_api_version"] = PLUGIN_API_VERSION
out["broken"] = {
    name: {"type": type(exc).__name__, "mro": [c.__name__ for c in type(exc).__mro__],
           "message": str(exc)}
    for name, exc in registry.broken.items()
}
broken_error = registry.broken_error()
out["broken_error"] = str(broken_error) if broken_error else None
out["attach_points"] = sorted(registry.attach_points())
out["widgets"] = outcome(lambda: client.widgets)
out["widgets_again"] = outcome(lambda: client.widgets)
out["beta_widgets"] = outcome(lambda: client.beta.widgets)
out["beta_list"] = outcome(lambda: client.beta.widgets.list())
out["future"] = outcome(lambda: client.future)
out["future_resource_imported"] = "acme_future.resources" in sys.modules
out["clash_resource_imported"] = "acme_clash.resources" in sys.modules
out["chat"] = outcome(lambda: client.chat)
print(json.dumps(out))
"""

PACKAGES = ["mistralai-core", "acme-widgets", "acme-broken", "acme-clash", "acme-future"]


@pytest.fixture(scope="module")
def result(venv_factory, prelude: str, local_api) -> dict[str, Any]:
    venv = venv_factory(PACKAGES)
    local_api.requests.clear()
    out = venv.run(prelude + f"URL = {local_api.url!r}\n" + SCRIPT)
    out["seen"] = [[r.method, r.path] for r in local_api.requests]
    return out


def test_all_four_plugins_are_discovered(result: dict[str, Any]) -> None:
    assert result["domains_group"] == ["acme-broken", "acme-clash", "acme-future", "acme-widgets"]


def test_broken_plugin_is_recorded_and_isolated(result: dict[str, Any]) -> None:
    assert result["constructed"]["ok"], result["constructed"]["error"]
    assert list(result["broken"]) == ["acme-broken"]
    broken = result["broken"]["acme-broken"]
    assert "ImportError" in broken["mro"]
    assert "acme_missing_dependency" in broken["message"]
    assert result["broken_error"] is not None
    assert "acme-broken" in result["broken_error"]
    # the other plugins' attach points are all there
    assert result["attach_points"] == ["beta.widgets", "future", "widgets"]


def test_clash_names_both_distributions(result: dict[str, Any]) -> None:
    for key in ("widgets", "widgets_again"):
        widgets = result[key]
        assert widgets["type"] == "PluginError", widgets
        assert "MistralError" in widgets["mro"]
        assert "acme-widgets" in widgets["message"]
        assert "acme-clash" in widgets["message"]
    assert result["clash_resource_imported"] is False


def test_other_domains_keep_working_over_http(result: dict[str, Any], local_api) -> None:
    beta_widgets = result["beta_widgets"]
    assert beta_widgets["ok"], beta_widgets["error"]
    assert [beta_widgets["module"], beta_widgets["type"]] == ["acme_widgets.resources", "Widgets"]
    assert result["beta_list"]["ok"], result["beta_list"]["error"]
    assert result["seen"] == [["GET", "/v1/models"]]


def test_newer_plugin_api_asks_to_upgrade_core(result: dict[str, Any]) -> None:
    future = result["future"]
    assert future["type"] == "PluginError", future
    assert "acme-future" in future["message"]
    assert "upgrade mistralai-core" in future["message"]
    assert str(result["plugin_api_version"] + 1) in future["message"]
    assert result["future_resource_imported"] is False


def test_missing_first_party_domain_unaffected(result: dict[str, Any]) -> None:
    assert result["chat"]["type"] == "MissingDomainError", result["chat"]
    assert "pip install mistralai-api-chat" in result["chat"]["message"]
