"""Server-sent events: an incremental line parser and the typed stream objects.

The parser splits whole byte chunks on newlines (never byte by byte); a chunk's run of plain
``data: {...}`` events (the chat shape) is split out in one call. Each event's data is
validated by a validator built once per operation, straight from JSON bytes. For an event
model with fields ``event``/``data``/``id``, the event is handed to pydantic as one JSON
document ``{"event": ..., "data": <raw data>, "id": ...}``, so a chunk costs one call into
pydantic-core.
"""

from __future__ import annotations

import contextlib
import gc
import json
import threading
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from mistralai.core._operation import core_validator
from mistralai.core.errors import (
    ResponseValidationError,
    StreamInterruptedError,
    StreamTimeoutError,
)

if TYPE_CHECKING:
    from mistralai.core._operation import StreamOperation

E = TypeVar("E")

RawEvent = tuple[bytes | None, bytes, bytes | None, bytes | None]
"""(event name, data, id, retry) of one server-sent event."""


_BOM = b"\xef\xbb\xbf"
_NO_DATA: list[bytes] = []


class SSEParser:
    """Feeds on byte chunks, returns complete events (WHATWG event-stream rules).

    Linear in the input: a line split over many chunks is kept as a list of pieces and joined
    once, when its end arrives. ``max_event_bytes`` (optional) bounds the data of one event
    (and any single line); beyond it :class:`~mistralai.core.errors.EventTooLargeError` is
    raised. An event without any ``data:`` line (``event: ping``) is not dispatched.
    """

    __slots__ = (
        "_cr",
        "_data",
        "_data_size",
        "_event",
        "_head",
        "_id",
        "_max",
        "_parts",
        "_retry",
        "_size",
        "_start",
    )

    def __init__(self, max_event_bytes: int | None = None) -> None:
        self._parts: list[bytes] = []  # pieces of the unfinished last line
        self._size = 0  # their total length
        self._start = True  # nothing past a possible byte-order mark seen yet
        self._head = b""  # the first bytes, while they may still be a split byte-order mark
        self._cr = False  # the previous chunk ended with "\r": a leading "\n" belongs to it
        self._event: bytes | None = None
        self._data: list[bytes] = []
        self._data_size = 0
        self._id: bytes | None = None
        self._retry: bytes | None = None
        self._max = max_event_bytes

    def feed(self, chunk: bytes) -> list[RawEvent]:
        if self._start:
            chunk = self._head + chunk
            if len(chunk) < 3 and _BOM.startswith(chunk):
                self._head = chunk  # maybe a byte-order mark split across chunks: wait
                return []
            self._start = False
            self._head = b""
            if chunk.startswith(_BOM):  # a byte-order mark is not part of the stream
                chunk = chunk[3:]
        if self._cr:
            self._cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        # (find, not "in", throughout: for bytes, "in" first tries its operand as an int and
        # formats a TypeError it then drops, which costs more than the search.)
        if chunk.find(b"\r") >= 0:  # normalise CRLF / CR line ends once per chunk, not per line
            self._cr = chunk.endswith(b"\r")
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if chunk.find(b"\n") < 0:  # the middle of a (long) line: keep the piece, join later
            if chunk:
                self._parts.append(chunk)
                self._size += len(chunk)
                self._check_size(self._size)
            return []
        lines = chunk.split(b"\n")
        if self._parts:
            self._parts.append(lines[0])
            lines[0] = b"".join(self._parts)
            self._parts = []
        last = lines.pop()  # the unfinished last line
        if last:
            self._parts.append(last)
        self._size = len(last)
        return self._lines(lines)

    def feed_json_data(self, chunk: bytes) -> tuple[list[RawEvent], list[bytes]]:
        """:meth:`feed` for streams whose events are mostly one ``data:`` line holding a JSON
        object (chat completions): ``(events, data)``.

        ``events`` are what :meth:`feed` finds. ``data`` follow them: the data of each event
        of the plain shape ``data: {...}`` + blank line, split out of the chunk by one
        ``split`` rather than line by line. Anything else in that run (comments, ids, several
        data lines, CR line ends, a too-large event) sends it through :meth:`feed`, so both
        ways find the same events.
        """
        if self._start or self._cr or chunk.find(b"\r") >= 0:
            return self.feed(chunk), []
        events: list[RawEvent] = []
        first = 0
        if self._parts or self._data or self._event is not None or self._retry is not None:
            # The end of the event under way is read as usual: the chunk's first blank line,
            # or its first byte when the line before it has ended.
            if not self._parts and chunk[:1] == b"\n":
                first = 1
            else:
                first = chunk.find(b"\n\n") + 2
                if first == 1:  # no blank line in the chunk
                    return self.feed(chunk), []
            events = self.feed(chunk[:first])
        last = chunk.rfind(b"\n\n")  # the end of the run: the last blank line
        # An id would go with every later event; the run must start with a data line.
        if self._id is not None or last < first or not chunk.startswith(b"data: ", first):
            return events + self.feed(chunk[first:]), []
        end = last + 2
        data = chunk[first + 6 : end - 2].split(b"\n\ndata: ")
        limit = self._max
        for value in data:
            # An object on one line: anything else (a line break left inside, after another
            # field or a second data line; a string; a comment) is read line by line.
            if (
                value[:1] != b"{"
                or value.find(b"\n") >= 0
                or (limit is not None and len(value) >= limit)
            ):
                return events + self.feed(chunk[first:]), []
        if end < len(chunk):
            # The start of the next event. It holds no blank line and follows one, so it ends
            # no event: feed() keeps it and returns nothing.
            self.feed(chunk[end:])
        return events, data

    def _check_size(self, size: int) -> None:
        limit = self._max
        if limit is not None and size + self._data_size > limit:
            from mistralai.core.errors import EventTooLargeError

            raise EventTooLargeError(
                f"a stream event is larger than max_event_bytes={limit}", limit=limit
            )

    def _lines(self, lines: list[bytes]) -> list[RawEvent]:
        events: list[RawEvent] = []
        data = self._data
        limit = self._max
        for line in lines:
            if line[:6] == b"data: ":  # the common case first
                data.append(line[6:])
                if limit is not None:
                    self._data_size += len(line) - 5
                    self._check_size(0)
            elif not line:
                if data:
                    payload = data[0] if len(data) == 1 else b"\n".join(data)
                    events.append((self._event, payload, self._id, self._retry))
                    data = self._data = []
                    self._data_size = 0
                # no data: nothing is dispatched (WHATWG), the event name is forgotten
                self._event = None
                self._retry = None
            elif line[:1] == b":":
                continue  # comment / keep-alive
            else:
                name, _, value = line.partition(b":")
                if value[:1] == b" ":
                    value = value[1:]
                if name == b"data":
                    data.append(value)
                    if limit is not None:
                        self._data_size += len(value) + 1
                        self._check_size(0)
                elif name == b"event":
                    self._event = value
                elif name == b"id":
                    if b"\0" not in value:  # WHATWG: an id with NUL is ignored
                        self._id = value
                elif name == b"retry":
                    self._retry = value
        return events

    @property
    def has_partial_event(self) -> bool:
        return bool(b"".join(self._parts).strip() or self._data)


