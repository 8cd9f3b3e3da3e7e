"""mistralai.api.files: Files, libraries, documents and RAG.

Installing this package attaches its resources to :class:`mistralai.client.Mistral`:
``client.files`` (with ``upload`` of a path, bytes or file object with a progress callback, and
``download_to`` streaming a file to disk), ``client.beta.libraries`` and ``client.beta.rag``.

Names are loaded on first access: the plugin loader imports this package, and must stay cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mistralai.api.files._transfer import (
        DownloadProgress,
        UploadFileNotFoundError,
        UploadProgress,
        UploadSource,
    )

__version__ = "0.2.0"

__all__ = ["DownloadProgress", "UploadFileNotFoundError", "UploadProgress", "UploadSource"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("mistralai.api.files._transfer"), name)
    raise AttributeError(f"module 'mistralai.api.files' has no attribute {name!r}")
