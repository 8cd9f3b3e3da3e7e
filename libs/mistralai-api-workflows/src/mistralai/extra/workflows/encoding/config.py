"""Configuration of workflow payload encoding: offloading, encryption, compression.

Same models, fields and defaults as 2.x ``mistralai.extra.workflows.encoding.config``: a config
written for 2.x (or dumped by it) validates here unchanged.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, Field, SecretStr

__all__ = [
    "AlgorithmConfig",
    "BlobStorageConfig",
    "PayloadCompressionConfig",
    "PayloadEncryptionConfig",
    "PayloadEncryptionMode",
    "PayloadOffloadingConfig",
    "StorageProvider",
    "WorkflowEncodingConfig",
    "ZstdCompressionConfig",
]

_ONE_MIB = 1024 * 1024


class StorageProvider(str, Enum):  # noqa: UP042  (as 2.x: str() and format() of a member stay "Class.NAME")
    """Where offloaded payloads are stored."""

    AZURE = "azure"
    GCS = "gcs"
    S3 = "s3"


class BlobStorageConfig(BaseModel):
    """Object storage for offloaded payloads; only the chosen provider's fields are used."""

    storage_provider: StorageProvider = StorageProvider.S3
    prefix: str | None = None
    """Prepended (with ``/``) to every blob key."""

    # Azure Blob Storage: a connection string, or an account URL (DefaultAzureCredential)
    container_name: str | None = None
    azure_connection_string: SecretStr | None = None
    azure_storage_account_url: str | None = None

    # Google Cloud Storage (credentials from the environment, as gcloud-aio does)
    bucket_id: str | None = None

    # Amazon S3 or any S3-compatible store (endpoint_url)
    bucket_name: str | None = None
    region_name: str | None = None
    endpoint_url: str | None = None
    aws_access_key_id: SecretStr | None = None
    aws_secret_access_key: SecretStr | None = None


class PayloadOffloadingConfig(BaseModel):
    """Payloads of at least ``min_size_bytes`` (after compression) go to blob storage."""

    storage_config: BlobStorageConfig | None = None
    min_size_bytes: int = _ONE_MIB


class PayloadEncryptionMode(str, Enum):  # noqa: UP042  (as 2.x: str() and format() of a member stay "Class.NAME")
    """``full``: the whole payload; ``partial``: only fields marked ``EncryptedStrField``."""

    FULL = "full"
    PARTIAL = "partial"


class PayloadEncryptionConfig(BaseModel):
    """AES-256-GCM keys as hex strings (64 hex digits for 32 bytes).

    With both keys, ``main_key`` encrypts, and decryption tries ``main_key`` then
    ``secondary_key``: rotate by moving the old key to ``secondary_key``.
    """

    mode: PayloadEncryptionMode
    main_key: SecretStr | None = None
    secondary_key: SecretStr | None = None


class ZstdCompressionConfig(BaseModel):
    """Zstandard at ``level`` (1-22). Stored with each compressed payload."""

    algorithm: Literal["zstd"] = "zstd"
    level: int = Field(default=3, ge=1, le=22)


# A discriminated union of one member today, discriminated on ``algorithm`` so that a payload
# names how it was compressed and another algorithm can be added without breaking old ones.
AlgorithmConfig = Annotated[ZstdCompressionConfig, Field(discriminator="algorithm")]


class PayloadCompressionConfig(BaseModel):
    """Payloads of at least ``min_size_bytes`` are compressed (kept only if smaller)."""

    min_size_bytes: int = _ONE_MIB
    algorithm_config: AlgorithmConfig = Field(default_factory=ZstdCompressionConfig)


class WorkflowEncodingConfig(BaseModel):
    """What to do to workflow payloads; every part is optional."""

    payload_offloading: PayloadOffloadingConfig | None = None
    payload_encryption: PayloadEncryptionConfig | None = None
    payload_compression: PayloadCompressionConfig | None = None
