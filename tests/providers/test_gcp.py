"""The ``gcp`` provider against the fake server: the conformance suite (Google credentials
from a service-account file, and a fixed access token through ``MistralGCP``), Vertex URLs
for chat and FIM, configuration errors, and the 2.x constructor surface."""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistralai.client import Mistral
from mistralai.core.errors import (
    ConfigurationError,
    RequestValidationError,
    UnsupportedOperationError,
)
from mistralai.gcp.client import MistralGCP
from mistralai.testing import FakeMistralServer
from mistralai.testing.provider_conformance import (
    HANDLERS,
    ProviderConformance,
    add_provider_route,
)

from .conftest import PROJECT, TokenServer

SURFACE = Path(__file__).resolve().parents[2] / "spec" / "compat" / "official_surface.json"
FIXED_TOKEN = "ya29.fixed-access-token-abcdef"
MESSAGES = [{"role": "user", "content": "hello there"}]


def vertex_path(project: str, region: str, model: str, stream: bool) -> str:
    verb = "streamRawPredict" if stream else "rawPredict"
    return f"/v1/projects/{project}/locations/{region}/publishers/mistralai/models/{model}:{verb}"


class TestGCPConformance(ProviderConformance):
    """``Mistral(provider="gcp")`` with credentials found by ``google.auth.default()`` (a
    service-account file) and the project they name; the token comes from a local endpoint."""

    provider_name = "gcp"
    tokens: TokenServer

    @pytest.fixture(autouse=True)
    def _google(self, service_account: Path, token_server: TokenServer) -> None:
        self.tokens = token_server

    def make_client(self, server: FakeMistralServer) -> Mistral:
        return Mistral(provider="gcp", server_url=server.url)

    def expected_path(self, op: str, stream: bool) -> str:
        return vertex_path(PROJECT, "europe-west4", self.model, stream)

    def secret(self) -> str:
        return self.tokens.token(1)


class TestMistralGCPAccessTokenConformance(ProviderConformance):
    """``MistralGCP`` (2.x constructor) with a fixed access token: google-auth is not used."""

    provider_name = "gcp"
    model = "mistral-large-2411"

    def make_client(self, server: FakeMistralServer) -> Mistral:
        return MistralGCP(
            project_id="other-project",
            region="us-central1",
            access_token=FIXED_TOKEN,
            server_url=server.url,
        )

    def expected_path(self, op: str, stream: bool) -> str:
        return vertex_path("other-project", "us-central1", self.model, stream)

    def secret(self) -> str:
        return FIXED_TOKEN


@pytest.fixture
def vertex(clean_google_env: None) -> Any:
    server = FakeMistralServer()
    auth = ("authorization", "Bearer " + FIXED_TOKEN)
    for model, handler in (("mistral-small-2503", "chat"), ("codestral-2501", "fim")):
        for stream in (False, True):
            path = vertex_path("p1", "europe-west4", model, stream)
            add_provider_route(server, path, HANDLERS[handler], auth=auth)
    with server:
        yield server


def test_fim_complete_and_stream_sync_and_async(vertex: FakeMistralServer) -> None:
    client = Mistral(
        provider="gcp", project_id="p1", access_token=FIXED_TOKEN, server_url=vertex.url
    )
    res = client.fim.complete(model="codestral-2501", prompt="def add(a, b):", suffix="return")
    assert res.choices[0].message.content == "You said: def add(a, b):"
    assert vertex.requests.last.path == vertex_path("p1", "europe-west4", "codestral-2501", False)
    with client.fim.stream(model="codestral-2501", prompt="x") as stream:
        assert list(stream)
    assert vertex.requests.last.path.endswith("/codestral-2501:streamRawPredict")

    async def run() -> None:
        async with client:
            await client.fim.complete_async(model="codestral-2501", prompt="x")
            assert vertex.requests.last.path.endswith(":rawPredict")
            stream = await client.fim.stream_async(model="codestral-2501", prompt="x")
            async with stream:
                assert [c async for c in stream]
            assert vertex.requests.last.path.endswith(":streamRawPredict")

    asyncio.run(run())
    assert all(r.header("authorization") == "Bearer " + FIXED_TOKEN for r in vertex.requests)
    assert all(r.json()["model"] == "codestral-2501" for r in vertex.requests)


