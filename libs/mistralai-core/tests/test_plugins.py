"""The plugin loader: lazy attachment, missing domains, broken, clashing, mismatched plugins."""

from __future__ import annotations

import types

import httpx
import pytest

from mistralai.client import Mistral, errors
from mistralai.core._resource import Resource
from mistralai.core.plugins import PLUGIN_API_VERSION, DomainSpec, ProviderSpec, Registry, hookimpl
from mistralai.core.provider import Provider


class Widgets(Resource):
    def ping(self) -> str:
        return "pong"


def plugin(*specs: DomainSpec | ProviderSpec) -> types.SimpleNamespace:
    domains = [s for s in specs if isinstance(s, DomainSpec)]
    providers = [s for s in specs if isinstance(s, ProviderSpec)]

    class Plugin:
        @hookimpl
        def mistralai_domains(self) -> list[DomainSpec]:
            return domains

        @hookimpl
        def mistralai_providers(self) -> list[ProviderSpec]:
            return providers

    return Plugin()  # type: ignore[return-value]


def registry_with(*plugins: object) -> Registry:
    registry = Registry()
    registry.register(
        plugin(
            ProviderSpec("mistral", "mistralai.core.provider:default_provider", "mistralai-core")
        )
    )
    for index, p in enumerate(plugins):
        registry.register(p, name=f"p{index}")
    return registry


def client(registry: Registry) -> Mistral:
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    return Mistral(api_key="k", registry=registry, client=httpx.Client(transport=transport))


WIDGETS = f"{__name__}:Widgets"


def test_resources_attach_lazily_and_are_cached() -> None:
    registry = registry_with(
        plugin(
            DomainSpec("widgets", WIDGETS, "acme-widgets"),
            DomainSpec("beta.gadgets", WIDGETS, "acme-widgets"),
        )
    )
    c = client(registry)
    assert "widgets" not in vars(c)
    assert c.widgets.ping() == "pong"
    assert c.widgets is c.widgets and "widgets" in vars(c)
    assert c.beta.gadgets.ping() == "pong"
    assert "widgets" in dir(c) and "gadgets" in dir(c.beta)


def test_missing_first_party_domain_names_the_package() -> None:
    c = client(registry_with())
    with pytest.raises(errors.MissingDomainError) as info:
        _ = c.fine_tuning
    assert "pip install mistralai-api-fine-tuning" in str(info.value)
    assert isinstance(info.value, AttributeError)
    with pytest.raises(errors.MissingDomainError, match="mistralai-api-agents"):
        _ = c.beta.conversations
    assert not hasattr(c, "no_such_thing")


def test_duplicate_claims_name_both_distributions() -> None:
    registry = registry_with(
        plugin(DomainSpec("widgets", WIDGETS, "acme-widgets")),
        plugin(DomainSpec("widgets", WIDGETS, "other-widgets")),
        plugin(DomainSpec("gizmos", WIDGETS, "other-widgets")),
    )
    c = client(registry)
    with pytest.raises(errors.PluginError) as info:
        _ = c.widgets
    assert "acme-widgets" in str(info.value) and "other-widgets" in str(info.value)
    assert c.gizmos.ping() == "pong"  # the rest still works


@pytest.mark.parametrize(
    ("version", "advice"),
    [(PLUGIN_API_VERSION + 1, "upgrade mistralai-core"), (0, "upgrade acme-widgets")],
)
def test_api_version_mismatch_says_what_to_upgrade(version: int, advice: str) -> None:
    registry = registry_with(plugin(DomainSpec("widgets", WIDGETS, "acme-widgets", version)))
    with pytest.raises(errors.PluginError, match=advice):
        _ = client(registry).widgets


def test_failing_plugin_does_not_break_the_others() -> None:
    class Broken:
        @hookimpl
        def mistralai_domains(self) -> list[DomainSpec]:
            raise RuntimeError("kaput")

    registry = registry_with(Broken(), plugin(DomainSpec("widgets", WIDGETS, "acme-widgets")))
    c = client(registry)
    assert c.widgets.ping() == "pong"
    assert "kaput" in str(registry.broken_error())


def test_resource_that_fails_to_import_raises_when_used() -> None:
    registry = registry_with(plugin(DomainSpec("widgets", "acme.nowhere:Widgets", "acme-widgets")))
    with pytest.raises(errors.PluginError, match="acme-widgets"):
        _ = client(registry).widgets


class ChatOnly(Provider):
    name = "chat-only"
    served_domains = frozenset({"chat"})


def test_provider_from_registry_and_unsupported_operations() -> None:
    from _ops import GET_THING, NAMED_STREAM

    registry = registry_with(plugin(ProviderSpec("chat-only", f"{__name__}:ChatOnly", "acme")))
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(
        lambda r: sent.append(r) or httpx.Response(200, json={"id": "1"})
    )  # type: ignore[func-returns-value]
    c = Mistral(
        api_key="k",
        registry=registry,
        provider="chat-only",
        client=httpx.Client(transport=transport),
    )
    assert c.provider.name == "chat-only"
    assert c.request(GET_THING, path={"thing_id": "a"}).id == "1"
    with pytest.raises(errors.UnsupportedOperationError, match=r"chat-only.*named_stream"):
        c.stream(NAMED_STREAM, path={"thing_id": "a"})
    assert len(sent) == 1


def test_resource_with_a_wrong_class_name_raises_plugin_error_not_attribute_error() -> None:
    # An AttributeError escaping __getattr__ would look like "no such resource" (hasattr False).
    registry = registry_with(plugin(DomainSpec("widgets", f"{__name__}:NoSuchClass", "acme-w")))
    c = client(registry)
    with pytest.raises(errors.PluginError, match=r"acme-w.*NoSuchClass"):
        _ = c.widgets
    with pytest.raises(errors.PluginError):
        hasattr(c, "widgets")
