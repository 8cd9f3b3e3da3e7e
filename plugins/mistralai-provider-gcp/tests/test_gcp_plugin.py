"""mistralai-provider-gcp on its own: the entry point, the spec and what the provider serves."""

from __future__ import annotations

import importlib.metadata as md

from mistralai.api.chat._generated import resources
from mistralai.core.plugins import default_registry
from mistralai.core.provider import ProviderOptions
from mistralai.gcp._plugin import mistralai_providers
from mistralai.gcp.provider import GCPProvider


def test_entry_point_and_spec() -> None:
    eps = {ep.name: ep.value for ep in md.entry_points(group="mistralai.providers")}
    assert eps["gcp"] == "mistralai.gcp._plugin"
    (spec,) = mistralai_providers()
    assert (spec.name, spec.factory) == ("gcp", "mistralai.gcp.provider:GCPProvider")
    # The plugin does not state its distribution: core takes it from the entry point.
    registered = default_registry().provider("gcp")
    assert registered is not None
    assert registered.distribution == "mistralai-provider-gcp"
    assert (registered.name, registered.factory) == (spec.name, spec.factory)


def test_serves_chat_and_fim_only() -> None:
    provider = GCPProvider(ProviderOptions(extra={"project_id": "p", "access_token": "t"}))
    ops = [v for v in vars(resources).values() if hasattr(v, "operation_id")]
    served = {op.operation_id for op in ops if provider.supports(op)}
    assert served == {
        "chat_completion_v1_chat_completions_post",
        "fim_completion_v1_fim_completions_post",
    }
    assert provider.base_url == "https://europe-west4-aiplatform.googleapis.com"
