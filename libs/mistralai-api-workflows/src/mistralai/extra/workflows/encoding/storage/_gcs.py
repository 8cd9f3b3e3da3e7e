"""Google Cloud Storage through gcloud-aio-storage (extra ``workflow_payload_offloading_gcs``).

Credentials and the API endpoint come from the environment as gcloud-aio reads them
(``GOOGLE_APPLICATION_CREDENTIALS``, metadata server; ``STORAGE_EMULATOR_HOST`` points it at an
emulator).
"""

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
    import aiohttp
    from gcloud.aio.storage import Storage  # type: ignore[import-untyped]
except ImportError as exc:
    raise missing_extra(
        "Google Cloud Storage payload offloading",
        "gcloud-aio-storage",
        "workflow_payload_offloading_gcs",
    ) from exc

__all__ = ["GCSBlobStorage"]


def _not_found(exc: BaseException) -> bool:
    # gcloud-aio raises aiohttp.ClientResponseError with the status; older releases raised
    # errors whose text carries the status only.
    status = getattr(exc, "status", None)
    return status == 404 or "404" in str(exc) or "Not Found" in str(exc)


class GCSBlobStorage(BlobStorage):
    """One bucket."""

    def __init__(self, bucket_id: str, prefix: str | None = None) -> None:
        self.bucket_id = bucket_id
        self.prefix = prefix or ""
        self._session: aiohttp.ClientSession | None = None
        self._storage: Any = None

    async def __aenter__(self) -> Self:
        self._session = aiohttp.ClientSession()
        self._storage = Storage(session=self._session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        storage, session = self._storage, self._session
        self._storage = self._session = None
        if storage is not None:
            await storage.close()
        if session is not None:
            await session.close()

    def _open(self) -> Any:
        if self._storage is None:
            raise RuntimeError("GCSBlobStorage is used outside 'async with'")
        return self._storage

    async def upload_blob(self, key: str, content: bytes) -> str:
        response = await self._open().upload(self.bucket_id, full_key(self.prefix, key), content)
        return str(response.get("selfLink"))

    async def get_blob(self, key: str) -> bytes:
        try:
            return bytes(await self._open().download(self.bucket_id, full_key(self.prefix, key)))
        except Exception as exc:
            if _not_found(exc):
                raise BlobNotFoundError(f"Blob not found: {key}") from exc
            raise

    async def get_blob_properties(self, key: str) -> dict[str, Any] | None:
        try:
            meta = await self._open().download_metadata(self.bucket_id, full_key(self.prefix, key))
        except Exception as exc:
            if _not_found(exc):
                return None
            raise
        return {"size": int(meta.get("size", 0)), "last_modified": meta.get("updated")}

    async def delete_blob(self, key: str) -> None:
        await self._open().delete(self.bucket_id, full_key(self.prefix, key))

    async def blob_exists(self, key: str) -> bool:
        return await self.get_blob_properties(key) is not None
