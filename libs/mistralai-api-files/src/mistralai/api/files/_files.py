"""``client.files``: the generated operations plus uploads with progress and streamed downloads."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mistralai.api.files._download import DownloadSink
from mistralai.api.files._generated.resources import _FILES_DOWNLOAD  # pyright: ignore[reportPrivateUsage]
from mistralai.api.files._generated.resources import Files as GeneratedFiles
from mistralai.api.files._transfer import DownloadProgress
from mistralai.core.runtime import UNSET, OptionalNullable, RetryConfig

__all__ = ["Files"]


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
    """Files: the generated operations (``upload`` takes a path, bytes or a file object and
    reports progress: ``wrap: upload`` in tools/codegen/mapping.yaml, behaviour in
    :mod:`~mistralai.api.files._upload`) plus ``download_to`` (streamed to disk; not offered
    raw: use ``with_raw_response.download``) and its ``_async`` twin."""

    __slots__ = ()

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
