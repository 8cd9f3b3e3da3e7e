"""What the fake server saw: one immutable record per request, kept in a thread-safe log."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, overload
from urllib.parse import parse_qs

__all__ = ["RecordedRequest", "RequestLog"]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as received. Header names are lower-cased; ``query`` is the raw query string."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes = b""
    index: int = field(default=0, compare=False)

    @property
    def query_params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def json(self) -> Any:
        """The body parsed as JSON (raises ``ValueError`` when it is not JSON)."""
        return json.loads(self.body)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly view (used by ``GET /__fake__/requests``)."""
        return {
            "index": self.index,
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": dict(self.headers),
            "body": self.body.decode("utf-8", errors="replace"),
            "body_base64": base64.b64encode(self.body).decode("ascii"),
        }


class RequestLog:
    """A thread-safe, append-only (until cleared) sequence of :class:`RecordedRequest`.

    Indexing, ``len()`` and iteration work on a consistent snapshot taken under the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []
        self._counter = 0

    def record(
        self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> RecordedRequest:
        with self._lock:
            rec = RecordedRequest(method, path, query, headers, body, self._counter)
            self._counter += 1
            self._items.append(rec)
            return rec

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def filter(
        self, *, method: str | None = None, path: str | None = None
    ) -> list[RecordedRequest]:
        """The requests with this method and/or exact path."""
        return [
            r
            for r in self.snapshot()
            if (method is None or r.method == method.upper()) and (path is None or r.path == path)
        ]

    @property
    def last(self) -> RecordedRequest:
        """The most recent request (``IndexError`` when there is none)."""
        with self._lock:
            return self._items[-1]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.snapshot())

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...
    @overload
    def __getitem__(self, index: slice) -> list[RecordedRequest]: ...
    def __getitem__(self, index: int | slice) -> RecordedRequest | list[RecordedRequest]:
        with self._lock:
            return self._items[index]

    def __repr__(self) -> str:
        return f"RequestLog({self.snapshot()!r})"