class EventDecoder(Generic[E]):
    """Turns raw events into typed events for one stream operation (built once, cached)."""

    __slots__ = (
        "_data_only",
        "_validate",
        "_with_event",
        "_with_id",
        "_with_retry",
        "jsonl",
        "sentinel",
        "validate_data_only",
    )

    def __init__(self, op: StreamOperation[E]) -> None:
        fields = op.event_fields
        self._with_event = "event" in fields
        self._with_id = "id" in fields
        self._with_retry = "retry" in fields
        self._data_only = not (self._with_event or self._with_id or self._with_retry)
        self.sentinel = op.sentinel.encode() if op.sentinel is not None else None
        # built now, then called directly
        self._validate: Callable[[bytes], E] = core_validator(op.response).validate_json
        self.jsonl = op.framing == "jsonl"
        """JSON Lines: each line is the event itself (no SSE fields around it)."""
        self.validate_data_only = self._validate if self._data_only and not self.jsonl else None
        """The validator of ``{"data": <data>}`` documents when the event has no other field
        (the reader calls it itself for JSON objects), else ``None``."""

    def decode(self, raw: RawEvent) -> E:
        data = raw[1]
        if self.jsonl:
            return self._checked(data, data)
        if not data or data[0] not in b'{["':
            data = json.dumps(data.decode("utf-8", "replace")).encode()
        if self._data_only:
            document = b'{"data":' + data + b"}"
        else:
            event, _, event_id, retry = raw
            parts = [b'{"data":', data]
            if self._with_event and event is not None:
                parts += (b',"event":', json.dumps(event.decode("utf-8", "replace")).encode())
            if self._with_id and event_id is not None:
                parts += (b',"id":', json.dumps(event_id.decode("utf-8", "replace")).encode())
            if self._with_retry and retry is not None and retry.isdigit():
                parts += (b',"retry":', retry)
            parts.append(b"}")
            document = b"".join(parts)
        return self._checked(document, data)

    def _checked(self, document: bytes, data: bytes) -> E:
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
    at the end marker. ``idle_timeout_s`` bounds the wait for the next event: bytes that carry
    no event (comments such as ``: ping``) do not reset it.
    """

    __slots__ = (
        "_decode",
        "_feed_json_data",
        "_idle",
        "_last",
        "_parser",
        "_sentinel",
        "_validate_data_only",
        "done",
        "last_event_id",
    )

    def __init__(
        self,
        decoder: EventDecoder[E],
        idle_timeout_s: float | None = None,
        max_event_bytes: int | None = None,
    ) -> None:
        validate = decoder.validate_data_only
        sentinel = decoder.sentinel
        self._feed_json_data: Callable[[bytes], tuple[list[RawEvent], list[bytes]]] | None
        if decoder.jsonl:
            from mistralai.core._jsonlines import JSONLinesParser

            self._parser: SSEParser | JSONLinesParser = JSONLinesParser(max_event_bytes)
            self._feed_json_data = None
        else:
            parser = self._parser = SSEParser(max_event_bytes)
            # Data split out in bulk is never compared with the end marker: only
            # one that cannot look like a JSON object allows it.
            json_marker = sentinel is not None and sentinel.startswith(b"{")
            self._feed_json_data = (
                parser.feed_json_data if validate is not None and not json_marker else None
            )
        self._decode = decoder.decode
        self._validate_data_only = validate
        self._sentinel = sentinel
        self._idle = idle_timeout_s
        self._last = time.monotonic()
        self.done = False
        self.last_event_id: str | None = None

    def events(self, chunk: bytes) -> Iterator[E]:
        feed_json_data = self._feed_json_data
        if feed_json_data is None:
            raws, objects = self._parser.feed(chunk), _NO_DATA
        else:
            raws, objects = feed_json_data(chunk)
        if not raws and not objects:
            self.check_idle()
            return
        sentinel = self._sentinel
        decode = self._decode
        validate = self._validate_data_only
        for raw in raws:
            data = raw[1]
            if data == sentinel:
                self.done = True
                return
            if raw[2] is not None:
                self.last_event_id = raw[2].decode("utf-8", "replace")
            # Chat-style events (data only, a JSON object) are validated right here: one
            # call into pydantic-core per event, not two calls of Python code around it.
            if validate is not None and data[:1] == b"{":
                try:
                    event = validate(b'{"data":' + data + b"}")
                except ValueError:
                    event = decode(raw)  # raises the SDK's error for this event
                yield event
            else:
                yield decode(raw)
        # Each event is validated when the caller asks for it, not all of the chunk's first:
        # a list of events alive at once makes the collector's young generation walk them.
        if objects:
            assert validate is not None  # objects come only with a data-only validator
            for data in objects:
                try:
                    event = validate(b'{"data":' + data + b"}")
                except ValueError:  # the SDK's error for this event, with its data
                    event = decode((None, data, None, None))
                yield event
        # Once per chunk, after the caller handled its last event (its own time does not
        # count): the idle check only runs on the next chunk, so one clock read is enough.
        self._last = time.monotonic()

    def check_idle(self) -> None:
        idle = self._idle
        if idle is not None and time.monotonic() - self._last > idle:
            raise StreamTimeoutError(
                f"no stream event for more than {idle:g}s (timeout_ms): the stream stalled"
            )

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


# -- releasing connections -------------------------------------------------------------------
#
# A stream dropped without ``close()`` must give its connection back as soon as its last
# reference goes. Nothing here may form a reference cycle (the stream object holds its event
# generator, never the other way round), so CPython frees it at once by reference counting.
# When it is freed by the cyclic garbage collector instead (the caller put it in a cycle), the
# close is *deferred* to the client's next call: the collector may run while this very thread
# holds httpcore's connection-pool lock, and closing a response there would deadlock.

_collecting = False
_watching = False
_watch_lock = threading.Lock()


def _gc_phase(phase: str, info: dict[str, int]) -> None:
    global _collecting
    _collecting = phase == "start"


def _watch_collector() -> None:
    """Follow the collector's phases from the first stream on. Not at import: a callback in
    ``gc.callbacks`` costs every collection, and the interpreter's exit measurably (about 5 ms
    of a cold start), in processes that never open a stream."""
    global _watching
    if not _watching:
        with _watch_lock:
            if not _watching:
                gc.callbacks.append(_gc_phase)
                _watching = True


class DeferredCloses:
    """Closes put off by finalizers run inside the garbage collector; drained by the client
    before each call and on ``close()``."""

    __slots__ = ("_lock", "_pending")

    def __init__(self) -> None:
        self._pending: list[Callable[[], Any]] = []
        self._lock = threading.Lock()

    def add(self, close: Callable[[], Any]) -> None:
        self._pending.append(close)  # list.append is atomic: no lock inside the collector

    def drain(self) -> None:
        if not self._pending:
            return
        with self._lock:
            pending, self._pending = self._pending, []
        for close in pending:
            with contextlib.suppress(Exception):
                close()


class Releaser:
    """Closes one response exactly once: explicitly, at the end of the body, or when the last
    reference to the stream goes (``__del__``)."""

    __slots__ = ("_close", "_deferred", "done")

    def __init__(self, close: Callable[[], None], deferred: DeferredCloses | None = None) -> None:
        self._close = close
        self._deferred = deferred
        self.done = False
        if deferred is not None:
            _watch_collector()

    def __call__(self) -> None:
        if not self.done:
            self.done = True
            self._close()

    def release(self) -> None:
        """From a ``finally`` or a finalizer: close now, or later when inside the collector."""
        if self.done:
            return
        if _collecting and self._deferred is not None:
            self.done = True
            self._deferred.add(self._close)
            return
        with contextlib.suppress(Exception):
            self()

    def __del__(self) -> None:
        self.release()


class AsyncReleaser:
    """Async twin of :class:`Releaser`: a finalizer cannot await, so it schedules the close on
    the stream's event loop (when that loop is still running)."""

    __slots__ = ("_close", "_loop", "done")

    def __init__(self, close: Callable[[], Awaitable[None]]) -> None:
        import asyncio

        self._close = close
        self._loop = asyncio.get_running_loop()
        self.done = False

    async def __call__(self) -> None:
        if not self.done:
            self.done = True
            await self._close()

    def __del__(self) -> None:
        if self.done:
            return
        self.done = True
        loop = self._loop
        if loop.is_closed():
            return
        close = self._close

        def schedule() -> None:
            loop.create_task(_quiet(close()))

        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(schedule)


