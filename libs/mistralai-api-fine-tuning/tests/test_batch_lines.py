"""A batch file's line holds the body an online call of the same operation sends."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from mistralai.api.fine_tuning.batch._plan import _body, endpoint_operation  # pyright: ignore[reportPrivateUsage]
from mistralai.client import Mistral
from mistralai.core.errors import RequestValidationError

REQUESTS: list[dict[str, Any]] = [
    {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
    # a nested value default (assistant "prefix"), an unknown field, a None left out
    {
        "model": "m",
        "messages": [{"role": "assistant", "content": "x", "x_new": 1}],
        "tools": [
            {"type": "function", "function": {"name": "f", "parameters": {}, "strict": None}}
        ],
    },
]


@pytest.mark.parametrize("request_body", REQUESTS)
def test_a_batch_line_is_the_online_body(request_body: dict[str, Any]) -> None:
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(400, json={"message": "no"})  # not retried

    client = Mistral(api_key="k", client=httpx.Client(transport=httpx.MockTransport(answer)))
    with pytest.raises(Exception):  # noqa: B017 - the answer does not matter, the request does
        client.chat.complete(**request_body)
    op = endpoint_operation("/v1/chat/completions")
    assert op is not None
    online = sent[0]
    assert online.pop("stream") is False  # the method's own argument; batches never stream
    assert _body(0, request_body, op, None, None) == online


def test_a_bad_batch_line_names_its_index() -> None:
    op = endpoint_operation("/v1/chat/completions")
    with pytest.raises(RequestValidationError, match="batch request 7"):
        _body(7, {"model": "m", "messages": "hi"}, op, None, None)
