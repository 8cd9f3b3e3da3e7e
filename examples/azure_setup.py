"""Mistral models on Azure AI: the same client, ``provider="azure"``.

With AZURE_API_KEY and AZURE_ENDPOINT (``https://NAME.REGION.models.ai.azure.com``) set it
calls your Azure deployment; otherwise a local fake Azure endpoint on 127.0.0.1 (the fake
server's chat handler behind Azure's path and auth), so the set-up itself is what runs.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Generator

from mistralai.api.chat.models import ChatCompletionResponse, UserMessage
from mistralai.azure.client import MistralAzure
from mistralai.client import Mistral


@contextlib.contextmanager
def azure_endpoint() -> Generator[tuple[str, str], None, None]:
    if os.environ.get("AZURE_API_KEY") and os.environ.get("AZURE_ENDPOINT"):
        print("Using Azure AI (AZURE_API_KEY and AZURE_ENDPOINT are set).", flush=True)
        yield os.environ["AZURE_ENDPOINT"], os.environ["AZURE_API_KEY"]
        return
    from mistralai.testing import FakeMistralServer
    from mistralai.testing.provider_conformance import HANDLERS, add_provider_route

    key = "azure-local-key"
    with FakeMistralServer() as server:
        # Azure's URL for chat, and its bearer auth (checked against the key).
        add_provider_route(
            server,
            "/models/chat/completions",
            HANDLERS["chat"],
            auth=("authorization", f"Bearer {key}"),
        )
        print(
            f"AZURE_API_KEY is not set: using a local fake Azure endpoint at {server.url}.",
            flush=True,
        )
        yield server.url, key


def text(res: ChatCompletionResponse) -> object:
    message = res.choices[0].message
    return message.content if message is not None else None


def main() -> int:
    model = os.environ.get("AZURE_MODEL", "mistral-small-2503")
    messages = [UserMessage(content="Say hello from Azure.")]
    with azure_endpoint() as (endpoint, key):
        # The provider by name: one client for every provider.
        with Mistral(provider="azure", api_key=key, server_url=endpoint) as client:
            res = client.chat.complete(model=model, messages=messages)
            print("azure:", text(res))
            with client.chat.stream(model=model, messages=messages) as stream:
                words = [c.data.choices[0].delta.content or "" for c in stream if c.data.choices]
            print("azure stream:", "".join(str(w) for w in words))
        # The 2.x constructor, kept for migrating code.
        with MistralAzure(api_key=key, server_url=endpoint) as legacy:
            res = legacy.chat.complete(model=model, messages=messages)
            print("MistralAzure:", text(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