async def _quiet(awaitable: Awaitable[None]) -> None:
    with contextlib.suppress(Exception):
        await awaitable


def _sync_events(
    chunks: Iterator[bytes], reader: _EventReader[E], release: Releaser
) -> Generator[E]:
    # A module-level function, not a method: the generator must not refer to its stream.
    try:
        for chunk in chunks:
            yield from reader.events(chunk)
            if reader.done:
                return
        yield from reader.finish()
        reader.check_complete()
    finally:
        release.release()


async def _async_events(
    chunks: AsyncIterator[bytes], reader: _EventReader[E], release: AsyncReleaser
) -> AsyncGenerator[E]:
    try:
        async for chunk in chunks:
            for event in reader.events(chunk):
                yield event
            if reader.done:
                return
        for event in reader.finish():
            yield event
        reader.check_complete()
    finally:
        await release()


class EventStream(Generic[E]):
    """Iterator over typed events of one response; a context manager that closes it.

    The connection is closed when the stream ends, on ``break`` out of a ``with`` block, on
    error, by :meth:`close`, or as soon as the stream is dropped (last reference gone). A
    stream cut before its terminating event raises
    :class:`~mistralai.core.errors.StreamInterruptedError` after the events received so far;
    no event within the timeout raises :class:`~mistralai.core.errors.StreamTimeoutError`.
    """

    __slots__ = ("_iterator", "_reader", "_release")

    def __init__(
        self,
        chunks: Iterator[bytes],
        decoder: EventDecoder[E],
        close: Callable[[], None],
        *,
        idle_timeout_s: float | None = None,
        max_event_bytes: int | None = None,
        deferred: DeferredCloses | None = None,
    ) -> None:
        self._release = Releaser(close, deferred)
        self._reader = _EventReader(decoder, idle_timeout_s, max_event_bytes)
        self._iterator = _sync_events(chunks, self._reader, self._release)

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
        self._release()

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

    __slots__ = ("_iterator", "_reader", "_release")

    def __init__(
        self,
        chunks: AsyncIterator[bytes],
        decoder: EventDecoder[E],
        close: Callable[[], Awaitable[None]],
        *,
        idle_timeout_s: float | None = None,
        max_event_bytes: int | None = None,
    ) -> None:
        self._release = AsyncReleaser(close)
        self._reader = _EventReader(decoder, idle_timeout_s, max_event_bytes)
        self._iterator = _async_events(chunks, self._reader, self._release)

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
        await self._release()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _sync_bytes(chunks: Iterator[bytes], release: Releaser) -> Generator[bytes]:
    try:
        yield from chunks
    finally:
        release.release()


