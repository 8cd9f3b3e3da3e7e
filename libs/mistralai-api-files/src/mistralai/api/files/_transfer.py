"""Upload sources with progress reporting, and streamed downloads to disk.

Nothing here imports httpx: uploads hand core a file-like object whose ``read`` reports how many
bytes have been handed to the transport, and downloads read core's ``ByteStream``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
from collections.abc import Callable, Generator, Mapping
from pathlib import Path
from typing import IO, Any, BinaryIO, cast
from urllib.parse import unquote

from mistralai.core.errors import MistralError, RequestValidationError
from mistralai.core.runtime import File

__all__ = [
    "DownloadProgress",
    "UploadFileNotFoundError",
    "UploadProgress",
    "UploadSource",
]

UploadProgress = Callable[[int, int | None], None]
"""``progress(bytes_sent, total_bytes)``: called as the body is sent; ``total_bytes`` is ``None``
when the size of the source cannot be known in advance (a non-seekable stream)."""

DownloadProgress = Callable[[int, int | None], None]
"""``progress(bytes_received, total_bytes)``: called after every chunk written to disk;
``total_bytes`` is ``None`` when the server did not announce the size."""

UploadSource = File | Mapping[str, Any] | bytes | bytearray | IO[bytes] | str | os.PathLike[str]
"""What ``files.upload(file=...)`` takes: a path (``str`` or path-like), bytes, a binary file
object, a :class:`~mistralai.core.runtime.File` or its dict form."""


class UploadFileNotFoundError(RequestValidationError, FileNotFoundError):
    """The path given to an upload does not name a readable file; nothing was sent.

    Both a :class:`~mistralai.core.errors.RequestValidationError` (so a
    :class:`~mistralai.core.errors.MistralError`) and a :class:`FileNotFoundError`."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.filename = path
        self.path = path


class _ProgressReader:
    """A read-only view of ``raw`` from its current position that reports each read.

    It is what the multipart encoder reads, so ``progress`` follows the body as it is handed to
    the connection. Seeking back to the start (a retried request) starts the count again; a
    source that cannot seek back and was already (partly) sent refuses to be sent again rather
    than letting a retry upload only what is left of it.
    """

    def __init__(
        self,
        operation: str,
        raw: IO[bytes],
        name: str,
        progress: UploadProgress | None,
        total: int | None,
    ) -> None:
        self._operation = operation
        self._raw = raw
        self.name = name
        self._progress = progress
        self._seekable = _is_seekable(raw)
        self._start = raw.tell() if self._seekable else 0
        self._total = total
        self._sent = 0
        self._ended = False

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if data:
            self._sent += len(data)
            if self._progress is not None:
                self._progress(self._sent, self._total)
        elif not self._ended:
            self._ended = True
            if self._progress is not None and (self._total is None or self._sent == 0):
                # the final call: its size was not known, or nothing was read (an empty source)
                self._progress(self._sent, self._sent if self._total is None else self._total)
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if not self._seekable:
            if self._sent:
                # httpx rewinds the body to send it again (a retried request) and carries on
                # when it cannot: the retry would upload only the rest of the stream.
                raise MistralError(
                    f"{self._operation}: the upload had to be sent again (a retried request) "
                    "but its source is a stream that cannot be rewound; upload a path, bytes or "
                    "a seekable file, or pass retries=None"
                )
            raise io.UnsupportedOperation("seek")
        if whence == os.SEEK_SET:
            offset += self._start
        position = self._raw.seek(offset, whence) - self._start
        self._sent = position
        self._ended = False
        return position

    def tell(self) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("tell")
        return self._raw.tell() - self._start


