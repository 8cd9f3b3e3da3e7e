"""Azure Blob Storage through azure-storage-blob's asyncio client (extra
``workflow_payload_offloading_azure``)."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from ..._errors import missing_extra
from .blob_storage import (
    BlobNotFoundError,
    BlobStorage,
    full_key,
)

try:
    from azure.core.exceptions import ResourceNotFoundError
    from azure.storage.blob.aio import BlobServiceClient
except ImportError as exc:
    raise missing_extra(
        "Azure Blob Storage payload offloading",
        "azure-storage-blob and azure-identity",
        "workflow_payload_offloading_azure",
    ) from exc

__all__ = ["AzureBlobStorage"]


class AzureBlobStorage(BlobStorage):
    """One container, reached with a connection string or an account URL (the latter
    authenticates with ``DefaultAzureCredential``)."""

    def __init__(
        self,
        container_name: str,
        azure_connection_string: str | None = None,
        prefix: str | None = None,
        azure_storage_account_url: str | None = None,
    ) -> None:
        if azure_connection_string and azure_storage_account_url:
            raise ValueError(
                "azure_connection_string and azure_storage_account_url are mutually exclusive"
            )
        if not azure_connection_string and not azure_storage_account_url:
            raise ValueError(
                "Either azure_connection_string or azure_storage_account_url must be provided"
            )
        self.container_name = container_name
        self.connection_string = azure_connection_string
        self.account_url = azure_storage_account_url
        self.prefix = prefix or ""
        self._service: BlobServiceClient | None = None
        self._container: Any = None
        self._credential: Any = None

    async def __aenter__(self) -> Self:
        if self.connection_string:
            self._service = BlobServiceClient.from_connection_string(self.connection_string)
        else:
            # Imported only on this path: a connection string needs no azure-identity.
            try:
                from azure.identity.aio import DefaultAzureCredential
            except ImportError as exc:
                raise missing_extra(
                    "Azure Blob Storage with an account URL",
                    "azure-identity",
                    "workflow_payload_offloading_azure",
                ) from exc
            assert self.account_url is not None
            self._credential = DefaultAzureCredential()
            self._service = BlobServiceClient(self.account_url, credential=self._credential)
        self._container = self._service.get_container_client(self.container_name)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        service, credential = self._service, self._credential
        self._service = self._container = self._credential = None
        if service is not None:
            await service.close()
        if credential is not None:
            await credential.close()

    def _blob(self, key: str) -> Any:
        if self._container is None:
            raise RuntimeError("AzureBlobStorage is used outside 'async with'")
        return self._container.get_blob_client(full_key(self.prefix, key))

    async def upload_blob(self, key: str, content: bytes) -> str:
        blob = self._blob(key)
        await blob.upload_blob(content, overwrite=True)
        return str(blob.url)

    async def get_blob(self, key: str) -> bytes:
        blob = self._blob(key)
        try:
            downloader = await blob.download_blob()
            return bytes(await downloader.readall())
        except ResourceNotFoundError as exc:
            raise BlobNotFoundError(f"Blob not found: {key}") from exc

    async def get_blob_properties(self, key: str) -> dict[str, Any] | None:
        try:
            props = await self._blob(key).get_blob_properties()
        except ResourceNotFoundError:
            return None
        return {"size": props.size, "last_modified": props.last_modified}

    async def delete_blob(self, key: str) -> None:
        await self._blob(key).delete_blob()

    async def blob_exists(self, key: str) -> bool:
        return bool(await self._blob(key).exists())
