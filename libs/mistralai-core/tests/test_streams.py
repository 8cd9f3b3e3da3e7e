"""SSE parsing and stream objects: incremental, closed on exit, cut streams raise."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import httpx
import pytest
from _ops import NAMED_STREAM, STREAM, chat_stream

from mistralai.client import errors
from mistralai.core._streaming import RawEvent, SSEParser

BODY = {"model": "m", "messages": [], "stream": True}


def chunk(i: int) -> bytes:
    return b'data: {"id":"c%d","choices":[]}\n\n' % i


class TrackedStream(httpx.SyncByteStream):
    def __init__(self, parts: list[bytes], fail_after: bool = False) -> None:
        self.parts = parts
        self.fail_after = fail_after
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            self.sent += 1
            yield part
        if self.fail_after:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body"
            )

    def close(self) -> None:
        self.closed = True


def stream_client(make_client, body: TrackedStream):
    return make_client(
        lambda r: httpx.Response(200, stream=body, headers={"content-type": "text/event-stream"})
    )


def test_parser_handles_split_lines_crlf_comments_and_multiline_data() -> None:
    parser = SSEParser()
    events = parser.feed(b': keep-alive\r\nevent: log\r\nid: 7\r\ndata: {"a"')
    assert events == []
    events = parser.feed(b":1}\r\n\r\ndata: line1\ndata: line2\n\nretry: 10\ndata: x\n\n")
    assert events == [
        (b"log", b'{"a":1}', b"7", None),
        (None, b"line1\nline2", b"7", None),
        (None, b"x", b"7", b"10"),
    ]


def test_stream_yields_typed_events_until_done(make_client) -> None:
    body = TrackedStream([chunk(0), chunk(1) + chunk(2)[:10], chunk(2)[10:], b"data: [DONE]\n\n"])
    with stream_client(make_client, body).stream(STREAM, body=BODY) as events:
        ids = [event.data.id for event in events]
    assert ids == ["c0", "c1", "c2"]
    assert body.closed


def test_break_closes_the_connection(make_client) -> None:
    body = TrackedStream([chunk(i) for i in range(100)] + [b"data: [DONE]\n\n"])
    with stream_client(make_client, body).stream(STREAM, body=BODY) as events:
        for event in events:
            if event.data.id == "c2":
                break
    assert body.closed
    assert body.sent < 100


def test_error_inside_the_loop_closes_the_connection(make_client) -> None:
    body = TrackedStream([chunk(i) for i in range(10)] + [b"data: [DONE]\n\n"])
    with (
        pytest.raises(RuntimeError),
        stream_client(make_client, body).stream(STREAM, body=BODY) as events,
    ):
        for _ in events:
            raise RuntimeError("boom")
    assert body.closed


def test_stream_without_end_marker_raises(make_client) -> None:
    body = TrackedStream([chunk(0), chunk(1)])
    received: list[str] = []
    with pytest.raises(errors.StreamInterruptedError):
        for event in stream_client(make_client, body).stream(STREAM, body=BODY):
            received.append(event.data.id)
    assert received == ["c0", "c1"]
    assert body.closed


def test_broken_connection_mid_stream_raises_typed_error(make_client) -> None:
    body = TrackedStream([chunk(0)], fail_after=True)
    received: list[str] = []
    with pytest.raises(errors.StreamInterruptedError) as info:
        for event in stream_client(make_client, body).stream(STREAM, body=BODY):
            received.append(event.data.id)
    assert received == ["c0"]
    assert isinstance(info.value, errors.APIConnectionError)


def test_named_events_with_ids(make_client) -> None:
    body = TrackedStream(
        [b'event: log\nid: 1\ndata: {"m": "a"}\n\n', b'event: error\nid: 2\ndata: {"m": "b"}\n\n']
    )
    stream = stream_client(make_client, body).stream(NAMED_STREAM, path={"thing_id": "t"})
    events = list(stream)
    assert [(e.event, e.id, e.data) for e in events] == [
        ("log", "1", {"m": "a"}),
        ("error", "2", {"m": "b"}),
    ]
    assert stream.last_event_id == "2"


def test_error_status_on_stream_is_typed(make_client) -> None:
    client = make_client(lambda r: httpx.Response(401, json={"message": "no"}))
    with pytest.raises(errors.AuthenticationError):
        client.stream(STREAM, body=BODY)


async def test_async_stream(make_client) -> None:
    class AsyncBody(httpx.AsyncByteStream):
        closed = False

        async def __aiter__(self):
            for i in range(3):
                yield chunk(i)
            yield b"data: [DONE]\n\n"

        async def aclose(self) -> None:
            AsyncBody.closed = True

    client = make_client(lambda r: httpx.Response(200, stream=AsyncBody()))
    async with await client.stream_async(STREAM, body=BODY) as events:
        ids = [e.data.id async for e in events]
    assert ids == ["c0", "c1", "c2"]
    assert AsyncBody.closed


def test_byte_stream_reads_incrementally_and_closes(make_client) -> None:
    from _ops import GET_THING

    body = TrackedStream([b"abc", b"def", b"ghi"])
    client = make_client(lambda r: httpx.Response(200, stream=body, headers={"x-size": "9"}))
    with client.stream_bytes(GET_THING, path={"thing_id": "f"}) as download:
        assert download.headers["x-size"] == "9"
        assert list(download.iter_bytes()) == [b"abc", b"def", b"ghi"]
    assert body.closed


def test_byte_stream_cut_raises(make_client) -> None:
    from _ops import GET_THING

    body = TrackedStream([b"abc"], fail_after=True)
    client = make_client(lambda r: httpx.Response(200, stream=body))
    with pytest.raises(errors.StreamInterruptedError):
        b"".join(client.stream_bytes(GET_THING, path={"thing_id": "f"}).iter_bytes())


def test_last_event_without_blank_line_is_delivered_before_the_cut_error(make_client) -> None:
    body = TrackedStream([chunk(0), b'data: {"id":"c1","choices":[]}'])
    received: list[str] = []
    with pytest.raises(errors.StreamInterruptedError):
        for event in stream_client(make_client, body).stream(STREAM, body=BODY):
            received.append(event.data.id)
    assert received == ["c0", "c1"]


def test_last_event_id_is_that_of_the_last_event_delivered(make_client) -> None:
    events = b"".join(b'event: log\nid: %d\ndata: {"n": %d}\n\n' % (i, i) for i in range(1, 5))
    body = TrackedStream([events])
    stream = stream_client(make_client, body).stream(NAMED_STREAM, path={"thing_id": "t"})
    assert next(stream).id == "1"
    assert stream.last_event_id == "1"
    stream.close()
    assert stream.last_event_id == "1"  # a resume from here loses nothing


def test_multipart_without_a_file_is_still_multipart(make_client) -> None:
    from mistralai.core.runtime import BaseModel, Operation

    class Upload(BaseModel):
        file_url: str
        language: str | None = None

    op = Operation[dict[str, object]](
        operation_id="upload",
        method="POST",
        path="/v1/upload",
        namespace="audio",
        response=dict[str, object],
        body=Upload,
        body_kind="multipart",
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    make_client(handler).request(op, body={"file_url": "https://x/a.mp3", "language": "fr"})
    content = seen[0].read().decode()
    assert seen[0].headers["content-type"].startswith("multipart/form-data")
    assert 'name="file_url"' in content and "https://x/a.mp3" in content


def test_crlf_cut_between_chunks_and_byte_order_mark() -> None:
    parser = SSEParser()
    assert parser.feed(b"\xef\xbb\xbfdata: a\r") == []
    # a lone "\r" ends a line at once; the "\n" that may follow in the next chunk is skipped
    assert parser.feed(b"\ndata: b\r\n\r") == [(None, b"a\nb", None, None)]
    assert parser.feed(b"\n") == []
    assert parser.feed(b"data: c\n\n") == [(None, b"c", None, None)]


def test_many_events_in_one_chunk_are_read_together_in_order(make_client) -> None:
    """A network chunk holding many events, the end marker among them: every event before the
    marker is delivered, in order, and nothing after it."""
    one_chunk = b"".join(chunk(i) for i in range(50)) + b"data: [DONE]\n\n" + chunk(99)
    body = TrackedStream([one_chunk])
    with stream_client(make_client, body).stream(STREAM, body=BODY) as events:
        ids = [event.data.id for event in events]
    assert ids == [f"c{i}" for i in range(50)]
    assert body.closed


@pytest.mark.parametrize(
    "bad",
    [
        b'data: {"choices":[]}\n\n',  # a required field missing
        b'data: {"id":"x","choices":[]\n\n',  # cut JSON
    ],
)
def test_a_bad_event_among_many_raises_after_the_good_ones(make_client, bad: bytes) -> None:
    body = TrackedStream([chunk(0) + chunk(1) + bad + chunk(3) + b"data: [DONE]\n\n"])
    received: list[str] = []
    with pytest.raises(errors.ResponseValidationError):
        for event in stream_client(make_client, body).stream(STREAM, body=BODY):
            received.append(event.data.id)
    assert received == ["c0", "c1"]
    assert body.closed


Piece = Callable[[random.Random], bytes]


def _random_stream(rng: random.Random, pieces: list[tuple[float, Piece]], most: int) -> bytes:
    """Up to ``most`` pieces, each picked by weight from ``pieces`` (cumulative bounds), and
    now and then a last event without its blank line."""
    parts: list[bytes] = []
    for _ in range(rng.randrange(1, most)):
        kind = rng.random()
        parts.append(next(piece for bound, piece in pieces if kind < bound)(rng))
    return b"".join(parts) + (b'data: {"last":1}' if rng.random() < 0.3 else b"")


def _constant(piece: bytes) -> Piece:
    return lambda rng: piece


ANY_EVENTS: list[tuple[float, Piece]] = [
    (0.5, lambda rng: b'data: {"n":%d}\n\n' % rng.randrange(1000)),
    (0.6, _constant(b"data: a\ndata: b\n\n")),
    (0.7, lambda rng: b"event: e\nid: %d\ndata: x\n\n" % rng.randrange(10)),
    (0.75, _constant(b": ping\n\n")),
    (0.8, _constant(b"retry: 5\ndata:y\r\n\r\n")),
    (0.85, _constant(b"\n\n\n")),
    (0.9, _constant(b"event: only\n\n")),
    (1.0, _constant(b"data: \xc3\xa9\r\rdata: z\n\n")),
]
"""Every kind of line and line end the format allows."""

CHAT_LIKE_EVENTS: list[tuple[float, Piece]] = [
    (0.75, lambda rng: b'data: {"n":%d,"s":"a: b"}\n\n' % rng.randrange(1000)),
    (0.78, _constant(b"data: {}\ndata: {}\n\n")),  # two data lines: one event, not two
    (0.81, lambda rng: b"id: %d\ndata: {}\n\n" % rng.randrange(10)),
    (0.84, _constant(b": ping\n\n")),
    (0.86, _constant(b'data: {"crlf":1}\r\n\r\n')),
    (0.87, _constant(b'data: {"cr":1}\r\r')),  # two line ends, no line feed
    (0.90, _constant(b"\n\n\n")),
    (0.93, _constant(b"event: e\n\n")),
    (0.94, _constant(b"data: [DONE]\n\n")),
    (0.95, _constant(b"data:{}\n\n")),
    (0.96, _constant(b"event:{}\n\n")),  # a name that looks like an object six bytes in
    (0.98, _constant(b"event: e\ndata: {}\n\n")),
    (1.0, _constant(b"retry: 5\ndata: {}\n\n")),
]
"""Mostly plain ``data: {...}`` events (the shape feed_json_data splits out in bulk), and now
and then anything else."""


def _feed(parser: SSEParser, chunk: bytes, bulk: bool) -> list[RawEvent]:
    if not bulk:
        return parser.feed(chunk)
    events, objects = parser.feed_json_data(chunk)
    return events + [(None, data, None, None) for data in objects]


@pytest.mark.parametrize(("bulk", "pieces"), [(False, ANY_EVENTS), (True, CHAT_LIKE_EVENTS)])
@pytest.mark.parametrize("seed", range(50))
def test_parser_reads_any_chunking_as_byte_by_byte(
    seed: int, bulk: bool, pieces: list[tuple[float, Piece]]
) -> None:
    """Whatever the chunk boundaries (a line, a CRLF or an event cut anywhere), the parser finds
    the same events as when fed one byte at a time, and refuses the same too-large events.
    ``bulk``: read with feed_json_data, that splits runs of plain events out in one go (its
    events, then the data it split out, are the events of the byte-by-byte feed)."""
    rng = random.Random(seed)
    stream = _random_stream(rng, pieces, 40)
    reference = SSEParser()
    expected = [e for i in range(len(stream)) for e in reference.feed(stream[i : i + 1])]
    for max_event_bytes in (None, 5, 12, 1000):
        cuts = sorted(rng.sample(range(1, len(stream)), min(len(stream) - 1, rng.randrange(0, 6))))
        parser = SSEParser(max_event_bytes)
        got: list[RawEvent] = []
        try:
            for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True):
                got += _feed(parser, stream[a:b], bulk)
        except errors.EventTooLargeError:
            assert max_event_bytes in (5, 12)
            continue
        assert got == expected
        assert parser.has_partial_event == reference.has_partial_event


def test_json_data_fast_path_is_taken_for_chat_streams() -> None:
    """The run of plain events comes back as data, also when chunks cut events anywhere."""
    stream = b"".join(chunk(i) for i in range(20))
    size = len(chunk(0))
    parser = SSEParser()
    assert parser.feed_json_data(stream[:3]) == ([], [])  # a line under way
    # the end of c0 is read line by line, c1 and c2 in bulk, c3 is cut
    events, objects = parser.feed_json_data(stream[3 : 3 * size + 4])
    assert events == [(None, b'{"id":"c0","choices":[]}', None, None)]
    assert objects == [b'{"id":"c1","choices":[]}', b'{"id":"c2","choices":[]}']
    # the end of c3 line by line, the rest in bulk
    events, objects = parser.feed_json_data(stream[3 * size + 4 :])
    assert events == [(None, b'{"id":"c3","choices":[]}', None, None)]
    assert objects == [b'{"id":"c%d","choices":[]}' % i for i in range(4, 20)]
    assert not parser.has_partial_event


def test_a_bad_event_in_a_run_of_plain_events_raises_after_the_good_ones(make_client) -> None:
    bad = b'data: {"id":"x","choices":[]\n\n'
    body = TrackedStream(
        [chunk(0)[:5], chunk(0)[5:] + chunk(1) + bad + chunk(3), b"data: [DONE]\n\n"]
    )
    received: list[str] = []
    with pytest.raises(errors.ResponseValidationError) as caught:
        for event in stream_client(make_client, body).stream(STREAM, body=BODY):
            received.append(event.data.id)
    assert received == ["c0", "c1"]
    assert caught.value.body == '{"id":"x","choices":[]'
    assert body.closed


def test_json_data_fast_path_takes_a_chunk_that_starts_with_the_blank_line() -> None:
    parser = SSEParser()
    assert parser.feed_json_data(chunk(0)[:-1]) == ([], [])  # the data line has ended
    events, objects = parser.feed_json_data(b"\n" + chunk(1) + chunk(2))
    assert events == [(None, b'{"id":"c0","choices":[]}', None, None)]
    assert objects == [b'{"id":"c1","choices":[]}', b'{"id":"c2","choices":[]}']


@pytest.mark.parametrize("spare", [-1, 0, 1])
def test_json_data_fast_path_refuses_the_events_the_line_parser_refuses(spare: int) -> None:
    data = b'{"id":"c1","choices":[]}'
    stream = chunk(0) + chunk(1) + chunk(2)
    limit = len(data) + spare
    line_parser, fast_parser = SSEParser(limit), SSEParser(limit)
    for parser in (line_parser, fast_parser):
        parser.feed(b": a comment\n\n")  # the first chunk, that may start with a byte-order mark
    if spare <= 0:
        with pytest.raises(errors.EventTooLargeError):
            line_parser.feed(stream)
        with pytest.raises(errors.EventTooLargeError):
            fast_parser.feed_json_data(stream)
    else:
        expected = [event[1] for event in line_parser.feed(stream)]
        assert fast_parser.feed_json_data(stream) == ([], expected)


@pytest.mark.parametrize("line_end", [b"\r", b"\r\n"])
def test_json_data_fast_path_reads_cr_line_ends_as_line_ends(line_end: bytes) -> None:
    line_parser, fast_parser = SSEParser(), SSEParser()
    for parser in (line_parser, fast_parser):
        parser.feed(b": a comment\n\n")  # the first chunk, that may start with a byte-order mark
    stream = b'data: {"a":1}' + line_end * 2 + b'data: {"b":2}\n\n'
    expected = line_parser.feed(stream)
    assert [event[1] for event in expected] == [b'{"a":1}', b'{"b":2}']
    events, objects = fast_parser.feed_json_data(stream)
    assert events + [(None, data, None, None) for data in objects] == expected


def test_json_data_fast_path_after_a_chunk_ending_in_cr() -> None:
    """CR LF cut between chunks is one line end: the next data line joins the same event."""
    line_parser, fast_parser = SSEParser(), SSEParser()
    first, second = b'data: {"a":1}\r', b'\ndata: {"b":2}\n\n' + chunk(1)
    expected = line_parser.feed(first) + line_parser.feed(second)
    assert expected[0] == (None, b'{"a":1}\n{"b":2}', None, None)
    events, objects = fast_parser.feed_json_data(first)
    more, objects2 = fast_parser.feed_json_data(second)
    assert events + objects == [] and more + [(None, d, None, None) for d in objects2] == expected


def test_json_data_fast_path_strips_a_byte_order_mark_only_at_the_start() -> None:
    """Past the first chunk, a byte-order mark is part of a line (here an unknown field)."""
    parser = SSEParser()
    assert parser.feed_json_data(chunk(0)) == (
        [(None, b'{"id":"c0","choices":[]}', None, None)],
        [],
    )
    assert parser.feed_json_data(b"\xef\xbb\xbf" + chunk(1)) == ([], [])
    assert parser.feed_json_data(b"\xef\xbb\xbf" + chunk(2)[:1]) == ([], [])
    assert parser.feed_json_data(chunk(2)[1:]) == ([], [])  # the same field line, ended


def test_an_end_marker_that_looks_like_an_object_ends_the_stream(make_client) -> None:
    """Data split out in bulk is not compared with the end marker: a marker that is a JSON
    object turns the bulk split off, so the events after it are never read."""
    op = chat_stream("stream_to_object_marker", sentinel='{"id":"end","choices":[]}')
    body = TrackedStream([chunk(0), chunk(1) + b'data: {"id":"end","choices":[]}\n\n' + chunk(2)])
    with stream_client(make_client, body).stream(op, body=BODY) as events:
        ids = [event.data.id for event in events]
    assert ids == ["c0", "c1"]


@pytest.mark.parametrize("field", [b"event: e\n", b"retry: 5\n"])
def test_json_data_fast_path_keeps_a_field_line_cut_off_from_its_data(field: bytes) -> None:
    line_parser, fast_parser = SSEParser(), SSEParser()
    rest = b"data: {}\n\n" + chunk(1)
    expected = line_parser.feed(field) + line_parser.feed(rest)
    assert fast_parser.feed_json_data(field) == ([], [])
    events, objects = fast_parser.feed_json_data(rest)
    assert events + [(None, data, None, None) for data in objects] == expected
