"""2.x ``mistralai.extra.workflows.encoding``: workflow payload encryption, compression and
offloading to blob storage (see :mod:`.payload_encoder` for the wire format)."""

from .config import (
    AlgorithmConfig,
    BlobStorageConfig,
    PayloadCompressionConfig,
    PayloadEncryptionConfig,
    PayloadEncryptionMode,
    PayloadOffloadingConfig,
    StorageProvider,
    WorkflowEncodingConfig,
    ZstdCompressionConfig,
)
from .helpers import (
    configure_workflow_encoding,
    generate_two_part_id,
)
from .models import EncryptedStrField
from .payload_encoder import PayloadEncoder

__all__ = [
    "AlgorithmConfig",
    "BlobStorageConfig",
    "EncryptedStrField",
    "PayloadCompressionConfig",
    "PayloadEncoder",
    "PayloadEncryptionConfig",
    "PayloadEncryptionMode",
    "PayloadOffloadingConfig",
    "StorageProvider",
    "WorkflowEncodingConfig",
    "ZstdCompressionConfig",
    "configure_workflow_encoding",
    "generate_two_part_id",
]
