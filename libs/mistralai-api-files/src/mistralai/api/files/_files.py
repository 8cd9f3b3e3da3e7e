"""``client.files``: the generated operations plus uploads with progress and streamed downloads."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from mistralai.api.files._generated import models
from mistralai.api.files._generated.resources import _FILES_DOWNLOAD  # pyright: ignore[reportPrivateUsage]
from mistralai.api.files._generated.resources import Files as GeneratedFiles
from mistralai.api.files._generated.resources import FilesWithRawResponse as GeneratedFilesRaw
from mistralai.api.files._transfer import (
    DownloadProgress,
    PartFile,
    UploadProgress,
    UploadSource,
    check_target,
    content_length,
    upload_value,
)
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig, raw_method

__all__ = ["Files", "FilesWithRawResponse"]

_UPLOAD = "files.upload"
_DOWNLOAD_TO = "files.download_to"


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

    def upload(  # pyright: ignore[reportIncompatibleMethodOverride]
        self,
        *,
        file: UploadSource,
        expiry: OptionalNullable[int] = UNSET,
        visibility: models.FilesAPIRoutesUploadFileFileVisibility | None = "workspace",
        purpose: models.FilePurpose | None = None,
        progress: UploadProgress | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateFileResponse:
        """Upload a file (at most 512 MB; fine-tuning takes ``.jsonl`` files).

        :param file: a path (``str`` or path-like), ``bytes``, a binary file object (read from
            its current position), a ``File`` or its dict form (``file_name``, ``content``,
            ``content_type``). The content is streamed from disk, never read whole into memory.
            A stream that cannot seek back is not sent twice: when a retry would need it
            again, :class:`~mistralai.core.errors.MistralError` is raised instead.
        :param expiry: hours before the file expires.
        :param visibility: ``"workspace"`` (default) or ``"user"``.
        :param purpose: ``"fine-tune"``, ``"batch"``, ``"ocr"``...
        :param progress: ``progress(bytes_sent, total_bytes)`` called as the body is sent,
            ending with ``bytes_sent == total_bytes`` (a retried attempt starts again from 0).
        :param retries: Override the default retry configuration for this call.
        :param server_url: Override the default server URL for this call.
        :param timeout_ms: Override the default request timeout, in milliseconds.
        :param http_headers: Additional headers to send with this request.
        :raises UploadFileNotFoundError: ``file`` is a path that does not exist (nothing sent).
        :raises RequestValidationError: ``file`` is not something that can be uploaded.
        """
        with upload_value(_UPLOAD, file, progress) as value:
            return super().upload(
                file=value,
                expiry=expiry,
                visibility=visibility,
                purpose=purpose,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

    async def upload_async(  # pyright: ignore[reportIncompatibleMethodOverride]
        self,
        *,
        file: UploadSource,
        expiry: OptionalNullable[int] = UNSET,
        visibility: models.FilesAPIRoutesUploadFileFileVisibility | None = "workspace",
        purpose: models.FilePurpose | None = None,
        progress: UploadProgress | None = None,
        retries: OptionalNullable[RetryConfig] = UNSET,
        server_url: str | None = None,
        timeout_ms: int | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CreateFileResponse:
        """Async twin of :meth:`upload` (same arguments). The file is read in the event loop's
        thread as the body is sent, as httpx does for multipart uploads."""
        with upload_value(_UPLOAD, file, progress) as value:
            return await super().upload_async(
                file=value,
                expiry=expiry,
                visibility=visibility,
                purpose=purpose,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            )

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
        target = check_target(_DOWNLOAD_TO, path)
        part = PartFile(target, file_id)
        stream = self._client.stream_bytes(
            _FILES_DOWNLOAD,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )
        try:
            with stream:
                handle = part.open(stream.headers)
                total = content_length(stream.headers)
                received = 0
                for chunk in stream.iter_bytes():
                    handle.write(chunk)
                    received += len(chunk)
                    if progress is not None:
                        progress(received, total)
            return part.commit()
        finally:
            part.discard()

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
        target = check_target(_DOWNLOAD_TO, path)
        part = PartFile(target, file_id)
        stream = await self._client.stream_bytes_async(
            _FILES_DOWNLOAD,
            path={"file_id": file_id},
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )
        try:
            async with stream:
                handle = part.open(stream.headers)
                total = content_length(stream.headers)
                received = 0
                async for chunk in stream.iter_bytes():
                    handle.write(chunk)
                    received += len(chunk)
                    if progress is not None:
                        progress(received, total)
            return part.commit()
        finally:
            part.discard()


class FilesWithRawResponse(GeneratedFilesRaw):
    """``files.with_raw_response``: ``upload`` accepts paths, bytes and file objects, as
    :meth:`Files.upload` does."""

    __slots__ = ()

    upload = raw_method(Files.upload)  # pyright: ignore[reportIncompatibleVariableOverride]
    upload_async = raw_method(Files.upload_async)  # pyright: ignore[reportIncompatibleVariableOverride]
