"""Blob storage backends for offloaded workflow payloads (S3, Azure Blob, GCS)."""

from .blob_storage import (
    BlobNotFoundError,
    BlobStorage,
    get_blob_storage,
)

__all__ = ["BlobNotFoundError", "BlobStorage", "get_blob_storage"]
