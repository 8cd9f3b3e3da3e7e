"""The ``azure`` provider against the fake server: the conformance suite (through
``Mistral(provider="azure")`` and through ``MistralAzure`` with the caller's own httpx clients),
OCR, api-version, configuration errors, and the 2.x constructor surface."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from mistralai.azure.client import MistralAzure
from mistralai.client import Mistral
from mistralai.core.errors import (
    ConfigurationError,
    MistralError,
    NoCredentialsError,
    UnsupportedOperationError,
)
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response
from mistralai.testing.provider_conformance import ProviderConformance, add_provider_route

KEY = "azure-secret-key-0123456789"
DEFAULT_VERSION = "2024-05-01-preview"
CHAT_PATH = "/models/chat/completions"
OCR_PATH = "/providers/mistral/azure/ocr"
SURFACE = Path(__file__).resolve().parents[2] / "spec" / "compat" / "official_surface.json"
MESSAGES = [{"role": "user", "content": "hello there"}]

OCR_ANSWER: dict[str, Any] = {
    "pages": [{"index": 0, "markdown": "# Invoice", "images": [], "dimensions": None}],
    "model": "mistral-ocr-2503",
    "usage_info": {"pages_processed": 1},
}


def ocr_handler(ctx: RequestContext) -> Response:
    return json_response(OCR_ANSWER)


class TestAzureConformance(ProviderConformance):
    provider_name = "azure"

    def make_client(self, server: FakeMistralServer) -> Mistral:
        return Mistral(provider="azure", api_key=KEY, server_url=server.url)

    def expected_path(self, op: str, stream: bool) -> str:
        return {"chat": CHAT_PATH, "ocr": OCR_PATH}[op]

    def expected_query(self, op: str) -> dict[str, str]:
        return {"api-version": DEFAULT_VERSION}

    def secret(self) -> str:
        return KEY


class TestMistralAzureOwnClientsConformance(TestAzureConformance):
    """``MistralAzure`` (2.x constructor) with the caller's own httpx clients and another
    api-version: the api-version is still on every request."""

    def make_client(self, server: FakeMistralServer) -> Mistral:
        return MistralAzure(
            api_key=lambda: KEY,
            server_url=server.url + "/",
            client=httpx.Client(),
            async_client=httpx.AsyncClient(),
            api_version="2025-01-01",
            debug_logger=logging.getLogger("azure-tests"),
        )

    def expected_query(self, op: str) -> dict[str, str]:
        return {"api-version": "2025-01-01"}


@pytest.fixture
def azure_server() -> Any:
    server = FakeMistralServer(api_key=KEY)
    add_provider_route(server, CHAT_PATH, _chat(), auth=("authorization", "Bearer " + KEY))
    add_provider_route(server, OCR_PATH, ocr_handler, auth=("authorization", "Bearer " + KEY))
    with server:
        yield server


def _chat() -> Any:
    from mistralai.testing.provider_conformance import HANDLERS

    return HANDLERS["chat"]


def test_ocr_sync_and_async(azure_server: FakeMistralServer) -> None:
    client = Mistral(provider="azure", api_key=KEY, server_url=azure_server.url)
    document = {"type": "document_url", "document_url": "https://example.com/invoice.pdf"}
    res = client.ocr.process(model="mistral-ocr-2503", document=document)
    assert res.pages[0].markdown == "# Invoice"
    sent = azure_server.requests.last
    assert sent.path == OCR_PATH
    assert sent.query_params == {"api-version": [DEFAULT_VERSION]}
    assert sent.header("authorization") == "Bearer " + KEY
    assert sent.json()["document"]["document_url"] == document["document_url"]

    async def run() -> Any:
        async with client:
            return await client.ocr.process_async(model=None, document=document)

    assert asyncio.run(run()).usage_info.pages_processed == 1
    assert azure_server.requests.last.path == OCR_PATH


def test_custom_api_version_and_url_params(azure_server: FakeMistralServer) -> None:
    client = Mistral(
        provider="azure",
        api_key=KEY,
        server_url="http://127.0.0.1:{port}",
        url_params={"port": str(azure_server.port)},
        api_version="2024-10-21",
    )
    client.chat.complete(model="azureai", messages=MESSAGES)
    assert azure_server.requests.last.query == "api-version=2024-10-21"


def test_per_call_server_url_keeps_the_azure_path(azure_server: FakeMistralServer) -> None:
    client = Mistral(provider="azure", api_key=KEY, server_url="http://127.0.0.1:9")
    client.chat.complete(model="azureai", messages=MESSAGES, server_url=azure_server.url)
    assert azure_server.requests.last.path == CHAT_PATH


def test_api_version_with_user_client_and_mock_transport() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = json.loads(request.content)
        return httpx.Response(
            200,
            json={
                "id": "x",
                "object": "chat.completion",
                "model": body["model"],
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

    user_client = httpx.Client(transport=httpx.MockTransport(handler), params={"other": "1"})
    client = MistralAzure(
        KEY, server_url="https://my-endpoint.swedencentral.models.ai.azure.com", client=user_client
    )
    client.chat.complete(model="azureai", messages=MESSAGES)
    url = seen[0].url
    assert url.host == "my-endpoint.swedencentral.models.ai.azure.com"
    assert url.path == CHAT_PATH
    assert url.params["api-version"] == DEFAULT_VERSION
    assert seen[0].headers["authorization"] == "Bearer " + KEY


@pytest.mark.parametrize("call", ["fim", "embeddings", "models", "classifiers"])
def test_other_operations_fail_before_sending(azure_server: FakeMistralServer, call: str) -> None:
    client = Mistral(provider="azure", api_key=KEY, server_url=azure_server.url)
    with pytest.raises(UnsupportedOperationError) as info:
        if call == "fim":
            client.fim.complete(model="codestral", prompt="def")
        elif call == "embeddings":
            client.embeddings.create(model="e", inputs=["a"])
        elif call == "models":
            client.models.list()
        else:
            client.classifiers.moderate(model="m", inputs=["a"])
    assert "provider 'azure'" in str(info.value)
    assert info.value.operation in str(info.value)
    assert len(azure_server.requests) == 0


def test_server_url_is_required() -> None:
    with pytest.raises(ConfigurationError, match="needs server_url"):
        Mistral(provider="azure", api_key=KEY)
    with pytest.raises(ConfigurationError, match="needs server_url"):
        MistralAzure(api_key=KEY)


def test_bad_options() -> None:
    with pytest.raises(ConfigurationError, match="region"):
        Mistral(provider="azure", api_key=KEY, server_url="https://x", region="eu")
    with pytest.raises(ConfigurationError, match="api_version"):
        Mistral(provider="azure", api_key=KEY, server_url="https://x", api_version="")


def test_missing_key_fails_before_sending(
    azure_server: FakeMistralServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "a-mistral-key-never-sent-to-azure")
    client = Mistral(provider="azure", server_url=azure_server.url)
    with pytest.raises(NoCredentialsError, match="api_key"):
        client.chat.complete(model="azureai", messages=MESSAGES)
    assert len(azure_server.requests) == 0


def test_wrong_key_is_an_authentication_error(azure_server: FakeMistralServer) -> None:
    client = Mistral(provider="azure", api_key="wrong", server_url=azure_server.url)
    with pytest.raises(MistralError) as info:
        client.chat.complete(model="azureai", messages=MESSAGES)
    assert getattr(info.value, "status_code", None) == 401


def test_models_module_reexports_chat_models() -> None:
    from mistralai.api.chat import models as chat_models
    from mistralai.azure.client import models

    assert models.UserMessage is chat_models.UserMessage
    assert models.ChatCompletionRequestMessage is chat_models.ChatCompletionRequestMessage
    assert set(chat_models.__all__) <= set(dir(models))


def test_constructor_matches_the_2x_surface() -> None:
    params = list(inspect.signature(MistralAzure).parameters.values())
    names = [p.name for p in params]
    if SURFACE.exists():
        official = json.loads(SURFACE.read_text())["constructors"]["MistralAzure"]["params"]
        assert names == [p["name"] for p in official]
    else:
        assert names[0] == "api_key"
    defaults = {p.name: p.default for p in params}
    assert defaults["api_version"] == DEFAULT_VERSION
    assert params[0].default is inspect.Parameter.empty  # api_key is required, as in 2.x
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params)
