"""Every module and public name of 2.x ``mistralai.extra.workflows`` imports from the same
path (names from shared/compat/official_extra_names.json, the official 2.5.1 package), and the
errors raised are the classes of ``mistralai.extra.exceptions``."""

from __future__ import annotations

import importlib
import inspect

import pytest

OFFICIAL: dict[str, list[str]] = {
    "mistralai.extra.workflows": [
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
    ],
    "mistralai.extra.workflows.connector_auth": [
        "ConnectorAuthTaskState",
        "execute_with_connector_auth_async",
    ],
    "mistralai.extra.workflows.connector_slot": [
        "ConnectorBindings",
        "ConnectorExtension",
        "ConnectorSlot",
        "WorkflowExtensions",
    ],
    "mistralai.extra.workflows.encoding": [
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
    ],
    "mistralai.extra.workflows.encoding.config": [
        "AlgorithmConfig",
        "BlobStorageConfig",
        "PayloadCompressionConfig",
        "PayloadEncryptionConfig",
        "PayloadEncryptionMode",
        "PayloadOffloadingConfig",
        "StorageProvider",
        "WorkflowEncodingConfig",
        "ZstdCompressionConfig",
    ],
    "mistralai.extra.workflows.encoding.helpers": [
        "configure_workflow_encoding",
        "generate_two_part_id",
    ],
    "mistralai.extra.workflows.encoding.models": [
        "EncodedPayload",
        "EncodedPayloadOptions",
        "EncryptableFieldTypes",
        "EncryptedStrField",
        "NetworkEncodedBase",
        "NetworkEncodedInput",
        "NetworkEncodedResult",
        "WorkflowContext",
    ],
    "mistralai.extra.workflows.encoding.payload_compressor": [
        "Compressor",
        "ZstdCompressor",
        "build_compressor",
        "compressor_from_config",
    ],
    "mistralai.extra.workflows.encoding.payload_encoder": [
        "CompressedPayloadData",
        "OffloadedPayloadData",
        "PayloadEncoder",
    ],
    "mistralai.extra.workflows.helpers": ["WorkerInfo", "get_scheduler_namespace"],
}


@pytest.mark.parametrize("module", sorted(OFFICIAL))
def test_2x_module_and_names_import(module: str) -> None:
    imported = importlib.import_module(module)
    missing = [name for name in OFFICIAL[module] if not hasattr(imported, name)]
    assert missing == []


def test_reexports_are_the_same_objects() -> None:
    import mistralai.extra.workflows as top
    from mistralai.extra.workflows import connector_auth, connector_slot, encoding
    from mistralai.extra.workflows.encoding import config, helpers, models

    for name in top.__all__:
        origin = next(
            m for m in (connector_auth, connector_slot, config, helpers, models) if hasattr(m, name)
        )
        assert getattr(top, name) is getattr(origin, name), name
        if hasattr(encoding, name):
            assert getattr(encoding, name) is getattr(top, name)
    assert inspect.iscoroutinefunction(top.configure_workflow_encoding)
    assert inspect.iscoroutinefunction(top.execute_with_connector_auth_async)


def test_errors_are_those_of_mistralai_extra_exceptions() -> None:
    from mistralai.core.errors import MistralError
    from mistralai.extra import exceptions
    from mistralai.extra.workflows import _errors
    from mistralai.extra.workflows.encoding.payload_compressor import (
        MissingCompressionExtraError,
    )

    for name in (
        "MistralClientException",
        "WorkflowPayloadCompressionException",
        "WorkflowPayloadEncryptionException",
        "WorkflowPayloadOffloadingException",
    ):
        assert getattr(_errors, name) is getattr(exceptions, name)
    # a missing compression extra is both what 2.x raised and an ImportError
    error = MissingCompressionExtraError("Payload compression", "zstandard", "x")
    assert isinstance(error, exceptions.WorkflowPayloadCompressionException)
    assert isinstance(error, ImportError) and isinstance(error, MistralError)
    assert 'pip install "mistralai[x]"' in error.message == str(error)


def test_encrypted_str_field_wire_form() -> None:
    from mistralai.extra.workflows import EncryptedStrField

    field = EncryptedStrField(data="x")
    assert field.model_dump(mode="json") == {"field_type": "__encrypted_str__", "data": "x"}
    assert (
        EncryptedStrField.model_validate({"field_type": "__encrypted_str__", "data": "y"}).data
        == "y"
    )
