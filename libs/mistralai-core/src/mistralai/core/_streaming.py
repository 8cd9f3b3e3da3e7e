"""Server-sent events: an incremental line parser and the typed stream objects.

The parser splits whole byte chunks on newlines (never byte by byte) and each event's data is
validated by a validator built once per operation, straight from JSON bytes. For an event
model with fields ``event``/``data``/``id``, the event is handed to pydantic as one JSON
document ``{"event": ..., "data": <raw data>, "id": ...}``, so a chunk costs one call into
pydantic-core.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from mistralai.core.errors import ResponseValidationError, StreamInterruptedError

if TYPE_CHECKING:
    from mistralai.core._operation import StreamOperation

E = TypeVar("E")

RawEvent = tuple[bytes | None, bytes, bytes | None, bytes | None]
"""(event name, data, id, retry) of one server-sent event."""


class SSEParser:
    """Feeds on byte chunks, returns complete events (WHATWG event-stream rules)."""

    __slots__ = ("_data", "_event", "_fresh", "_id", "_pending", "_retry")

    def __init__(self) -> None:
        self._pending = b""
        self._fresh = True
        self._event: bytes | None = None
        self._data: list[bytes] = []
        self._id: bytes | None = None
        self._retry: bytes | None = None

    def feed(self, chunk: bytes) -> list[RawEvent]:
        if self._pending:
            chunk = self._pending + chunk
        elif self._fresh:
            self._fresh = False
            if chunk.startswith(b"\xef\xbb\xbf"):  # a byte-order mark is not part of the stream
                chunk = chunk[3:]
        if b"\r" in chunk:  # normalise CRLF / CR line ends once per chunk, not per line
            held = b""
            if chunk.endswith(b"\r"):  # its "\n" may come with the next chunk
                chunk, held = chunk[:-1], b"\r"
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n") + held
        lines = chunk.split(b"\n")
        self._pending = lines.pop()  # the unfinished last line (or a held "\r")
        events: list[RawEvent] = []
        data = self._data
        for line in lines:
            if line[:6] == b"data: ":  # the common case first
                data.append(line[6:])
            elif not line:
                if data or self._event is not None:
                    payload = data[0] if len(data) == 1 else b"\n".join(data)
                    events.append((self._event, payload, self._id, self._retry))
                    self._event = None
                    data = self._data = []
                    self._retry = None
            elif line[:1] == b":":
                continue  # comment / keep-alive
            else:
                name, _, value = line.partition(b":")
                if value[:1] == b" ":
                    value = value[1:]
                if name == b"data":
                    data.append(value)
                elif name == b"event":
                    self._event = value
                elif name == b"id":
                    self._id = value
                elif name == b"retry":
                    self._retry = value
        return events

    @property
    def has_partial_event(self) -> bool:
        return bool(self._pending.strip() or self._data or self._event is not None)


class EventDecoder(Generic[E]):
    """Turns raw events into typed events for one stream operation (built once, cached)."""

    __slots__ = ("_data_only", "_validate", "_with_event", "_with_id", "_with_retry", "sentinel")

    def __init__(self, op: StreamOperation[E]) -> None:
        fields = op.event_fields
        self._with_event = "event" in fields
        self._with_id = "id" in fields
        self._with_retry = "retry" in fields
        self._data_only = not (self._with_event or self._with_id or self._with_retry)
        self.sentinel = op.sentinel.encode() if op.sentinel is not None else None
        adapter = op.response_adapter
        adapter.rebuild()  # build now, then call pydantic-core's validator directly
        self._validate: Callable[[bytes], E] = adapter.validator.validate_json  # pyright: ignore[reportAttributeAccessIssue]

    def decode(self, raw: RawEvent) -> E:
        event, data, event_id, retry = raw
        if not data or data[0] not in b'{["':
            data = json.dumps(data.decode("utf-8", "replace")).encode()
        if self._data_only:
            document = b'{"data":' + data + b"}"
        else:
            parts = [b'{"data":', data]
            if self._with_event and event is not None:
                parts += (b',"event":', json.dumps(event.decode("utf-8", "replace")).encode())
            if self._with_id and event_id is not None:
                parts += (b',"id":', json.dumps(event_id.decode("utf-8", "replace")).encode())
            if self._with_retry and retry is not None and retry.isdigit():
                parts += (b',"retry":', retry)
            parts.append(b"}")
            document = b"".join(parts)
        try:
            return self._validate(document)
        except ValueError as exc:
            raise ResponseValidationError(
                f"a stream event could not be read: {exc}",
                body=data.decode("utf-8", "replace"),
                status_code=200,
            ) from exc


def decoder_for(op: StreamOperation[E]) -> EventDecoder[E]:
    cached: Any = op._decoder  # pyright: ignore[reportPrivateUsage]
    if cached is None:
        cached = op._decoder = EventDecoder(op)  # pyright: ignore[reportPrivateUsage]
    return cached


class _EventReader(Generic[E]):
    """The part of a stream shared by the sync and async twins: chunks in, typed events out.

    :meth:`events` is a generator per chunk; it records ``last_event_id`` just before it hands
    out each event, so the id always belongs to the last event delivered. ``done`` turns true
    at the end marker.
    """

    __slots__ = ("_decode", "_parser", "_sentinel", "done", "last_event_id")

    def __init__(self, decoder: EventDecoder[E]) -> None:
        self._parser = SSEParser()
        self._decode = decoder.decode
        self._sentinel = decoder.sentinel
        self.done = False
        self.last_event_id: str | None = None

    def events(self, chunk: bytes) -> Iterator[E]:
        sentinel = self._sentinel
        decode = self._decode
        for raw in self._parser.feed(chunk):
            if raw[1] == sentinel:
                self.done = True
                return
            if raw[2] is not None:
                self.last_event_id = raw[2].decode("utf-8", "replace")
            yield decode(raw)

    def finish(self) -> Iterator[E]:
        """Events still held when the body ended (a last event without its blank line)."""
        if self._parser.has_partial_event:
            yield from self.events(b"\n\n")

    def check_complete(self) -> None:
        """Raise if the body ended before the end marker of a stream that has one."""
        if not self.done and self._sentinel is not None:
            raise StreamInterruptedError(
                "the stream ended before its end marker: the answer is incomplete"
            )


class EventStream(Generic[E]):
    """Iterator over typed events of one response; a context manager that closes it.

    The connection is closed when the stream ends, on ``break`` out of a ``with`` block, on
    error, or by :meth:`close`. A stream cut before its terminating event raises
    :class:`~mistralai.core.errors.StreamInterruptedError` after the events received so far.
    """

    def __init__(
        self,
        chunks: Iterator[bytes],
        decoder: EventDecoder[E],
        close: Callable[[], None],
    ) -> None:
        self._chunks = chunks
        self._decoder = decoder
        self._close = close
        self._reader = _EventReader(decoder)
        self._iterator = self._events()

    def _events(self) -> Generator[E]:
        reader = self._reader
        try:
            for chunk in self._chunks:
                yield from reader.events(chunk)
                if reader.done:
                    return
            yield from reader.finish()
            reader.check_complete()
        finally:
            self._close()

    @property
    def last_event_id(self) -> str | None:
        """The SSE id of the last event delivered (to resume a stream from there)."""
        return self._reader.last_event_id

    def __iter__(self) -> Iterator[E]:
        return self._iterator

    def __next__(self) -> E:
        return next(self._iterator)

    def close(self) -> None:
        self._iterator.close()
        self._close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class EventStreamAsync(Generic[E]):
    """Async twin of :class:`EventStream`: ``async for`` and ``async with``."""

    def __init__(
        self,
        chunks: AsyncIterator[bytes],
        decoder: EventDecoder[E],
        close: Callable[[], Any],
    ) -> None:
        self._chunks = chunks
        self._decoder = decoder
        self._close = close
        self._reader = _EventReader(decoder)
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[E]:
        reader = self._reader
        try:
            async for chunk in self._chunks:
                for event in reader.events(chunk):
                    yield event
                if reader.done:
                    return
            for event in reader.finish():
                yield event
            reader.check_complete()
        finally:
            await self._close()

    @property
    def last_event_id(self) -> str | None:
        """The SSE id of the last event delivered (to resume a stream from there)."""
        return self._reader.last_event_id

    def __aiter__(self) -> AsyncIterator[E]:
        return self._iterator

    async def __anext__(self) -> E:
        return await anext(self._iterator)

    async def close(self) -> None:
        await self._iterator.aclose()
        await self._close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class ByteStream:
    """A response body read as it arrives (downloads): ``iter_bytes()``, context manager.

    ``headers`` are the response headers; the connection is closed at the end of the body,
    on exit, or by :meth:`close`. A connection broken mid-body raises
    :class:`~mistralai.core.errors.StreamInterruptedError`.
    """

    def __init__(
        self, chunks: Iterator[bytes], headers: dict[str, str], close: Callable[[], None]
    ) -> None:
        self._chunks = chunks
        self.headers = headers
        self._close = close

    def iter_bytes(self) -> Iterator[bytes]:
        try:
            yield from self._chunks
        finally:
            self._close()

    def close(self) -> None:
        self._close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ByteStreamAsync:
    """Async twin of :class:`ByteStream`."""

    def __init__(
        self,
        chunks: AsyncIterator[bytes],
        headers: dict[str, str],
        close: Callable[[], Any],
    ) -> None:
        self._chunks = chunks
        self.headers = headers
        self._close = close

    async def iter_bytes(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._chunks:
                yield chunk
        finally:
            await self._close()

    async def close(self) -> None:
        await self._close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