async def _async_bytes(
    chunks: AsyncIterator[bytes], release: AsyncReleaser
) -> AsyncGenerator[bytes]:
    try:
        async for chunk in chunks:
            yield chunk
    finally:
        await release()


class ByteStream:
    """A response body read as it arrives (downloads): ``iter_bytes()``, context manager.

    ``headers`` are the response headers; the connection is closed at the end of the body,
    on exit, by :meth:`close`, or when the stream is dropped. A connection broken mid-body
    raises :class:`~mistralai.core.errors.StreamInterruptedError`.
    """

    def __init__(
        self,
        chunks: Iterator[bytes],
        headers: dict[str, str],
        close: Callable[[], None],
        *,
        deferred: DeferredCloses | None = None,
    ) -> None:
        self._chunks = chunks
        self.headers = headers
        self._release = Releaser(close, deferred)

    def iter_bytes(self) -> Iterator[bytes]:
        return _sync_bytes(self._chunks, self._release)

    def close(self) -> None:
        self._release()

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
        close: Callable[[], Awaitable[None]],
    ) -> None:
        self._chunks = chunks
        self.headers = headers
        self._release = AsyncReleaser(close)

    def iter_bytes(self) -> AsyncIterator[bytes]:
        return _async_bytes(self._chunks, self._release)

    async def close(self) -> None:
        await self._release()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
