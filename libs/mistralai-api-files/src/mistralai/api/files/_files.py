"""``client.files``: the generated operations plus uploads with progress and streamed downloads."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mistralai.api.files._download import DownloadSink
from mistralai.api.files._generated.resources import _FILES_DOWNLOAD  # pyright: ignore[reportPrivateUsage]
from mistralai.api.files._generated.resources import Files as GeneratedFiles
from mistralai.api.files._generated.resources import FilesWithRawResponse as GeneratedFilesRaw
from mistralai.api.files._transfer import DownloadProgress
from mistralai.api.files._upload import (
    raw_upload,
    raw_upload_async,
    upload_method,
    upload_method_async,
)
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig

__all__ = ["Files", "FilesWithRawResponse"]


def _download_args(
    file_id: str,
    retries: OptionalNullable[RetryConfig],
    server_url: str | None,
    timeout_ms: int | None,
    http_headers: Mapping[str, str] | None,
) -> dict[str, Any]:
    """The ``stream_bytes`` arguments of ``download_to``."""
    return {
        "path": {"file_id": file_id},
        "retries": retries,
        "server_url": server_url,
        "timeout_ms": timeout_ms,
        "http_headers": http_headers,
    }


class Files(GeneratedFiles):
    """Files: ``upload`` (path, bytes or file object, with progress), ``list``, ``retrieve``,
    ``delete``, ``download`` (whole body in memory), ``download_to`` (streamed to disk),
    ``get_signed_url``, and their ``_async`` twins."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods answering a ``RawResponse`` (``upload`` takes what it takes here;
        ``download_to``, which writes to disk, is not offered raw: use ``download``)."""
        return FilesWithRawResponse(self)

    # ``upload`` takes the generated parameters (``file`` as any upload source, plus
    # ``progress``): see _upload. pyright flags any override that is not a plain function;
    # tests/coverage/test_wrappers.py checks the parameters instead.
    @upload_method(GeneratedFiles.upload)
    def upload(self) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        """Upload a file (at most 512 MB; fine-tuning takes ``.jsonl`` files).

        Parameters (a decorator gives the method those of the wrapped one):

        - ``file``: a path (``str`` or path-like), ``bytes``, a binary file object (read from
            its current position), a ``File`` or its dict form (``file_name``, ``content``,
            ``content_type``). The content is streamed from disk, never read whole into memory.
            A stream that cannot seek back is not sent twice: when a retry would need it
            again, :class:`~mistralai.core.errors.MistralError` is raised instead.
        - ``expiry``: hours before the file expires.
        - ``visibility``: ``"workspace"`` (default) or ``"user"``.
        - ``purpose``: ``"fine-tune"``, ``"batch"``, ``"ocr"``...
        - ``progress``: ``progress(bytes_sent, total_bytes)`` called as the body is sent,
            ending with ``bytes_sent == total_bytes`` (a retried attempt starts again from 0).
        - ``retries``: Override the default retry configuration for this call.
        - ``server_url``: Override the default server URL for this call.
        - ``timeout_ms``: Override the default request timeout, in milliseconds.
        - ``http_headers``: Additional headers to send with this request.

        :raises UploadFileNotFoundError: ``file`` is a path that does not exist (nothing sent).
        :raises RequestValidationError: ``file`` is not something that can be uploaded.
        """

    @upload_method_async(GeneratedFiles.upload_async)
    def upload_async(self) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        """Async twin of :meth:`upload` (same arguments). The file is read in the event loop's
        thread as the body is sent, as httpx does for multipart uploads."""

    def download_to(
        self,
        file_id: str,
        path: str | os.PathLike[str],
        *,
        progress: DownloadProgress | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Path:
        """Download a file to ``path`` chunk by chunk, never holding it whole in memory.

        The content goes to a temporary file beside ``path``, renamed to ``path`` only once the
        download is complete: a broken connection leaves no partial file (and raises
        :class:`~mistralai.core.errors.StreamInterruptedError`). When ``path`` is an existing
        directory, the file is written there under the name the server gives.

        :param file_id: the file to download.
        :param path: where to write it (an existing file there is replaced).
        :param progress: ``progress(bytes_received, total_bytes)`` after every chunk written;
            ``total_bytes`` is ``None`` when the server did not announce the size.
        :returns: the path written.
        :raises RequestValidationError: the destination directory does not exist (nothing sent).
        """
        args = _download_args(file_id, retries, server_url, timeout_ms, http_headers)
        with DownloadSink(file_id, path, progress) as sink:  # the path is checked first
            with self._client.stream_bytes(_FILES_DOWNLOAD, **args) as stream:
                sink.begin(stream.headers)
                for chunk in stream.iter_bytes():
                    sink.write(chunk)
            return sink.commit()

    async def download_to_async(
        self,
        file_id: str,
        path: str | os.PathLike[str],
        *,
        progress: DownloadProgress | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> Path:
        """Async twin of :meth:`download_to` (same arguments and guarantees)."""
        args = _download_args(file_id, retries, server_url, timeout_ms, http_headers)
        with DownloadSink(file_id, path, progress) as sink:  # the path is checked first
            stream = await self._client.stream_bytes_async(_FILES_DOWNLOAD, **args)
            async with stream:
                sink.begin(stream.headers)
                async for chunk in stream.iter_bytes():
                    sink.write(chunk)
            return sink.commit()


class FilesWithRawResponse(GeneratedFilesRaw):
    """``files.with_raw_response``: ``upload`` accepts paths, bytes and file objects, as
    :meth:`Files.upload` does."""

    __slots__ = ()

    upload = raw_upload(Files.upload)  # pyright: ignore[reportIncompatibleVariableOverride]
    upload_async = raw_upload_async(Files.upload_async)  # pyright: ignore[reportIncompatibleVariableOverride]
