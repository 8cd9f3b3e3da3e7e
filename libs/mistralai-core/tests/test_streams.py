"""SSE parsing and stream objects: incremental, closed on exit, cut streams raise."""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest
from _ops import NAMED_STREAM, STREAM, ChunkEvent, Request

from mistralai.client import errors
from mistralai.core._operation import StreamOperation
from mistralai.core._streaming import SSEParser

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


def _random_stream(rng: random.Random) -> bytes:
    parts: list[bytes] = []
    for _ in range(rng.randrange(1, 30)):
        kind = rng.random()
        if kind < 0.5:
            parts.append(b'data: {"n":%d}\n\n' % rng.randrange(1000))
        elif kind < 0.6:
            parts.append(b"data: a\ndata: b\n\n")
        elif kind < 0.7:
            parts.append(b"event: e\nid: %d\ndata: x\n\n" % rng.randrange(10))
        elif kind < 0.75:
            parts.append(b": ping\n\n")
        elif kind < 0.8:
            parts.append(b"retry: 5\ndata:y\r\n\r\n")
        elif kind < 0.85:
            parts.append(b"\n\n\n")
        elif kind < 0.9:
            parts.append(b"event: only\n\n")
        else:
            parts.append(b"data: \xc3\xa9\r\rdata: z\n\n")
    return b"".join(parts) + (b"data: last" if rng.random() < 0.3 else b"")


@pytest.mark.parametrize("seed", range(40))
def test_parser_reads_any_chunking_as_byte_by_byte(seed: int) -> None:
    """Whatever the chunk boundaries (a line, a CRLF or an event cut anywhere), the parser finds
    the same events as when fed one byte at a time, and refuses the same too-large events."""
    rng = random.Random(seed)
    stream = _random_stream(rng)
    reference = SSEParser()
    expected = [e for i in range(len(stream)) for e in reference.feed(stream[i : i + 1])]
    for max_event_bytes in (None, 5, 1000):
        cuts = sorted(rng.sample(range(1, len(stream)), min(len(stream) - 1, rng.randrange(0, 6))))
        parser = SSEParser(max_event_bytes)
        got: list[tuple[bytes | None, bytes, bytes | None, bytes | None]] = []
        try:
            for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True):
                got += parser.feed(stream[a:b])
        except errors.EventTooLargeError:
            assert max_event_bytes == 5
            continue
        assert got == expected
        assert parser.has_partial_event == reference.has_partial_event


def _chat_like_stream(rng: random.Random) -> bytes:
    """Mostly plain ``data: {...}`` events (the shape feed_json_data rewrites in bulk), with now
    and then anything else the format allows."""
    parts: list[bytes] = []
    for _ in range(rng.randrange(1, 40)):
        kind = rng.random()
        if kind < 0.75:
            parts.append(b'data: {"n":%d,"s":"a: b"}\n\n' % rng.randrange(1000))
        elif kind < 0.78:
            parts.append(b"data: {}\ndata: {}\n\n")  # two data lines: one event, not two
        elif kind < 0.81:
            parts.append(b"id: %d\ndata: {}\n\n" % rng.randrange(10))
        elif kind < 0.84:
            parts.append(b": ping\n\n")
        elif kind < 0.87:
            parts.append(b'data: {"crlf":1}\r\n\r\n')
        elif kind < 0.90:
            parts.append(b"\n\n\n")
        elif kind < 0.93:
            parts.append(b"event: e\n\n")
        elif kind < 0.94:
            parts.append(b"data: [DONE]\n\n")
        elif kind < 0.95:
            parts.append(b"data:{}\n\n")
        elif kind < 0.96:
            parts.append(b"event:{}\n\n")  # a name that looks like an object six bytes in
        elif kind < 0.98:
            parts.append(b"event: e\ndata: {}\n\n")
        else:
            parts.append(b"retry: 5\ndata: {}\n\n")
    return b"".join(parts) + (b'data: {"last":1}' if rng.random() < 0.3 else b"")


@pytest.mark.parametrize("seed", range(60))
def test_json_data_fast_path_finds_what_the_line_parser_finds(seed: int) -> None:
    """feed_json_data splits runs of plain events out of the chunk in bulk; for any stream and
    chunking, its events and data are the events of a byte-by-byte feed, in the same order,
    and it refuses the same too-large events."""
    rng = random.Random(seed)
    stream = _chat_like_stream(rng)
    reference = SSEParser()
    expected = [e for i in range(len(stream)) for e in reference.feed(stream[i : i + 1])]
    for max_event_bytes in (None, 12, 100_000):
        cuts = sorted(rng.sample(range(1, len(stream)), min(len(stream) - 1, rng.randrange(0, 6))))
        parser = SSEParser(max_event_bytes)
        got: list[tuple[bytes | None, bytes, bytes | None, bytes | None]] = []
        try:
            for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True):
                events, objects = parser.feed_json_data(stream[a:b])
                got += events
                got += [(None, data, None, None) for data in objects]
        except errors.EventTooLargeError:
            assert max_event_bytes == 12
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
    op = StreamOperation[ChunkEvent](
        operation_id="stream_to_object_marker",
        method="POST",
        path="/v1/chat/completions",
        namespace="chat",
        event=ChunkEvent,
        body=Request,
        body_kind="json",
        sentinel='{"id":"end","choices":[]}',
    )
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
