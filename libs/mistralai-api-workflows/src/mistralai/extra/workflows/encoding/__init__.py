"""2.x ``mistralai.extra.workflows.encoding``: workflow payload encryption, compression and
offloading to blob storage (see :mod:`.payload_encoder` for the wire format)."""

from mistralai.extra.workflows.encoding.config import (
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
from mistralai.extra.workflows.encoding.helpers import (
    configure_workflow_encoding,
    generate_two_part_id,
)
from mistralai.extra.workflows.encoding.models import EncryptedStrField
from mistralai.extra.workflows.encoding.payload_encoder import PayloadEncoder

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
