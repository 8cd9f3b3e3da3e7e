"""Results dump as the official 2.x SDK's do, for the same response bodies.

``data/result_vectors.json`` holds recorded bodies (the spec's own examples and hand-written
ones) with the ``model_dump()``/``model_dump_json()`` the official 2.5.1 package gives for
them (made by ``tools/parity/make_result_vectors.py``). Each body is served by the fake server
to the method that returns it; the result's dumps must hold the same data: fields the answer
left out are not dumped (2.x's rule), defaults 2.x fills in are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mistralai.client import Mistral
from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

VECTORS = json.loads((Path(__file__).parent / "data" / "result_vectors.json").read_text())
CASES: list[dict[str, Any]] = VECTORS["cases"]


def _call(client: Mistral, dotted: str, kwargs: dict[str, Any]) -> Any:
    target: Any = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target(**kwargs)


@pytest.fixture(scope="module")
def server() -> Any:
    with FakeMistralServer() as srv:
        yield srv


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_result_dumps_like_2x(server: FakeMistralServer, case: dict[str, Any]) -> None:
    def answer(ctx: RequestContext) -> Response:
        return json_response(case["body"], 200)

    route = server.add_route("*", r"/v1/.*", answer)
    try:
        with Mistral(api_key="test-key", server_url=server.url) as client:
            result = _call(client, case["method"], case["kwargs"])
    finally:
        server.router.remove(route)
    dumped = json.loads(json.dumps(result.model_dump(), default=str))
    assert dumped == case["dump"]
    assert json.loads(result.model_dump_json()) == case["dump_json"]
    assert type(result).__name__ == case["class_name"]  # the class 2.x returns, by name
