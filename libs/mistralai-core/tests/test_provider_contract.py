"""The provider contract (one per-attempt hook, typed options, a request in parts) and the plugin
hooks (called through pluggy, checked, traced), against the fake server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mistralai.client import Mistral
from mistralai.core.errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    NoCredentialsError,
    PluginError,
)
from mistralai.core.plugins import OPERATION_ID, DomainSpec, Registry, hookimpl
from mistralai.core.provider import PreparedRequest, Provider, ProviderOptions
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

API = 1
SECRET = "acme-key-7f3a9c"
MESSAGES = [{"role": "user", "content": "hi"}]
ANSWER: dict[str, Any] = {
    "id": "x",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


@pytest.fixture
def server() -> Iterator[FakeMistralServer]:
    with FakeMistralServer() as s:
        yield s


@dataclass(frozen=True, slots=True, kw_only=True)
class PrefixOptions:
    prefix: str = "/gw"
    flavour: str = "plain"

    def __post_init__(self) -> None:
        if not self.prefix.startswith("/"):
            raise ConfigurationError("prefix must start with '/'")


class PrefixProvider(Provider):
    """Serves everything under ``{server_url}{prefix}``, keyed by ``x-key`` (a secret header)."""

    name = "prefix"
    options_type = PrefixOptions
    settings: PrefixOptions

    def default_server_url(self) -> str | None:
        raise ConfigurationError("provider 'prefix' needs server_url=")

    def prepare_attempt(self, request: PreparedRequest) -> None:
        request.path = self.settings.prefix + request.op.path
        request.set_query("flavour", self.settings.flavour)
        key = self.options.api_key
        if not isinstance(key, str):
            raise NoCredentialsError("no key")
        request.set_credential("x-key", key)


def prefix_client(server: FakeMistralServer, **options: Any) -> Mistral:
    provider = PrefixProvider(ProviderOptions(api_key=SECRET, server_url=server.url, extra=options))
    return Mistral(
        provider=provider, retry_config=None, debug_logger=logging.getLogger("prefix-tests")
    )


def test_request_parts_are_kept_apart_and_the_url_derived(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.add_route(
        "POST", "/gw/v1/chat/completions", lambda ctx: json_response(ANSWER), auth=False
    )
    server.add_route(
        "GET", "/gw/v1/models/(?P<id>.+)", lambda ctx: json_response({"id": "m"}), auth=False
    )
    with prefix_client(server, flavour="spicy") as client:
        with caplog.at_level(logging.DEBUG, logger="prefix-tests"):
            client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
        seen = server.requests.last
        assert seen.path == "/gw/v1/chat/completions"
        assert seen.query == "flavour=spicy"
        assert seen.headers["x-key"] == SECRET
        assert SECRET not in caplog.text and "x-key" in caplog.text  # redacted, not dropped
        # A path template keeps its parameters apart: the prefix does not touch them.
        client.models.retrieve(model_id="a/b")
        assert server.requests.last.path.startswith("/gw/v1/models/a%2Fb")


def test_prepared_request_url_and_query() -> None:
    from mistralai.core.runtime import Operation

    op: Operation[Any] = Operation(
        operation_id="get_x", method="GET", path="/v1/x/{x_id}", response=None, namespace="x"
    )
    request = PreparedRequest(
        op, "https://h.example/", path_params={"x_id": "a b/c"}, query=[("q", "1"), ("q", "2")]
    )
    assert request.url == "https://h.example/v1/x/a%20b%2Fc"
    request.set_query("q", "3")
    assert request.query == [("q", "3")]
    request.path = "/pre" + request.path
    assert request.url == "https://h.example/pre/v1/x/a%20b%2Fc"
    request.set_credential("Authorization", "Bearer zz-secret")
    assert request.credentials() == {"Authorization": "Bearer zz-secret"}
    assert "zz-secret" not in repr(request)


def test_options_are_a_dataclass_declared_by_the_provider(server: FakeMistralServer) -> None:
    with pytest.raises(
        ConfigurationError, match=r"takes no option\(s\): colour \(it takes prefix, flavour\)"
    ):
        prefix_client(server, colour="red")
    with pytest.raises(ConfigurationError, match="must start with"):
        prefix_client(server, prefix="gw")
    provider = prefix_client(server, flavour=None).provider  # None: the default
    assert isinstance(provider, PrefixProvider) and provider.settings.flavour == "plain"
    with pytest.raises(ConfigurationError, match="needs server_url"):
        PrefixProvider(ProviderOptions(api_key=SECRET))
    with pytest.raises(ConfigurationError, match=r"provider 'mistral' takes no option\(s\): x"):
        Mistral(api_key="k", x=1)


class RefreshingProvider(Provider):
    """A provider whose first token is stale: a 401 makes core call the hook again, once."""

    name = "refreshing"

    def __init__(self, options: ProviderOptions, always_stale: bool = False) -> None:
        super().__init__(options)
        self.calls: list[tuple[int, bool, bool]] = []
        self.always_stale = always_stale

    async def prepare_attempt(self, request: PreparedRequest) -> None:
        self.calls.append((request.attempt, request.unauthorized, request.is_async))
        if request.is_async:
            await asyncio.sleep(0)  # a real await: allowed in async calls only
        fresh = request.unauthorized and not self.always_stale
        request.set_credential("authorization", "Bearer " + ("good" if fresh else "stale"))
        request.retry_unauthorized = True


def guarded(ctx: RequestContext) -> Response:
    if ctx.header("authorization") != "Bearer good":
        return json_response({"message": "expired"}, status=401)
    return json_response(ANSWER)


def test_a_401_is_retried_once_after_the_hook_replaces_the_credential(
    server: FakeMistralServer,
) -> None:
    server.add_route("POST", "/v1/chat/completions", guarded, auth=False)
    provider = RefreshingProvider(ProviderOptions(server_url=server.url))
    with Mistral(provider=provider) as client:
        client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
        assert provider.calls == [(0, False, False), (1, True, False)]
        provider.calls.clear()
        asyncio.run(client.chat.complete_async(model="m", messages=MESSAGES))  # type: ignore[arg-type]
        assert provider.calls == [(0, False, True), (1, True, True)]
    assert len(server.requests) == 4


def test_a_second_401_is_not_retried(server: FakeMistralServer) -> None:
    server.add_route("POST", "/v1/chat/completions", guarded, auth=False)
    provider = RefreshingProvider(ProviderOptions(server_url=server.url), always_stale=True)
    with Mistral(provider=provider) as client, pytest.raises(APIStatusError) as info:
        client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
    assert info.value.status_code == 401
    assert len(server.requests) == 2


def test_an_async_hook_that_awaits_in_a_sync_call_is_a_plugin_error(
    server: FakeMistralServer,
) -> None:
    class Awaiting(Provider):
        name = "awaiting"

        async def prepare_attempt(self, request: PreparedRequest) -> None:
            await asyncio.sleep(0)

    client = Mistral(provider=Awaiting(ProviderOptions(server_url=server.url)))
    with client, pytest.raises(PluginError, match="awaited something in a sync call"):
        client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
    assert len(server.requests) == 0


def test_auth_headers_is_derived_from_the_hook() -> None:
    provider = Provider(ProviderOptions(api_key="sk-1"))
    assert provider.auth_headers() == {"authorization": "Bearer sk-1"}
    assert asyncio.run(provider.auth_headers_async()) == {"authorization": "Bearer sk-1"}


# -- plugin hooks ----------------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []

    def before_send(self, request: httpx.Request) -> None:
        self.seen.append(("before", request.extensions.get(OPERATION_ID)))

    def after_response(self, response: httpx.Response) -> None:
        self.seen.append(("after", response.status_code))

    def on_error(self, request: httpx.Request, exc: BaseException) -> None:
        self.seen.append(("error", type(exc).__name__))


class MiddlewarePlugin:
    def __init__(self) -> None:
        self.args: list[tuple[Any, Any]] = []
        self.recorder = Recorder()

    @hookimpl
    def mistralai_middleware(self, client: Any, provider: Provider) -> list[Any]:
        self.args.append((client, provider))
        return [self.recorder]


class OldMiddlewarePlugin:
    """Written for the hook without arguments (plugin API 1 as first released)."""

    @hookimpl
    def mistralai_middleware(self) -> list[Any]:
        return [Recorder()]


def loaded_registry(*plugins: object) -> Registry:
    registry = Registry()
    registry.load_entry_points()
    for index, plugin in enumerate(plugins):
        registry.register(plugin, name=f"test-plugin-{index}")
    return registry


def test_middleware_hook_gets_the_client_and_its_provider_and_sees_attempts(
    server: FakeMistralServer,
) -> None:
    server.add_route("POST", "/v1/chat/completions", lambda ctx: json_response(ANSWER), auth=False)
    plugin = MiddlewarePlugin()
    registry = loaded_registry(plugin, OldMiddlewarePlugin())
    with Mistral(api_key="k", server_url=server.url, registry=registry) as client:
        ((given_client, given_provider),) = plugin.args
        assert given_client is client and given_provider is client.provider
        assert plugin.recorder in client.middleware
        assert sum(isinstance(m, Recorder) for m in client.middleware) == 2
        with pytest.raises(AttributeError):
            client.provider = given_provider  # type: ignore[misc]
        assert client.chat._client.provider is client.provider  # pyright: ignore[reportPrivateUsage]
        client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
    assert plugin.recorder.seen == [
        ("before", "chat_completion_v1_chat_completions_post"),
        ("after", 200),
    ]


def test_on_error_is_called_for_attempts_without_a_response() -> None:
    plugin = MiddlewarePlugin()
    registry = loaded_registry(plugin)
    # A port nothing listens on (bound then closed): the connection is refused.
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with Mistral(
        api_key="k", server_url=f"http://127.0.0.1:{port}", registry=registry, retry_config=None
    ) as client:
        with pytest.raises(APIConnectionError):
            client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
        with pytest.raises(APIConnectionError):
            asyncio.run(client.chat.complete_async(model="m", messages=MESSAGES))  # type: ignore[arg-type]
    kinds = [kind for kind, _ in plugin.recorder.seen]
    assert kinds == ["before", "error", "before", "error"]


def test_a_misspelled_hook_is_a_plugin_error_and_spares_the_others() -> None:
    class Misspelled:
        @hookimpl
        def mistralai_domain(self) -> list[DomainSpec]:  # no trailing "s"
            return []

    class Fine:
        @hookimpl
        def mistralai_domains(self) -> list[DomainSpec]:
            return [DomainSpec("gizmos", "x:Y", api_version=API)]

    registry = Registry()
    registry.register(Misspelled(), name="misspelled", distribution="acme-typo")
    registry.register(Fine(), name="fine", distribution="acme-fine")
    error = registry.broken["acme-typo"]
    assert isinstance(error, PluginError)
    assert "mistralai_domain" in str(error) and "misspelled" in str(error)
    assert not registry.manager.has_plugin("misspelled")
    spec = registry.domain("gizmos")
    assert spec is not None and spec.distribution == "acme-fine"  # filled in: it gave none


def test_a_stated_distribution_is_still_accepted() -> None:
    class Stating:
        @hookimpl
        def mistralai_domains(self) -> list[DomainSpec]:
            return [DomainSpec("gizmos", "x:Y", "acme-stated", api_version=API)]

    registry = Registry()
    registry.register(Stating(), name="stating")
    spec = registry.domain("gizmos")
    assert spec is not None and spec.distribution == "acme-stated"


def test_mistral_debug_traces_hook_calls(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("MISTRAL_DEBUG", "1")
    with caplog.at_level(logging.DEBUG, logger="mistralai.plugins"):
        registry = Registry()
        registry.register(OldMiddlewarePlugin(), name="old")
        registry.middleware()
    assert "mistralai_middleware" in caplog.text
    monkeypatch.delenv("MISTRAL_DEBUG")
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="mistralai.plugins"):
        quiet = Registry()
        quiet.register(OldMiddlewarePlugin(), name="old")
        quiet.middleware()
    assert "mistralai_middleware" not in caplog.text


# -- providers written for the former contract (prepare / auth_headers / httpx_auth) --------


class _KeyAuth(httpx.Auth):
    def __init__(self, key: str) -> None:
        self.key = key

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["x-acme-key"] = self.key
        yield request


class LegacyProvider(Provider):
    """As third-party providers were written before ``prepare_attempt``: still supported."""

    name = "legacy"
    served_domains = frozenset({"chat"})

    def prepare(self, request: PreparedRequest) -> None:
        base = request.url.removesuffix(request.op.path)
        request.url = base + "/openai" + request.op.path
        request.params = [*(request.params or []), ("v", "1")]

    def auth_headers(self) -> dict[str, str]:
        return {}

    def httpx_auth(self) -> httpx.Auth:
        return _KeyAuth(SECRET)


class LegacyHeaderProvider(Provider):
    name = "legacy-header"

    def auth_headers(self) -> dict[str, str]:
        return {"x-acme-key": SECRET}


def test_providers_of_the_former_contract_keep_working(server: FakeMistralServer) -> None:
    server.add_route(
        "POST", "/openai/v1/chat/completions", lambda ctx: json_response(ANSWER), auth=False
    )
    server.add_route("POST", "/v1/chat/completions", lambda ctx: json_response(ANSWER), auth=False)
    legacy = LegacyProvider(ProviderOptions(server_url=server.url))
    with Mistral(provider=legacy) as client:
        client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
        asyncio.run(client.chat.complete_async(model="m", messages=MESSAGES))  # type: ignore[arg-type]
    for seen in server.requests:
        assert (seen.path, seen.query, seen.headers["x-acme-key"]) == (
            "/openai/v1/chat/completions",
            "v=1",
            SECRET,
        )
    server.requests.clear()
    header = LegacyHeaderProvider(ProviderOptions(server_url=server.url))
    assert asyncio.run(header.auth_headers_async()) == {"x-acme-key": SECRET}
    with Mistral(provider=header) as client:
        client.chat.complete(model="m", messages=MESSAGES)  # type: ignore[arg-type]
        asyncio.run(client.chat.complete_async(model="m", messages=MESSAGES))  # type: ignore[arg-type]
    assert [seen.headers["x-acme-key"] for seen in server.requests] == [SECRET, SECRET]
