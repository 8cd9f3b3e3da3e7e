"""``files.download_to``: where the bytes go, written once for the sync and async loops.

:class:`DownloadSink` checks the destination (before anything is sent), writes each chunk to
a temporary file beside it and reports progress; the loops only read the stream. Leaving its
``with`` block without :meth:`DownloadSink.commit` (an error, a broken connection) removes the
partial file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from mistralai.api.files._transfer import DownloadProgress, PartFile, check_target, content_length

__all__ = ["DownloadSink"]

_OPERATION = "files.download_to"


class DownloadSink:
    """The destination of one download: ``begin(headers)``, ``write(chunk)``..., ``commit()``."""

    def __init__(
        self, file_id: str, path: str | os.PathLike[str], progress: DownloadProgress | None
    ) -> None:
        self._part = PartFile(check_target(_OPERATION, path), file_id)
        self._progress = progress
        self._handle: BinaryIO | None = None
        self._total: int | None = None
        self._received = 0

    def __enter__(self) -> DownloadSink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._part.discard()  # nothing left to remove once committed

    def begin(self, headers: Mapping[str, str]) -> None:
        """The response started: open the temporary file (named from ``headers`` when the
        destination is a directory)."""
        self._handle = self._part.open(headers)
        self._total = content_length(headers)

    def write(self, chunk: bytes) -> None:
        assert self._handle is not None, "begin() first"
        self._handle.write(chunk)
        self._received += len(chunk)
        if self._progress is not None:
            self._progress(self._received, self._total)

    def commit(self) -> Path:
        """Rename the complete file over the destination; its path."""
        return self._part.commit()
