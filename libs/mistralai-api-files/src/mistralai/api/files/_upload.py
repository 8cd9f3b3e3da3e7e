"""What ``files.upload`` does beyond the generated request: ``file`` may be a path, bytes or a
binary file object, opened here (a path is closed after the call) and wrapped to report
``progress`` (:func:`~mistralai.api.files._transfer.upload_value`).

The method itself (signature, docstring, raw twin) is generated: ``wrap: upload`` in
``tools/codegen/mapping.yaml``; its body hands the request pieces to :func:`send` /
:func:`send_async`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from mistralai.api.files._transfer import UploadProgress, upload_value
from mistralai.core.runtime import BaseClient, Operation

__all__ = ["send", "send_async"]

R = TypeVar("R")

_OPERATION = "files.upload"
_FILE = "file"


def send(
    client: BaseClient,
    op: Operation[R],
    *,
    body: Mapping[str, Any],
    progress: UploadProgress | None,
    **request: Any,
) -> R:
    """``client.request(op, body=body, **request)`` with ``body["file"]`` opened and wrapped
    to report ``progress`` (``request``: the path, query, headers and per-call options)."""
    with upload_value(_OPERATION, body[_FILE], progress) as value:
        return client.request(op, body={**body, _FILE: value}, **request)


async def send_async(
    client: BaseClient,
    op: Operation[R],
    *,
    body: Mapping[str, Any],
    progress: UploadProgress | None,
    **request: Any,
) -> R:
    """Async twin of :func:`send`. The file is read in the event loop's thread as the body is
    sent, as httpx does for multipart uploads."""
    with upload_value(_OPERATION, body[_FILE], progress) as value:
        return await client.request_async(op, body={**body, _FILE: value}, **request)
