"""The blob storage interface and the factory that picks a backend from the configuration.

Each backend lives in its own private module that imports its SDK at import time: importing it
without its extra raises an ``ImportError`` naming the extra
(``pip install "mistralai[workflow_payload_offloading_s3]"``...).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any, Self

from ..._errors import WorkflowPayloadOffloadingException
from ..config import BlobStorageConfig, StorageProvider

__all__ = ["BlobNotFoundError", "BlobStorage", "full_key", "get_blob_storage"]


class BlobNotFoundError(Exception):
    """The blob does not exist."""


def full_key(prefix: str, key: str) -> str:
    """``prefix/key``; a key that already starts with the prefix is kept as is (2.x does the
    same, so keys written by either SDK resolve to the same blob)."""
    if not prefix or key.startswith(prefix):
        return key
    return f"{prefix}/{key}"


class BlobStorage(ABC):
    """An open connection to one container/bucket; use as an async context manager."""

    @abstractmethod
    async def upload_blob(self, key: str, content: bytes) -> str:
        """Store ``content`` under ``key`` (overwriting); returns the blob's URL."""

    @abstractmethod
    async def get_blob(self, key: str) -> bytes:
        """The blob's bytes; :class:`BlobNotFoundError` when it does not exist."""

    @abstractmethod
    async def get_blob_properties(self, key: str) -> dict[str, Any] | None:
        """``{"size": ..., "last_modified": ...}``, or ``None`` when the blob does not exist."""

    @abstractmethod
    async def delete_blob(self, key: str) -> None:
        """Delete the blob."""

    @abstractmethod
    async def blob_exists(self, key: str) -> bool:
        """Whether the blob exists."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


def _secret(value: Any) -> str | None:
    return value.get_secret_value() if value is not None else None


def _make_storage(config: BlobStorageConfig) -> BlobStorage:
    provider = config.storage_provider
    if provider == StorageProvider.AZURE:
        from ._azure import AzureBlobStorage

        if not config.container_name:
            raise WorkflowPayloadOffloadingException(
                "container_name is required for Azure blob storage"
            )
        return AzureBlobStorage(
            container_name=config.container_name,
            azure_connection_string=_secret(config.azure_connection_string),
            prefix=config.prefix,
            azure_storage_account_url=config.azure_storage_account_url,
        )
    if provider == StorageProvider.GCS:
        from ._gcs import GCSBlobStorage

        if not config.bucket_id:
            raise WorkflowPayloadOffloadingException("bucket_id is required for GCS blob storage")
        return GCSBlobStorage(bucket_id=config.bucket_id, prefix=config.prefix)
    if provider == StorageProvider.S3:
        from ._s3 import S3BlobStorage

        if not config.bucket_name:
            raise WorkflowPayloadOffloadingException("bucket_name is required for S3 blob storage")
        return S3BlobStorage(
            bucket_name=config.bucket_name,
            prefix=config.prefix,
            region_name=config.region_name,
            endpoint_url=config.endpoint_url,
            aws_access_key_id=_secret(config.aws_access_key_id),
            aws_secret_access_key=_secret(config.aws_secret_access_key),
        )
    raise ValueError(f"Unsupported storage provider: {provider}")  # pyright: ignore[reportUnreachable]


@asynccontextmanager
async def get_blob_storage(config: BlobStorageConfig) -> AsyncGenerator[BlobStorage]:
    """An open :class:`BlobStorage` for ``config`` (closed on exit)."""
    async with _make_storage(config) as storage:
        yield storage
