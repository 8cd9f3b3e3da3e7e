"""Amazon S3 (or any S3-compatible store) through aioboto3 (extra
``workflow_payload_offloading_s3``)."""

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
    import aioboto3  # type: ignore[import-untyped]
    from botocore.exceptions import ClientError  # type: ignore[import-untyped]
except ImportError as exc:
    raise missing_extra(
        "AWS S3 payload offloading", "aioboto3", "workflow_payload_offloading_s3"
    ) from exc

__all__ = ["S3BlobStorage"]

_MISSING = ("NoSuchKey", "404", "NotFound")


def _code(exc: Any) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


class S3BlobStorage(BlobStorage):
    """One bucket; credentials from the arguments or boto's usual chain."""

    def __init__(
        self,
        bucket_name: str,
        prefix: str | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
    ) -> None:
        self.bucket_name = bucket_name
        self.prefix = prefix or ""
        self.region_name = region_name
        self.endpoint_url = endpoint_url
        self.aws_access_key_id = aws_access_key_id
        self.aws_secret_access_key = aws_secret_access_key
        self._client_cm: Any = None
        self._client: Any = None

    async def __aenter__(self) -> Self:
        options: dict[str, Any] = {
            name: value
            for name, value in (
                ("region_name", self.region_name),
                ("endpoint_url", self.endpoint_url),
                ("aws_access_key_id", self.aws_access_key_id),
                ("aws_secret_access_key", self.aws_secret_access_key),
            )
            if value
        }
        session: Any = aioboto3.Session()
        self._client_cm = session.client("s3", **options)
        self._client = await self._client_cm.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        client_cm, self._client_cm, self._client = self._client_cm, None, None
        if client_cm is not None:
            await client_cm.__aexit__(exc_type, exc, tb)

    def _open(self) -> Any:
        if self._client is None:
            raise RuntimeError("S3BlobStorage is used outside 'async with'")
        return self._client

    async def upload_blob(self, key: str, content: bytes) -> str:
        name = full_key(self.prefix, key)
        await self._open().put_object(Bucket=self.bucket_name, Key=name, Body=content)
        endpoint = (
            self.endpoint_url or f"https://s3.{self.region_name or 'us-east-1'}.amazonaws.com"
        )
        return f"{endpoint}/{self.bucket_name}/{name}"

    async def get_blob(self, key: str) -> bytes:
        try:
            response = await self._open().get_object(
                Bucket=self.bucket_name, Key=full_key(self.prefix, key)
            )
        except ClientError as exc:
            if _code(exc) in _MISSING:
                raise BlobNotFoundError(f"Blob not found: {key}") from exc
            raise
        async with response["Body"] as body:
            return bytes(await body.read())

    async def get_blob_properties(self, key: str) -> dict[str, Any] | None:
        try:
            head = await self._open().head_object(
                Bucket=self.bucket_name, Key=full_key(self.prefix, key)
            )
        except ClientError as exc:
            if _code(exc) in _MISSING:
                return None
            raise
        return {"size": head["ContentLength"], "last_modified": head["LastModified"]}

    async def delete_blob(self, key: str) -> None:
        await self._open().delete_object(Bucket=self.bucket_name, Key=full_key(self.prefix, key))

    async def blob_exists(self, key: str) -> bool:
        return await self.get_blob_properties(key) is not None
