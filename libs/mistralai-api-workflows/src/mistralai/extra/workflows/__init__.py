"""2.x ``mistralai.extra.workflows`` (from mistralai-api-workflows): payload encoding
(encryption, compression, offloading to blob storage), connector bindings and the connector
sign-in helper, and ``helpers.get_scheduler_namespace``.

Importing this package needs none of the optional extras: each is imported when the feature
that needs it is used, and its absence raises an ``ImportError`` naming the extra.
"""

from .connector_auth import (
    ConnectorAuthTaskState,
    execute_with_connector_auth_async,
)
from .connector_slot import (
    ConnectorBindings,
    ConnectorExtension,
    ConnectorSlot,
    WorkflowExtensions,
)
from .encoding import (
    AlgorithmConfig,
    BlobStorageConfig,
    EncryptedStrField,
    PayloadCompressionConfig,
    PayloadEncryptionConfig,
    PayloadEncryptionMode,
    PayloadOffloadingConfig,
    StorageProvider,
    WorkflowEncodingConfig,
    ZstdCompressionConfig,
    configure_workflow_encoding,
    generate_two_part_id,
)

__all__ = [
    "AlgorithmConfig",
    "BlobStorageConfig",
    "ConnectorAuthTaskState",
    "ConnectorBindings",
    "ConnectorExtension",
    "ConnectorSlot",
    "EncryptedStrField",
    "PayloadCompressionConfig",
    "PayloadEncryptionConfig",
    "PayloadEncryptionMode",
    "PayloadOffloadingConfig",
    "StorageProvider",
    "WorkflowEncodingConfig",
    "WorkflowExtensions",
    "ZstdCompressionConfig",
    "configure_workflow_encoding",
    "execute_with_connector_auth_async",
    "generate_two_part_id",
]
