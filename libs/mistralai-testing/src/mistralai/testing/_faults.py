"""Injected faults: a FIFO queue of one-shot (or n-shot) misbehaviours.

Kinds:

- ``status``: answer with a given status, headers and body instead of the real handler
  (optionally after ``delay`` seconds).
- ``delay``: sleep ``delay`` seconds, then answer normally (for client timeouts).
- ``disconnect``: close the socket without sending any response (``reset=True`` sends a TCP RST
  instead of a clean FIN).
- ``stream_cut``: a streaming response stops after ``after_chunks`` events: the connection is
  closed without ``data: [DONE]`` and without the final zero-length chunk.
- ``trickle``: the real (non-streaming) answer, its body sent one byte every ``delay`` seconds.
- ``stall``: the real answer's status line and headers, then nothing for ``delay`` seconds
  (then the connection closes). For a streaming answer (``after_chunks`` set), the first
  ``after_chunks`` events are sent first; with ``interval`` a ``: ping`` comment is sent every
  ``interval`` seconds while stalled.
- ``cut_body``: the real answer with its full ``Content-Length``, but only its first
  ``after_bytes`` bytes (half when 0) are sent, then the connection closes (RST with ``reset``):
  a JSON document cut in the middle.
- ``sse``: answer 200 ``text/event-stream`` with exactly ``chunks`` (raw bytes, one HTTP chunk
  each, ``delay`` seconds apart): events without data, a byte-order mark split across chunks,
  very long lines...

A request takes at most one of the request kinds (the first matching in insertion order);
``stream_cut`` and streaming ``stall`` faults are only taken by streaming responses.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

__all__ = ["Fault", "FaultKind", "FaultQueue", "fault_from_dict"]

FaultKind = Literal[
    "status", "delay", "disconnect", "stream_cut", "trickle", "stall", "cut_body", "sse"
]
_KINDS: frozenset[str] = frozenset(
    ("status", "delay", "disconnect", "stream_cut", "trickle", "stall", "cut_body", "sse")
)
REQUEST_KINDS: frozenset[str] = frozenset(("status", "delay", "disconnect", "sse"))
RESPONSE_KINDS: frozenset[str] = frozenset(("trickle", "stall", "cut_body"))
"""Faults applied to the real (non-streaming) answer, or for ``stall``, to its headers."""
STREAM_KINDS: frozenset[str] = frozenset(("stream_cut", "stall"))


@dataclass(slots=True)
class Fault:
    """One injected fault. ``times=None`` means until cleared; ``path`` is a regex (full match)."""

    kind: FaultKind
    status: int = 500
    headers: Mapping[str, str] = field(default_factory=lambda: dict[str, str]())
    body: bytes | None = None
    content_type: str = "application/json"
    delay: float = 0.0
    after_chunks: int = 0
    reset: bool = False
    after_bytes: int = 0
    interval: float = 0.0
    chunks: list[bytes] = field(default_factory=lambda: list[bytes]())
    times: int | None = 1
    path: str | None = None
    method: str | None = None
    _path_re: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {sorted(_KINDS)}")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be >= 1 (or None for 'until cleared')")
        if self.method is not None:
            self.method = self.method.upper()
        self._path_re = re.compile(self.path) if self.path is not None else None

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self._path_re is None or self._path_re.fullmatch(path) is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "status": self.status,
            "headers": dict(self.headers),
            "body": None if self.body is None else self.body.decode("utf-8", errors="replace"),
            "content_type": self.content_type,
            "delay": self.delay,
            "after_chunks": self.after_chunks,
            "reset": self.reset,
            "after_bytes": self.after_bytes,
            "interval": self.interval,
            "chunks": [c.decode("latin-1") for c in self.chunks],
            "times": self.times,
            "path": self.path,
            "method": self.method,
        }


def encode_body(body: object) -> tuple[bytes | None, str]:
    """``bytes``/``str`` are sent as they are; anything else as JSON; ``None`` picks a default."""
    if body is None:
        return None, "application/json"
    if isinstance(body, bytes | bytearray):
        return bytes(body), "application/octet-stream"
    if isinstance(body, str):
        return body.encode("utf-8"), "text/plain; charset=utf-8"
    return json.dumps(body, separators=(",", ":")).encode("utf-8"), "application/json"


def fault_from_dict(data: Mapping[str, Any]) -> Fault:
    """Build a fault from the JSON accepted by ``POST /__fake__/faults``.

    ``{"kind": "status", "status": 429, "headers": {...}, "body": ..., "times": 1,
    "path": null, "method": null, "delay": 0}``, ``{"kind": "stream_cut", "after_chunks": 3}``,
    ``{"kind": "delay", "seconds": 2}``, ``{"kind": "disconnect", "reset": false}``,
    ``{"kind": "trickle", "delay": 0.5}``, ``{"kind": "stall", "delay": 30, "after_chunks": 2,
    "interval": 0.5}``, ``{"kind": "cut_body", "after_bytes": 10}``, ``{"kind": "sse",
    "chunks": ["\u00ef", "\u00bb\u00bfdata: 1\n\n"]}`` (each chunk a string whose code points
    are its bytes, latin-1). ``kind`` defaults to ``status``.
    """
    kind = str(data.get("kind", "status"))
    raw_body: object = data.get("body")
    body, default_ct = encode_body(raw_body)
    raw_headers: object = data.get("headers") or {}
    if not isinstance(raw_headers, Mapping):
        raise ValueError("headers must be an object")
    headers = {str(k): str(v) for k, v in cast(Mapping[object, object], raw_headers).items()}
    times_raw = data.get("times", 1)
    delay = data.get("delay", data.get("seconds", 0.0))
    path = data.get("path")
    method = data.get("method")
    return Fault(
        kind=cast(FaultKind, kind),
        status=int(data.get("status", 500)),
        headers=headers,
        body=body,
        content_type=str(data.get("content_type") or default_ct),
        delay=float(delay or 0.0),
        after_chunks=int(data.get("after_chunks", 0)),
        reset=bool(data.get("reset", False)),
        after_bytes=int(data.get("after_bytes", 0)),
        interval=float(data.get("interval", 0.0) or 0.0),
        chunks=[str(c).encode("latin-1") for c in cast(list[object], data.get("chunks") or [])],
        times=None if times_raw is None else int(times_raw),
        path=None if path is None else str(path),
        method=None if method is None else str(method),
    )


class FaultQueue:
    """Thread-safe FIFO of pending faults."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, kinds: Iterable[str], method: str, path: str) -> Fault | None:
        """Consume one use of the first pending fault of one of ``kinds`` matching the request."""
        if not self._faults:  # fast path, no lock: a racing add() is taken by a later request
            return None
        kinds = frozenset(kinds)
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.kind in kinds and fault.matches(method, path):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            del self._faults[i]
                    return fault
        return None

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)

    def __bool__(self) -> bool:
        return len(self) > 0
