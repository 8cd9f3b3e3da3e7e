"""mistralai-provider-azure on its own: the entry point, the spec and what the provider serves."""

from __future__ import annotations

import importlib.metadata as md

from mistralai.api.chat._generated import resources
from mistralai.azure._plugin import mistralai_providers
from mistralai.azure.provider import AzureProvider
from mistralai.core.plugins import default_registry
from mistralai.core.provider import ProviderOptions


def test_entry_point_and_spec() -> None:
    eps = {ep.name: ep.value for ep in md.entry_points(group="mistralai.providers")}
    assert eps["azure"] == "mistralai.azure._plugin"
    (spec,) = mistralai_providers()
    assert (spec.name, spec.factory) == ("azure", "mistralai.azure.provider:AzureProvider")
    # The plugin does not state its distribution: core takes it from the entry point.
    registered = default_registry().provider("azure")
    assert registered is not None
    assert registered.distribution == "mistralai-provider-azure"
    assert (registered.name, registered.factory) == (spec.name, spec.factory)


def test_serves_chat_and_ocr_only() -> None:
    provider = AzureProvider(ProviderOptions(api_key="k", server_url="https://x.example"))
    ops = [v for v in vars(resources).values() if hasattr(v, "operation_id")]
    served = {op.operation_id for op in ops if provider.supports(op)}
    assert served == {"chat_completion_v1_chat_completions_post", "ocr_v1_ocr_post"}


def test_no_mistralai_init() -> None:
    import mistralai

    assert getattr(mistralai, "__file__", None) is None  # PEP 420 namespace
