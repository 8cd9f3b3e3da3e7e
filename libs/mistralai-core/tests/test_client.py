"""The Mistral client: constructor compatibility, transports, lifecycle, secrets."""

from __future__ import annotations

import inspect
import json
import logging
from pathlib import Path

import httpx
import pytest
from _ops import GET_THING

from mistralai.client import Mistral, errors

SENTINEL_KEY = "sk-SENTINEL-4f1d9c"
SURFACE = Path(__file__).resolve().parents[3] / "spec" / "compat" / "official_surface.json"


def test_constructor_matches_the_2x_signature() -> None:
    params = list(inspect.signature(Mistral).parameters.values())
    positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    expected = [
        "api_key",
        "server",
        "url_params",
        "server_url",
        "client",
        "async_client",
        "retry_config",
        "timeout_ms",
        "debug_logger",
    ]
    official = json.loads(SURFACE.read_text())["constructors"]["Mistral"]["params"]
    assert [p["name"] for p in official] == expected
    assert positional == expected


def test_api_key_from_callable_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"id": "x"})

    transport = httpx.MockTransport(handler)
    keys = iter(["k1", "k2"])
    client = Mistral(api_key=lambda: next(keys), client=httpx.Client(transport=transport))
    client.request(GET_THING, path={"thing_id": "a"})
    client.request(GET_THING, path={"thing_id": "a"})
    monkeypatch.setenv("MISTRAL_API_KEY", "from-env")
    Mistral(client=httpx.Client(transport=transport)).request(GET_THING, path={"thing_id": "a"})
    assert seen == ["Bearer k1", "Bearer k2", "Bearer from-env"]


def test_missing_api_key_fails_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))  # type: ignore[func-returns-value]
    with pytest.raises(errors.NoCredentialsError):
        Mistral(client=httpx.Client(transport=transport)).request(GET_THING, path={"thing_id": "a"})
    assert sent == []


def test_server_selection() -> None:
    assert Mistral(api_key="k").provider.base_url == "https://api.mistral.ai"
    assert Mistral(api_key="k", server="eu").provider.base_url == "https://api.mistral.ai"
    url = Mistral(api_key="k", server_url="http://h:{port}/", url_params={"port": "81"})
    assert url.provider.base_url == "http://h:81"
    with pytest.raises(errors.ConfigurationError):
        Mistral(api_key="k", server="mars")
    with pytest.raises(errors.ConfigurationError):
        Mistral(api_key="k", server_url="ftp://x")
    with pytest.raises(errors.ConfigurationError, match="unknown provider 'nope'"):
        Mistral(api_key="k", provider="nope")
    with pytest.raises(errors.ConfigurationError, match="region"):
        Mistral(api_key="k", region="x")


def test_clients_are_created_lazily_and_closed_by_the_context_manager() -> None:
    with Mistral(api_key="k") as client:
        assert client._http_client is None  # pyright: ignore[reportPrivateUsage]
        created = client._sync_client()  # pyright: ignore[reportPrivateUsage]
    assert created.is_closed


def test_user_clients_are_used_as_given_and_never_closed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "x"})

    mine = httpx.Client(
        transport=httpx.MockTransport(handler), headers={"x-team": "blue"}, timeout=12
    )
    with Mistral(api_key="k", client=mine) as client:
        client.request(GET_THING, path={"thing_id": "a"})
    assert not mine.is_closed
    assert seen[0].headers["x-team"] == "blue"
    assert seen[0].extensions["timeout"]["read"] == 12
    mine.close()


async def test_async_context_manager_closes_own_async_client_only() -> None:
    mine = httpx.AsyncClient()
    async with Mistral(api_key="k", async_client=mine) as client:
        assert client._async_client() is mine  # pyright: ignore[reportPrivateUsage]
    assert not mine.is_closed
    await mine.aclose()
    async with Mistral(api_key="k") as client:
        own = client._async_client()  # pyright: ignore[reportPrivateUsage]
    assert own.is_closed


def test_api_key_never_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": "bad key"}, request=request)

    def leaky(request: httpx.Request) -> httpx.Response:
        # h11 names the offending header value in its message
        raise httpx.LocalProtocolError(f"Illegal header value b'Bearer {SENTINEL_KEY}'")

    for name in ("", "mistralai", "httpx", "httpcore", "h11"):  # every logger, DEBUG
        caplog.set_level(logging.DEBUG, logger=name)
    client = Mistral(
        api_key=SENTINEL_KEY,
        client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    with pytest.raises(errors.AuthenticationError) as info:
        client.request(GET_THING, path={"thing_id": "a"}, http_headers={"x-api-key": SENTINEL_KEY})
    err = info.value
    texts = [
        caplog.text,
        repr(client),
        str(client.__dict__.get("_provider")),
        str(err),
        repr(err),
        err.body,
        json.dumps(dict(err.headers)),
    ]
    # a transport error whose message carries the header value
    leaking = Mistral(
        api_key=SENTINEL_KEY, client=httpx.Client(transport=httpx.MockTransport(leaky))
    )
    with pytest.raises(errors.APIConnectionError) as conn:
        leaking.request(GET_THING, path={"thing_id": "a"})
    cause: BaseException | None = conn.value
    while cause is not None:
        texts += [str(cause), repr(cause)]
        cause = cause.__cause__
    # an API key with illegal characters: at construction, and from a callable before each use
    for bad in (
        f"{SENTINEL_KEY}\n",
        f" {SENTINEL_KEY}",
        f"{SENTINEL_KEY}\u00e9",
        f"{SENTINEL_KEY}\x7f",
    ):
        with pytest.raises(errors.ConfigurationError) as bad_key:
            Mistral(api_key=bad)
        texts += [str(bad_key.value), repr(bad_key.value)]
        sent: list[httpx.Request] = []
        lazy = Mistral(
            api_key=lambda bad=bad: bad,
            client=httpx.Client(
                transport=httpx.MockTransport(lambda r, sent=sent: sent.append(r) or handler(r))
            ),
        )
        with pytest.raises(errors.ConfigurationError) as bad_key:
            lazy.request(GET_THING, path={"thing_id": "a"})
        assert sent == []  # nothing sent, nothing retried
        texts += [str(bad_key.value), repr(bad_key.value)]
    texts.append(caplog.text)
    assert "request GET" in caplog.text  # debug logging did happen
    for text in texts:
        assert SENTINEL_KEY not in text


def test_debug_logger_is_used_and_root_logger_untouched(caplog: pytest.LogCaptureFixture) -> None:
    root_handlers = list(logging.getLogger().handlers)
    root_level = logging.getLogger().level
    mine = logging.getLogger("my.app.sdk")
    caplog.set_level(logging.DEBUG, logger="my.app.sdk")
    client = Mistral(
        api_key="k",
        debug_logger=mine,
        client=httpx.Client(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"id": "x"}))
        ),
    )
    client.request(GET_THING, path={"thing_id": "a"})
    assert any(r.name == "my.app.sdk" for r in caplog.records)
    assert logging.getLogger().handlers == root_handlers
    assert logging.getLogger().level == root_level


def test_provider_options_repr_hides_the_key() -> None:
    client = Mistral(api_key=SENTINEL_KEY)
    assert SENTINEL_KEY not in repr(client.provider.options)


def test_url_params_that_do_not_fill_the_url_are_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError, match="url_params"):
        Mistral(api_key="k", server_url="http://{host}:{port}", url_params={"host": "h"})
