"""JSON Lines framing of a stream (``application/jsonl``): one JSON document per line.

The parser has the SSE parser's shape (``feed`` returns complete raw events, here one per
non-empty line, in the ``data`` slot), so the stream classes read both framings the same way.
Linear in the input: a line split over many chunks is joined once, when its end arrives.
"""

from __future__ import annotations

from mistralai.core._streaming import RawEvent


class JSONLinesParser:
    """Feeds on byte chunks, returns one raw event per complete non-empty line."""

    __slots__ = ("_max", "_parts", "_size")

    def __init__(self, max_event_bytes: int | None = None) -> None:
        self._parts: list[bytes] = []  # pieces of the unfinished last line
        self._size = 0
        self._max = max_event_bytes

    @property
    def has_partial_event(self) -> bool:
        return bool(self._parts)

    def feed(self, chunk: bytes) -> list[RawEvent]:
        lines = chunk.split(b"\n")
        if len(lines) == 1:  # no line ends in this chunk
            self._grow(len(chunk))
            if chunk:
                self._parts.append(chunk)
            return []
        if self._parts:
            self._grow(len(lines[0]))
            lines[0] = b"".join((*self._parts, lines[0]))
            self._parts = []
        last = lines.pop()
        self._size = 0
        self._grow(len(last))
        if last:
            self._parts.append(last)
        events: list[RawEvent] = []
        for line in lines:
            line = line.strip()  # ``\r\n`` endings and blank keep-alive lines
            if line:
                self._check(len(line))
                events.append((None, line, None, None))
        return events

    def _grow(self, size: int) -> None:
        self._size += size
        self._check(self._size)

    def _check(self, size: int) -> None:
        limit = self._max
        if limit is not None and size > limit:
            from mistralai.core.errors import EventTooLargeError

            raise EventTooLargeError(
                f"a stream event is larger than max_event_bytes={limit}", limit=limit
            )
