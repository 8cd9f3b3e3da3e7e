"""JSON Lines framing (``application/jsonl`` streams): the parser, and typed events through the
client over a mock transport."""

from __future__ import annotations

import httpx
import pytest

from mistralai.core._jsonlines import JSONLinesParser
from mistralai.core.errors import EventTooLargeError
from mistralai.core.runtime import BaseModel, StreamOperation


def test_lines_split_over_chunks_and_blank_lines() -> None:
    parser = JSONLinesParser()
    out = [
        e[1]
        for chunk in (b'{"a":', b"1}\r\n\n", b'{"b"', b":2}\n{", b'"c":3}')
        for e in parser.feed(chunk)
    ]
    assert out == [b'{"a":1}', b'{"b":2}']
    assert parser.has_partial_event
    assert [e[1] for e in parser.feed(b"\n")] == [b'{"c":3}']
    assert not parser.has_partial_event


def test_max_event_bytes_bounds_a_line_even_unfinished() -> None:
    parser = JSONLinesParser(max_event_bytes=8)
    assert parser.feed(b'{"a":1}\n') != []
    with pytest.raises(EventTooLargeError):
        parser.feed(b'{"long": "')
        parser.feed(b'xxxxxxxx"}')


class Line(BaseModel):
    n: int


OP = StreamOperation[Line](
    event=Line,
    framing="jsonl",
    operation_id="lines",
    method="POST",
    path="/v1/lines",
    namespace="test",
)


def test_typed_events_through_the_client() -> None:
    from mistralai.client import Mistral

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = b'{"n": 1}\n{"n": 2}\n\n{"n": 3}'  # the last line without its end
        return httpx.Response(200, content=body, headers={"content-type": "application/jsonl"})

    client = Mistral(api_key="k", client=httpx.Client(transport=httpx.MockTransport(handler)))
    with client._engine.stream(OP) as stream:  # pyright: ignore[reportPrivateUsage]
        assert [e.n for e in stream] == [1, 2, 3]
    assert seen[0].headers["accept"] == "application/jsonl"
