"""2.x ``mistralai.extra.workflows``: re-exports are the same objects, and the errors raised
are the classes of ``mistralai.extra.exceptions`` (that every official name imports is
tests/compat/test_extra_names.py's job)."""

from __future__ import annotations

import inspect


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
