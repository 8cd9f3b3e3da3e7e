"""The main job: a chat answer streamed to the terminal.

With MISTRAL_API_KEY set it talks to the real API; without it, it starts the bundled fake
Mistral server on 127.0.0.1 and says so on the first line.

    nox -s demo -- "Write a haiku about the sea"
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Generator

from mistralai.client import Mistral


@contextlib.contextmanager
def api() -> Generator[Mistral, None, None]:
    if os.environ.get("MISTRAL_API_KEY"):
        print("Using the Mistral API (MISTRAL_API_KEY is set).", flush=True)
        with Mistral() as client:
            yield client
        return
    from mistralai.testing import FakeMistralServer

    with FakeMistralServer() as server:
        print(
            f"MISTRAL_API_KEY is not set: using the bundled fake server at {server.url}.",
            flush=True,
        )
        with Mistral(api_key="fake-key", server_url=server.url) as client:
            yield client


def main() -> int:
    prompt = " ".join(sys.argv[1:]) or "Tell me, in one paragraph, why streaming matters."
    model = os.environ.get("MISTRAL_MODEL", "mistral-small-latest")
    with (
        api() as client,
        client.chat.stream(model=model, messages=[{"role": "user", "content": prompt}]) as stream,
    ):
        for chunk in stream:
            delta = chunk.data.choices[0].delta.content if chunk.data.choices else None
            if isinstance(delta, str):
                print(delta, end="", flush=True)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
