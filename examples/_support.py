"""What every example shares: a client for the real API or for the bundled fake server.

With MISTRAL_API_KEY set, :func:`api` yields a client of the Mistral API. Without it, it
starts the fake Mistral server of ``mistralai-testing`` on 127.0.0.1 and says so on the first
line, so that each example runs anywhere, offline, in seconds (CI runs them all this way:
``tests/docs/test_examples.py``).

The fake server answers the chat, agents, files, fine-tuning, batch, workflows and audio
endpoints on its own. :func:`add_fake_routes` teaches it the few endpoints the examples use
that it does not serve (embeddings, moderation, OCR, connectors, observability, admin), with small fixed
answers of the API's shape: it only runs against the fake server, never against the API.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from mistralai.client import Mistral

if TYPE_CHECKING:
    from mistralai.testing import FakeMistralServer

STAMP = "2025-01-01T00:00:00Z"
WORKSPACE = "00000000-0000-4000-8000-000000000001"


def model(default: str = "mistral-small-latest") -> str:
    """The model to use: MISTRAL_MODEL, or the example's default."""
    return os.environ.get("MISTRAL_MODEL", default)


def is_fake() -> bool:
    """True when the client talks to the fake server (the examples then shorten their waits)."""
    return not os.environ.get("MISTRAL_API_KEY")


@contextlib.contextmanager
def fake_server(
    setup: Callable[[FakeMistralServer], None] | None = None,
) -> Generator[FakeMistralServer, None, None]:
    """The fake server with the examples' extra routes, announced on the first line."""
    from mistralai.testing import FakeMistralServer

    with FakeMistralServer() as server:
        add_fake_routes(server)
        if setup is not None:
            setup(server)
        print(
            f"MISTRAL_API_KEY is not set: using the bundled fake server at {server.url}.",
            flush=True,
        )
        yield server


@contextlib.contextmanager
def api(**options: Any) -> Generator[Mistral, None, None]:
    """A client of the real API (MISTRAL_API_KEY set) or of the fake server.

    ``options`` go to ``Mistral`` (``retry_config=``, ``timeout_ms=``...).
    """
    with session(**options) as (client, _server):
        yield client


@contextlib.contextmanager
def session(**options: Any) -> Generator[tuple[Mistral, FakeMistralServer | None], None, None]:
    """:func:`api`, with the fake server too (``None`` against the real API), for examples
    that inject faults into it."""
    if os.environ.get("MISTRAL_API_KEY"):
        print("Using the Mistral API (MISTRAL_API_KEY is set).", flush=True)
        with Mistral(**options) as client:
            yield client, None
        return
    with (
        fake_server() as server,
        Mistral(api_key="fake-key", server_url=server.url, **options) as client,
    ):
        yield client, server


# -- routes the fake server does not have -----------------------------------------------------


def _embedding(text: str, size: int = 8) -> list[float]:
    # A deterministic vector per text: equal texts, equal vectors (enough for a demo).
    digest = hashlib.sha256(text.encode()).digest()
    return [round(b / 255, 4) for b in digest[:size]]


def add_fake_routes(server: FakeMistralServer) -> None:
    """Embeddings, moderation, OCR, connectors, observability datasets and admin, answered with the
    API's shapes (see the response models of each domain package)."""
    from mistralai.testing import RequestContext, Response, json_response

    @server.route("POST", r"/v1/embeddings")
    def embeddings(ctx: RequestContext) -> Response:
        body = ctx.json()
        inputs = body.get("inputs", body.get("input", []))
        texts = [inputs] if isinstance(inputs, str) else list(inputs)
        return json_response(
            {
                "id": "emb-1",
                "object": "list",
                "model": body.get("model", "mistral-embed"),
                "usage": {"prompt_tokens": len(texts), "completion_tokens": 0, "total_tokens": 1},
                "data": [
                    {"object": "embedding", "embedding": _embedding(str(t)), "index": i}
                    for i, t in enumerate(texts)
                ],
            }
        )

    @server.route("POST", r"/v1/ocr")
    def ocr(ctx: RequestContext) -> Response:
        body: dict[str, Any] = ctx.json()
        return json_response(
            {
                "model": body.get("model", "mistral-ocr-latest"),
                "pages": [
                    {
                        "index": 0,
                        "markdown": "# Invoice 42\n\nTotal: 12.50 EUR",
                        "images": list[Any](),
                        "dimensions": {"dpi": 200, "height": 2200, "width": 1700},
                    }
                ],
                "usage_info": {"pages_processed": 1},
            }
        )

    @server.route("POST", r"/v1/(chat/)?moderations")
    def moderations(ctx: RequestContext) -> Response:
        body = ctx.json()
        inputs = body.get("inputs", body.get("input", []))
        count = 1 if isinstance(inputs, str) else len(inputs)
        flagged = {"hate_and_discrimination": False, "violence_and_threats": False}
        scores = {"hate_and_discrimination": 0.01, "violence_and_threats": 0.02}
        return json_response(
            {
                "id": "mod-1",
                "model": body.get("model", "mistral-moderation-latest"),
                "results": [{"categories": flagged, "category_scores": scores}] * count,
            }
        )

    connector = {
        "id": "4b5bd6d2-0ee7-4f5f-9a39-1c7bb2b8d0a1",
        "name": "github",
        "description": "GitHub issues and pull requests",
        "created_at": STAMP,
        "modified_at": STAMP,
        "owner_type": "user",
        "visibility": "private",
        "private_tool_execution": False,
    }

    @server.route("GET", r"/v1/connectors")
    def connectors(ctx: RequestContext) -> Response:
        return json_response({"items": [connector], "pagination": {"page_size": 1}})

    @server.route(
        "POST", r"/v1/connectors/(?P<cid>[^/]+)/(?P<scope>organization|workspace|user)/activate"
    )
    def activate(ctx: RequestContext) -> Response:
        return json_response({"message": f"activated for {ctx.params['scope']}"})

    datasets: dict[str, dict[str, Any]] = {}

    @server.route("POST", r"/v1/observability/datasets")
    def create_dataset(ctx: RequestContext) -> Response:
        body = ctx.json()
        with ctx.server.lock:
            dataset_id = f"00000000-0000-4000-8000-{len(datasets) + 1:012d}"
            datasets[dataset_id] = {
                "id": dataset_id,
                "created_at": STAMP,
                "updated_at": STAMP,
                "deleted_at": None,
                "name": body["name"],
                "description": body["description"],
                "owner_id": WORKSPACE,
                "workspace_id": WORKSPACE,
            }
        return json_response(datasets[dataset_id], status=201)

    @server.route("DELETE", r"/v1/observability/datasets/(?P<dataset_id>[^/]+)")
    def delete_dataset(ctx: RequestContext) -> Response:
        with ctx.server.lock:
            found = datasets.pop(ctx.params["dataset_id"], None)
        if found is None:
            return json_response({"detail": "not found"}, status=404)
        return Response(status=204, body=b"")

    @server.route("GET", r"/v1/observability/datasets")
    def list_datasets(ctx: RequestContext) -> Response:
        rows = list(datasets.values())
        return json_response({"datasets": {"count": len(rows), "results": rows}})

    @server.route("GET", r"/v1/users/me")
    def identity(ctx: RequestContext) -> Response:
        return json_response(
            {"id": "u-1", "email": "ada@example.com", "first_name": "Ada", "last_name": "L"}
        )

    @server.route("GET", r"/v1/admin/workspaces")
    def workspaces(ctx: RequestContext) -> Response:
        return json_response({"total": 0, "items": [], "page": 1, "page_size": 10})
