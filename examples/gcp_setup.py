"""Mistral models on Google Cloud Vertex AI: the same client, ``provider="gcp"``.

With GOOGLE_CLOUD_PROJECT set it uses your Google credentials (``google.auth.default()``,
e.g. ``gcloud auth application-default login``) on Vertex AI; otherwise a local fake Vertex
endpoint on 127.0.0.1 with a fixed access token, so the set-up itself is what runs.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Generator
from typing import Any

from mistralai.api.chat.models import ChatCompletionResponse, UserMessage
from mistralai.client import Mistral
from mistralai.gcp.client import MistralGCP

REGION = os.environ.get("GOOGLE_CLOUD_REGION", "europe-west4")
MODEL = os.environ.get("GCP_MODEL", "mistral-small-2503")


@contextlib.contextmanager
def vertex() -> Generator[dict[str, Any], None, None]:
    """The options that select the provider: real Vertex, or a local fake of it."""
    project = os.environ.get("GOOGLE_CLOUD_PROJECT")
    if project:
        print(f"Using Vertex AI (project {project}, {REGION}).", flush=True)
        yield {"project_id": project, "region": REGION}
        return
    from mistralai.testing import FakeMistralServer
    from mistralai.testing.provider_conformance import HANDLERS, add_provider_route

    token = "ya29.local-access-token"
    project = "demo-project"
    with FakeMistralServer() as server:
        for verb in ("rawPredict", "streamRawPredict"):
            path = (
                f"/v1/projects/{project}/locations/{REGION}"
                f"/publishers/mistralai/models/{MODEL}:{verb}"
            )
            add_provider_route(
                server, path, HANDLERS["chat"], auth=("authorization", f"Bearer {token}")
            )
        print(
            f"GOOGLE_CLOUD_PROJECT is not set: using a local fake Vertex AI at {server.url}.",
            flush=True,
        )
        yield {
            "project_id": project,
            "region": REGION,
            "access_token": token,  # skips google-auth: a token you got elsewhere
            "server_url": server.url,
        }


def text(res: ChatCompletionResponse) -> object:
    message = res.choices[0].message
    return message.content if message is not None else None


def main() -> int:
    messages = [UserMessage(content="Say hello from Vertex.")]
    with vertex() as options:
        with Mistral(provider="gcp", **options) as client:
            res = client.chat.complete(model=MODEL, messages=messages)
            print("gcp:", text(res))
            with client.chat.stream(model=MODEL, messages=messages) as stream:
                words = [c.data.choices[0].delta.content or "" for c in stream if c.data.choices]
            print("gcp stream:", "".join(str(w) for w in words))
        # The 2.x constructor, kept for migrating code.
        with MistralGCP(**options) as legacy:
            res = legacy.chat.complete(model=MODEL, messages=messages)
            print("MistralGCP:", text(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