def test_model_comes_from_each_request(vertex: FakeMistralServer) -> None:
    client = Mistral(
        provider="gcp", project_id="p1", access_token=FIXED_TOKEN, server_url=vertex.url
    )
    client.chat.complete(model="mistral-small-2503", messages=MESSAGES)
    client.fim.complete(model="codestral-2501", prompt="x")
    paths = [r.path for r in vertex.requests]
    assert paths == [
        vertex_path("p1", "europe-west4", "mistral-small-2503", False),
        vertex_path("p1", "europe-west4", "codestral-2501", False),
    ]


def test_default_url_is_the_regional_vertex_endpoint(clean_google_env: None) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            json={
                "id": "x",
                "object": "chat.completion",
                "model": "m",
                "created": 0,
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": "ok"},
                        "finish_reason": "stop",
                    }
                ],
            },
        )

    transport = httpx.MockTransport(handler)
    for region, args in (("europe-west4", {}), ("us-central1", {"region": "us-central1"})):
        client = MistralGCP(
            project_id="my-proj",
            access_token=FIXED_TOKEN,
            client=httpx.Client(transport=transport),
            **args,
        )
        client.chat.complete(model="mistral-small-2503", messages=MESSAGES)
        assert str(seen[-1].url) == (
            f"https://{region}-aiplatform.googleapis.com/v1/projects/my-proj/locations/{region}"
            "/publishers/mistralai/models/mistral-small-2503:rawPredict"
        )
        assert seen[-1].headers["authorization"] == "Bearer " + FIXED_TOKEN


@pytest.mark.parametrize("call", ["ocr", "embeddings", "models"])
def test_other_operations_fail_before_sending(vertex: FakeMistralServer, call: str) -> None:
    client = Mistral(
        provider="gcp", project_id="p1", access_token=FIXED_TOKEN, server_url=vertex.url
    )
    with pytest.raises(UnsupportedOperationError) as info:
        if call == "ocr":
            client.ocr.process(
                model="m", document={"type": "document_url", "document_url": "https://x"}
            )
        elif call == "embeddings":
            client.embeddings.create(model="e", inputs=["a"])
        else:
            client.models.list()
    assert "provider 'gcp'" in str(info.value)
    assert len(vertex.requests) == 0


def test_configuration_errors(clean_google_env: None) -> None:
    with pytest.raises(ConfigurationError, match="project_id= is required"):
        Mistral(provider="gcp", access_token=FIXED_TOKEN)
    with pytest.raises(ConfigurationError, match="not api_key"):
        Mistral(provider="gcp", api_key="k", project_id="p")
    with pytest.raises(ConfigurationError, match="invalid region"):
        Mistral(provider="gcp", project_id="p", access_token="t", region="europe-west4/../x")
    with pytest.raises(ConfigurationError, match="invalid project_id"):
        Mistral(provider="gcp", project_id="p/q", access_token="t")
    with pytest.raises(ConfigurationError, match="api_version"):
        Mistral(provider="gcp", project_id="p", access_token="t", api_version="x")


def test_missing_model_is_a_validation_error(vertex: FakeMistralServer) -> None:
    client = Mistral(
        provider="gcp", project_id="p1", access_token=FIXED_TOKEN, server_url=vertex.url
    )
    with pytest.raises(RequestValidationError):
        client.chat.complete(model="", messages=MESSAGES)
    assert len(vertex.requests) == 0


def test_models_module_reexports_chat_models() -> None:
    from mistralai.api.chat import models as chat_models
    from mistralai.gcp.client import models

    assert models.UserMessage is chat_models.UserMessage
    assert models.FIMCompletionResponse is chat_models.FIMCompletionResponse


def test_constructor_matches_the_2x_surface() -> None:
    params = list(inspect.signature(MistralGCP).parameters.values())
    if SURFACE.exists():
        official = json.loads(SURFACE.read_text())["constructors"]["MistralGCP"]["params"]
        assert [p.name for p in params] == [p["name"] for p in official]
    defaults = {p.name: p.default for p in params}
    assert defaults["region"] == "europe-west4"
    assert defaults["project_id"] is None
    assert defaults["access_token"] is None
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)
