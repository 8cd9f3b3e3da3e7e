"""The plugin loader: lazy attachment, missing domains, broken, clashing, mismatched plugins."""

from __future__ import annotations

import types

import httpx
import pytest

from mistralai.client import Mistral, errors
from mistralai.core.plugins import (
    MIN_PLUGIN_API_VERSION,
    PLUGIN_API_VERSION,
    SUPPORTED_PLUGIN_API,
    DomainSpec,
    ProviderSpec,
    Registry,
    domain_specs,
    hookimpl,
)
from mistralai.core.provider import Provider
from mistralai.core.runtime import Resource

API = 1
"""The plugin API the test plugins are built for (a literal, as in a real plugin)."""


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
            ProviderSpec(
                "mistral",
                "mistralai.core.provider:default_provider",
                "mistralai-core",
                api_version=API,
            )
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
            DomainSpec("widgets", WIDGETS, "acme-widgets", api_version=API),
            DomainSpec("beta.gadgets", WIDGETS, "acme-widgets", api_version=API),
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
        plugin(DomainSpec("widgets", WIDGETS, "acme-widgets", api_version=API)),
        plugin(DomainSpec("widgets", WIDGETS, "other-widgets", api_version=API)),
        plugin(DomainSpec("gizmos", WIDGETS, "other-widgets", api_version=API)),
    )
    c = client(registry)
    with pytest.raises(errors.PluginError) as info:
        _ = c.widgets
    assert "acme-widgets" in str(info.value) and "other-widgets" in str(info.value)
    assert c.gizmos.ping() == "pong"  # the rest still works


def test_supported_range_includes_the_current_version() -> None:
    assert PLUGIN_API_VERSION in SUPPORTED_PLUGIN_API
    assert range(MIN_PLUGIN_API_VERSION, PLUGIN_API_VERSION + 1) == SUPPORTED_PLUGIN_API


def test_api_version_is_required() -> None:
    with pytest.raises(TypeError):
        DomainSpec("widgets", WIDGETS, "acme-widgets")  # pyright: ignore[reportCallIssue]
    with pytest.raises(TypeError):
        ProviderSpec("acme", "x:y", "acme")  # pyright: ignore[reportCallIssue]
    with pytest.raises(TypeError):
        domain_specs({"widgets": WIDGETS}, distribution="acme-widgets", models="m")  # pyright: ignore[reportCallIssue]
    specs = domain_specs({"widgets": WIDGETS}, distribution="d", models="m", api_version=7)
    assert [s.api_version for s in specs] == [7]


def fake_versions(monkeypatch: pytest.MonkeyPatch, **versions: str) -> None:
    """Pretend these distributions are installed (``importlib.metadata.version``)."""
    import importlib.metadata as md

    real = md.version

    def version(name: str) -> str:
        return versions[name] if name in versions else real(name)

    monkeypatch.setattr(md, "version", version)


def test_plugin_too_new_asks_to_upgrade_core(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_versions(monkeypatch, **{"acme-widgets": "3.1.4", "mistralai-core": "0.9.0"})
    newer = SUPPORTED_PLUGIN_API[-1] + 1
    registry = registry_with(
        plugin(DomainSpec("widgets", WIDGETS, "acme-widgets", api_version=newer))
    )
    with pytest.raises(errors.PluginError) as info:
        _ = client(registry).widgets
    message = str(info.value)
    assert "acme-widgets 3.1.4" in message
    assert f"built for plugin API {newer}" in message
    assert "mistralai-core 0.9.0" in message
    assert f"supports plugin API {PLUGIN_API_VERSION}" in message
    assert "pip install --upgrade mistralai-core" in message
    assert "pip install --upgrade acme-widgets" not in message


def test_plugin_too_old_asks_to_upgrade_the_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_versions(monkeypatch, **{"acme-widgets": "0.0.1", "mistralai-core": "0.9.0"})
    older = SUPPORTED_PLUGIN_API[0] - 1
    registry = registry_with(
        plugin(DomainSpec("widgets", WIDGETS, "acme-widgets", api_version=older))
    )
    with pytest.raises(errors.PluginError) as info:
        _ = client(registry).widgets
    message = str(info.value)
    assert "acme-widgets 0.0.1" in message
    assert f"built for plugin API {older}" in message
    assert "mistralai-core 0.9.0" in message
    assert "pip install --upgrade acme-widgets" in message
    assert "pip install --upgrade mistralai-core" not in message


def test_provider_outside_the_range_raises_when_selected(monkeypatch: pytest.MonkeyPatch) -> None:
    newer = SUPPORTED_PLUGIN_API[-1] + 1
    registry = registry_with(
        plugin(ProviderSpec("chat-only", f"{__name__}:ChatOnly", "acme", api_version=newer))
    )
    with pytest.raises(errors.PluginError) as info:
        Mistral(api_key="k", registry=registry, provider="chat-only")
    message = str(info.value)
    assert "acme (version unknown" in message and f"plugin API {newer}" in message
    assert "pip install --upgrade mistralai-core" in message


def test_every_version_of_the_supported_range_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    import mistralai.core.plugins as plugins

    monkeypatch.setattr(plugins, "SUPPORTED_PLUGIN_API", range(1, 4))
    for version in (1, 2, 3):
        registry = registry_with(
            plugin(DomainSpec("widgets", WIDGETS, "acme-widgets", api_version=version))
        )
        assert client(registry).widgets.ping() == "pong"
    registry = registry_with(plugin(DomainSpec("widgets", WIDGETS, "acme-widgets", api_version=4)))
    with pytest.raises(errors.PluginError, match=r"supports plugin API 1 to 3"):
        _ = client(registry).widgets


def test_failing_plugin_does_not_break_the_others() -> None:
    class Broken:
        @hookimpl
        def mistralai_domains(self) -> list[DomainSpec]:
            raise RuntimeError("kaput")

    registry = registry_with(
        Broken(), plugin(DomainSpec("widgets", WIDGETS, "acme-widgets", api_version=API))
    )
    c = client(registry)
    assert c.widgets.ping() == "pong"
    assert "kaput" in str(registry.broken_error())


def test_resource_that_fails_to_import_raises_when_used() -> None:
    registry = registry_with(
        plugin(DomainSpec("widgets", "acme.nowhere:Widgets", "acme-widgets", api_version=API))
    )
    with pytest.raises(errors.PluginError, match="acme-widgets"):
        _ = client(registry).widgets


class ChatOnly(Provider):
    name = "chat-only"
    served_domains = frozenset({"chat"})


def test_provider_from_registry_and_unsupported_operations() -> None:
    from _ops import GET_THING, NAMED_STREAM

    registry = registry_with(
        plugin(ProviderSpec("chat-only", f"{__name__}:ChatOnly", "acme", api_version=API))
    )
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
    registry = registry_with(
        plugin(DomainSpec("widgets", f"{__name__}:NoSuchClass", "acme-w", api_version=API))
    )
    c = client(registry)
    with pytest.raises(errors.PluginError, match=r"acme-w.*NoSuchClass"):
        _ = c.widgets
    with pytest.raises(errors.PluginError):
        hasattr(c, "widgets")
