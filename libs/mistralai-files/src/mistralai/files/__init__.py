"""mistralai.files: Files, libraries, documents and RAG.

Installing this package attaches its resources to :class:`mistralai.client.Mistral`:
``client.files`` (with ``upload`` of a path, bytes or file object with a progress callback, and
``download_to`` streaming a file to disk), ``client.beta.libraries`` and ``client.beta.rag``.
"""

from mistralai.files._transfer import (
    DownloadProgress,
    UploadFileNotFoundError,
    UploadProgress,
    UploadSource,
)

__version__ = "0.1.0"

__all__ = ["DownloadProgress", "UploadFileNotFoundError", "UploadProgress", "UploadSource"]
