"""Wire models of encoded workflow payloads (2.x ``...workflows.encoding.models``).

On the wire an encoded payload is ``{"b64payload": <base64 of the encoded bytes>,
"encoding_options": [...]}``; ``encoding_options`` lists the transforms in the order they were
applied (decoding undoes them in reverse).
"""

from __future__ import annotations

import base64
from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

__all__ = [
    "EncodedPayload",
    "EncodedPayloadOptions",
    "EncryptableFieldTypes",
    "EncryptedStrField",
    "NetworkEncodedBase",
    "NetworkEncodedInput",
    "NetworkEncodedResult",
    "WorkflowContext",
]


class EncodedPayloadOptions(str, Enum):  # noqa: UP042  (as 2.x: str() and format() of a member stay "Class.NAME")
    """One transform applied to a payload (its wire value)."""

    OFFLOADED = "offloaded"
    ENCRYPTED = "encrypted"
    PARTIALLY_ENCRYPTED = "encrypted-partial"
    COMPRESSED = "compressed"


class EncryptableFieldTypes(str, Enum):  # noqa: UP042  (as 2.x: str() and format() of a member stay "Class.NAME")
    """Markers of fields that partial encryption encrypts."""

    STRING = "__encrypted_str__"


class EncryptedStrField(BaseModel):
    """A string field that partial encryption encrypts.

    Serialised as ``{"field_type": "__encrypted_str__", "data": "..."}``; with
    ``PayloadEncryptionMode.PARTIAL`` the encoder replaces ``data`` by the base64 of
    nonce + AES-GCM ciphertext, and the decoder puts the plain text back.
    """

    field_type: Literal[EncryptableFieldTypes.STRING] = EncryptableFieldTypes.STRING
    data: str


class WorkflowContext(BaseModel):
    """Which execution a payload belongs to (names the blob key of an offloaded payload)."""

    namespace: str
    execution_id: str
    parent_workflow_exec_id: str | None = None
    root_workflow_exec_id: str | None = None
    execution_token: str | None = None


class EncodedPayload(BaseModel):
    """Encoded bytes with their context and transforms (in process, not on the wire)."""

    context: WorkflowContext
    encoding_options: list[EncodedPayloadOptions] = Field(
        default_factory=lambda: [], description="The encoding of the payload"
    )
    payload: bytes = Field(description="The encoded payload")


class NetworkEncodedBase(BaseModel):
    """The wire form: base64 text plus the transforms applied."""

    b64payload: str = Field(description="The encoded payload")
    encoding_options: list[EncodedPayloadOptions] = Field(
        default_factory=lambda: [], description="The encoding of the payload"
    )

    def get_payload(self) -> bytes:
        return base64.b64decode(self.b64payload)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class NetworkEncodedInput(NetworkEncodedBase):
    """An encoded workflow input (``encoded_input`` of an execute request, or ``input``)."""

    empty: bool = Field(default=False, description="Whether the payload is empty")

    def to_encoded_payload(
        self, namespace: str, execution_id: str, execution_token: str | None = None
    ) -> EncodedPayload:
        return EncodedPayload(
            payload=self.get_payload(),
            encoding_options=self.encoding_options,
            context=WorkflowContext(
                namespace=namespace, execution_id=execution_id, execution_token=execution_token
            ),
        )

    @staticmethod
    def from_encoded_payload(encoded_payload: EncodedPayload) -> NetworkEncodedInput:
        return NetworkEncodedInput(
            b64payload=_b64(encoded_payload.payload),
            encoding_options=encoded_payload.encoding_options,
        )

    @staticmethod
    def from_data(
        data: bytes, encoding_options: list[EncodedPayloadOptions]
    ) -> NetworkEncodedInput:
        return NetworkEncodedInput(b64payload=_b64(data), encoding_options=encoding_options)


class NetworkEncodedResult(NetworkEncodedBase):
    """An encoded workflow result (the ``result`` of an execution)."""

    @staticmethod
    def from_encoded_payload(encoded_payload: EncodedPayload) -> NetworkEncodedResult:
        return NetworkEncodedResult(
            b64payload=_b64(encoded_payload.payload),
            encoding_options=encoded_payload.encoding_options,
        )
