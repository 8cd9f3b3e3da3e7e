"""The fake server's stored files, shared by the routes of every domain.

Files live in ``server.state["files"]`` (file id -> record, under ``server.lock``): the record is
the JSON the files API answers with plus the content, a :class:`Blob` under ``"blob"`` (an
anonymous temporary file on disk, so large uploads and batch outputs do not sit in memory).
The files routes serve them; other routes read them (batch jobs their input files) and add
their own (:func:`put_file`: batch outputs), so the store is here and not in one domain's
routes. Exported by :mod:`mistralai.testing`.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import uuid
from collections.abc import Iterator, Mapping
from email.parser import BytesHeaderParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any, cast

from mistralai.testing._completions import CREATED

if TYPE_CHECKING:
    from mistralai.testing.server import FakeMistralServer

__all__ = [
    "FILES_STATE",
    "Blob",
    "file_store",
    "multipart_parts",
    "next_timestamp",
    "parse_multipart",
    "public_file",
    "put_file",
]

FILES_STATE = "files"
"""The key of the stored files in ``server.state``."""

_clock = itertools.count(CREATED + 1000)


def next_timestamp() -> int:
    """A Unix timestamp that grows by one at each call (the ``created_at`` of stored objects:
    distinct and ordered, so lists sorted by creation are deterministic)."""
    return next(_clock)


def file_store(server: FakeMistralServer) -> dict[str, dict[str, Any]]:
    """``server.state["files"]``: file id -> record (with its :class:`Blob` under ``"blob"``),
    created empty; use it with ``server.lock`` held."""
    return cast(dict[str, dict[str, Any]], server.state.setdefault(FILES_STATE, {}))


_PUBLIC_FILE_FIELDS = (
    "id",
    "object",
    "bytes",
    "created_at",
    "filename",
    "purpose",
    "sample_type",
    "num_lines",
    "mimetype",
    "source",
    "signature",
    "expires_at",
    "visibility",
)


class Blob:
    """File content on disk: an anonymous temporary file (gone when the last reference goes),
    appended with :meth:`write` and read with ``pread`` (no shared file position, so several
    downloads of the same file can run at once)."""

    __slots__ = ("_file", "_last", "lines", "size")

    def __init__(self, content: bytes | memoryview = b"") -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the blob
        self.size = 0
        self.lines = 0
        self._last = b"\n"
        if content:
            self.write(content)

    def write(self, data: bytes | memoryview) -> None:
        if not data:
            return
        self._file.write(data)
        self.size += len(data)
        self.lines += (
            bytes(data).count(b"\n") if isinstance(data, memoryview) else data.count(b"\n")
        )
        self._last = bytes(data[-1:])

    def finish(self) -> None:
        """Flush what was written (call before reading)."""
        self._file.flush()

    @property
    def num_lines(self) -> int:
        return self.lines + (0 if self._last == b"\n" or not self.size else 1)

    def read(self, offset: int = 0, size: int | None = None) -> bytes:
        if size is None:
            size = self.size - offset
        return os.pread(self._file.fileno(), max(size, 0), offset)

    def chunks(self, size: int) -> Iterator[bytes]:
        for start in range(0, self.size, size):
            yield self.read(start, min(size, self.size - start))

    def iter_lines(self, block: int = 1 << 20) -> Iterator[bytes]:
        """The lines (with their ``\\n``), read a block at a time."""
        rest = b""
        for data in self.chunks(block):
            data = rest + data
            lines = data.split(b"\n")
            rest = lines.pop()
            for line in lines:
                yield line + b"\n"
        if rest:
            yield rest


def put_file(
    server: FakeMistralServer,
    content: bytes | Blob,
    *,
    filename: str,
    purpose: str = "fine-tune",
    sample_type: str | None = None,
    source: str = "upload",
    mimetype: str | None = None,
    visibility: str = "workspace",
    expiry: int | None = None,
) -> dict[str, Any]:
    """Store a file as if it had been uploaded; returns its record (without the content).
    ``content`` may be bytes or a :class:`Blob` already written (large contents)."""
    blob = content if isinstance(content, Blob) else Blob(content)
    blob.finish()
    if sample_type is None:
        sample_type = "batch_request" if purpose == "batch" else "instruct"
    if mimetype is None:
        mimetype = (
            "application/jsonl" if filename.endswith(".jsonl") else "application/octet-stream"
        )
    created = next_timestamp()
    record: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "object": "file",
        "bytes": blob.size,
        "created_at": created,
        "filename": filename,
        "purpose": purpose,
        "sample_type": sample_type,
        "num_lines": blob.num_lines,
        "mimetype": mimetype,
        "source": source,
        "signature": None,
        "expires_at": created + expiry * 3600 if expiry else None,
        "visibility": visibility,
        "blob": blob,
    }
    with server.lock:
        file_store(server)[record["id"]] = record
    return public_file(record)


def public_file(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record as the files API answers it (without the content)."""
    return {k: record[k] for k in _PUBLIC_FILE_FIELDS}


def multipart_parts(
    content_type: str, body: bytes
) -> list[tuple[str, str | None, memoryview]] | None:
    """``(name, filename, content view)`` of each part of a ``multipart/form-data`` body.

    The parts are found with ``bytes.find`` on the body and returned as views of it: a large
    upload is not copied (the email parser would copy it several times)."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    head = BytesHeaderParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    )
    boundary = head.get_param("boundary", header="content-type")
    if not isinstance(boundary, str) or not boundary:
        return None
    delimiter = b"--" + boundary.encode("latin-1")
    view = memoryview(body)
    parts: list[tuple[str, str | None, memoryview]] = []
    start = body.find(delimiter)
    if start < 0:
        return None
    while True:
        start += len(delimiter)
        if body[start : start + 2] == b"--":
            break  # the closing delimiter
        header_end = body.find(b"\r\n\r\n", start)
        if header_end < 0:
            break
        end = body.find(b"\r\n" + delimiter, header_end + 4)
        if end < 0:
            break
        headers = BytesHeaderParser(policy=HTTP).parsebytes(
            body[start:header_end].lstrip(b"\r\n") + b"\r\n\r\n"
        )
        name = headers.get_param("name", header="content-disposition")
        if isinstance(name, str):
            parts.append((name, headers.get_filename(), view[header_end + 4 : end]))
        start = end + 2
    return parts


def parse_multipart(content_type: str, body: bytes) -> list[tuple[str, str | None, bytes]] | None:
    """``(name, filename, content)`` of each part of a ``multipart/form-data`` body."""
    parts = multipart_parts(content_type, body)
    if parts is None:
        return None
    return [(name, filename, bytes(data)) for name, filename, data in parts]