def _is_seekable(raw: IO[bytes]) -> bool:
    try:
        return bool(raw.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _remaining_size(raw: IO[bytes]) -> int | None:
    if not _is_seekable(raw):
        return None
    try:
        here = raw.tell()
        end = raw.seek(0, os.SEEK_END)
        raw.seek(here)
    except (OSError, ValueError):
        return None
    return max(0, end - here)


def _file_name(value: object, default: str) -> str:
    name = getattr(value, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return os.path.basename(name)
    return default


@contextlib.contextmanager
def upload_value(
    operation: str, file: UploadSource, progress: UploadProgress | None
) -> Generator[Any]:
    """The ``file`` argument as core takes it (the dict form of ``File``), opened for reading
    and wrapped to report progress; a path is opened here and closed on exit.

    Raises :class:`UploadFileNotFoundError` for a missing path and
    :class:`~mistralai.core.errors.RequestValidationError` for a value that cannot be uploaded,
    before anything is sent.
    """
    content_type: str | None = None
    if isinstance(file, File):
        name, content, content_type = file.file_name, file.content, file.content_type
    elif isinstance(file, Mapping):
        mapping = file
        if "file_name" not in mapping or "content" not in mapping:
            raise RequestValidationError(
                f"{operation}: 'file' as a dict needs 'file_name' and 'content' "
                f"(got keys {sorted(mapping)})"
            )
        name = str(mapping["file_name"])
        content = mapping["content"]
        content_type = mapping.get("content_type")
    elif isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise UploadFileNotFoundError(
                f"{operation}: 'file': no such file: {path}", path=str(path)
            )
        with path.open("rb") as handle:
            total = os.fstat(handle.fileno()).st_size
            yield {
                "file_name": path.name,
                "content": _ProgressReader(operation, handle, path.name, progress, total),
            }
        return
    else:
        name, content = _file_name(file, "upload"), file
    if isinstance(content, bytes | bytearray):
        data = bytes(content)
        raw: IO[bytes] = io.BytesIO(data)
        total: int | None = len(data)
    elif callable(getattr(content, "read", None)):
        if isinstance(content, io.TextIOBase):
            raise RequestValidationError(
                f"{operation}: 'file' must be opened in binary mode ('rb'), not text mode"
            )
        raw = cast(BinaryIO, content)
        total = _remaining_size(raw)
    else:
        raise RequestValidationError(
            f"{operation}: 'file' must be a path, bytes, a binary file object or a File, "
            f"not {type(content).__name__}"
        )
    value: dict[str, Any] = {
        "file_name": name,
        "content": _ProgressReader(operation, raw, name, progress, total),
    }
    if content_type is not None:
        value["content_type"] = content_type
    yield value


# --------------------------------------------------------------------------- downloads


_FILENAME_STAR = re.compile(r"filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)")
_FILENAME = re.compile(r'filename\s*=\s*"?([^";]+)"?')


def filename_from_headers(headers: Mapping[str, str]) -> str | None:
    """The file name of a ``Content-Disposition`` header, without any directory part."""
    value = headers.get("content-disposition") or headers.get("Content-Disposition")
    if not value:
        return None
    match = _FILENAME_STAR.search(value)
    name = unquote(match.group(1)) if match else None
    if name is None:
        match = _FILENAME.search(value)
        name = match.group(1) if match else None
    if not name:
        return None
    name = os.path.basename(name.replace("\\", "/"))
    return name if name not in ("", ".", "..") else None


def content_length(headers: Mapping[str, str]) -> int | None:
    raw = headers.get("content-length") or headers.get("Content-Length")
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def check_target(operation: str, path: str | os.PathLike[str]) -> Path:
    """Validate a download destination before anything is sent."""
    target = Path(path)
    parent = target if target.is_dir() else target.parent
    if not parent.is_dir():
        raise RequestValidationError(f"{operation}: no such directory: {parent}")
    return target


class PartFile:
    """A temporary file beside the destination, renamed over it only once complete."""

    def __init__(self, target: Path, default_name: str) -> None:
        self.target = target
        self.default_name = default_name
        self._handle: BinaryIO | None = None
        self._tmp: Path | None = None

    def open(self, headers: Mapping[str, str]) -> BinaryIO:
        if self.target.is_dir():
            self.target = self.target / (filename_from_headers(headers) or self.default_name)
        fd, tmp = tempfile.mkstemp(
            dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".part"
        )
        self._tmp = Path(tmp)
        self._handle = os.fdopen(fd, "wb")
        return self._handle

    def commit(self) -> Path:
        assert self._handle is not None and self._tmp is not None
        self._handle.close()
        os.replace(self._tmp, self.target)
        self._tmp = None
        return self.target

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink()
            self._tmp = None
