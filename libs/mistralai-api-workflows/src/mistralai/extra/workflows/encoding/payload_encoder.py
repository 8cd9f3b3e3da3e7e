"""Encoding and decoding of workflow payloads (2.x ``...workflows.encoding.payload_encoder``).

The transforms and their wire format, the same as 2.x so that payloads written by either SDK
(or by a 2.x worker) decode with the other:

1. **partial encryption** (``encrypted-partial``, mode ``partial``): in the JSON document,
   every object ``{"field_type": "__encrypted_str__", "data": s}`` gets ``data`` =
   base64(nonce + AES-GCM(s)); the document is then re-serialised with ``json.dumps`` defaults
   (``", "``/``": "`` separators, ASCII escapes), as 2.x does.
2. **compression** (``compressed``): when the data is at least ``min_size_bytes`` and the
   compressed form is smaller: msgpack map ``{"compression": {"algorithm": "zstd", "level": n},
   "payload": <bin: zstd frame>}``. The algorithm travels with the data, so decoding needs no
   compression configuration.
3. **offloading** (``offloaded``): when the data is at least ``min_size_bytes`` and a context is
   given: the bytes go to blob storage under
   ``temporal-payload/<namespace>/<execution_id>/sha256:<hex digest>`` (namespace and id
   percent-encoded, content-addressed so a retry writes the same blob), and the payload becomes
   ``{"key":"<that key>"}``.
4. **full encryption** (``encrypted``, mode ``full``): nonce (12 random bytes) + AES-256-GCM
   ciphertext and tag, no associated data. Last, so an offloaded payload's reference is what
   is encrypted.

``encoding_options`` lists what was applied in that order; decoding undoes it in reverse.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import urllib.parse
from collections.abc import Sequence
from typing import Any, cast

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json, to_json

from .._errors import (
    WorkflowPayloadCompressionException,
    WorkflowPayloadEncryptionException,
    WorkflowPayloadOffloadingException,
    missing_extra,
)
from .config import (
    AlgorithmConfig,
    PayloadCompressionConfig,
    PayloadEncryptionConfig,
    PayloadEncryptionMode,
    PayloadOffloadingConfig,
    WorkflowEncodingConfig,
)
from .models import (
    EncodedPayloadOptions,
    EncryptableFieldTypes,
    NetworkEncodedInput,
    NetworkEncodedResult,
    WorkflowContext,
)
from .payload_compressor import (
    Compressor,
    build_compressor,
    compressor_from_config,
    require_module,
)
from .storage.blob_storage import (
    BlobNotFoundError,
    get_blob_storage,
)

__all__ = ["CompressedPayloadData", "OffloadedPayloadData", "PayloadEncoder"]

logger = logging.getLogger(__name__)

ENCRYPTION_EXTRA = "workflow_payload_encryption"


class OffloadedPayloadData(BaseModel):
    """What replaces an offloaded payload: the blob key."""

    key: str


class CompressedPayloadData(BaseModel):
    """A compressed payload and the algorithm configuration that compressed it (msgpack)."""

    compression: AlgorithmConfig
    payload: bytes

    @classmethod
    def from_payload(cls, payload: bytes, compression: AlgorithmConfig) -> CompressedPayloadData:
        return cls(compression=compression, payload=payload)

    @classmethod
    def from_msgpack(cls, data: bytes) -> CompressedPayloadData:
        msgpack = require_module("msgpack")
        try:
            unpacked = msgpack.unpackb(data, raw=False)
        except Exception as exc:
            raise WorkflowPayloadCompressionException("Invalid compressed payload data") from exc
        try:
            return cls.model_validate(unpacked)
        except ValidationError as exc:
            raise WorkflowPayloadCompressionException(
                "Invalid compressed payload metadata"
            ) from exc

    def to_msgpack(self) -> bytes:
        msgpack = require_module("msgpack")
        # Key order and bin type as 2.x writes them: the bytes are then identical.
        packed = msgpack.packb(
            {"compression": self.compression.model_dump(mode="json"), "payload": self.payload},
            use_bin_type=True,
        )
        return cast(bytes, packed)

    def get_payload(self) -> bytes:
        return self.payload


def _aesgcm(hex_key: str, which: str) -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError as exc:
        raise missing_extra("Payload encryption", "cryptography", ENCRYPTION_EXTRA) from exc
    try:
        return AESGCM(bytes.fromhex(hex_key))
    except ValueError as exc:  # not hex, or not 16/24/32 bytes
        raise WorkflowPayloadEncryptionException(
            f"Invalid payload encryption {which}: expected 32, 48 or 64 hex digits"
        ) from exc


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag

    return InvalidTag


class PayloadEncoder:
    """Applies and undoes the configured transforms (see the module docstring).

    Built from a :class:`WorkflowEncodingConfig`; raises ``ImportError`` naming the extra when
    encryption is configured without ``cryptography`` (as 2.x does), and
    ``WorkflowPayloadEncryptionException`` without a main key.
    """

    BLOB_STORAGE_KEY_PREFIX = "temporal-payload"
    _NONCE_SIZE = 12
    _ENCRYPTED_PATCH_TYPE = "__encrypted__"

    offloading_config: PayloadOffloadingConfig | None
    encryption_config: PayloadEncryptionConfig | None
    compression_config: PayloadCompressionConfig | None
    compressor: Compressor | None
    encryptor_main: Any = None
    encryptor_secondary: Any = None

    def __init__(self, encoding_config: WorkflowEncodingConfig) -> None:
        self.offloading_config = encoding_config.payload_offloading
        if self.offloading_config is not None and not self.offloading_config.storage_config:
            raise WorkflowPayloadOffloadingException(
                "Blob storage config is not set for workflow payload encoding"
            )
        self.compression_config = encoding_config.payload_compression
        self.compressor = build_compressor(self.compression_config)
        self.encryption_config = encoding_config.payload_encryption
        if self.encryption_config is not None:
            main = self.encryption_config.main_key
            main_key = main.get_secret_value() if main is not None else ""
            if not main_key:
                raise WorkflowPayloadEncryptionException(
                    "You must configure payload encryption key"
                )
            self.encryptor_main = _aesgcm(main_key, "main_key")
            secondary = self.encryption_config.secondary_key
            secondary_key = secondary.get_secret_value() if secondary is not None else ""
            if secondary_key:
                self.encryptor_secondary = _aesgcm(secondary_key, "secondary_key")

    # -- keys -------------------------------------------------------------------------------
    @staticmethod
    def blob_storage_key_prefix(context: WorkflowContext) -> str:
        """``temporal-payload/<namespace>/<execution_id>``, each part percent-encoded."""

        def quote(part: str) -> str:
            return urllib.parse.quote(part, safe="")

        return "/".join(
            [
                PayloadEncoder.BLOB_STORAGE_KEY_PREFIX,
                quote(context.namespace),
                quote(context.execution_id),
            ]
        )

    # -- encryption -------------------------------------------------------------------------
    def _new_nonce(self) -> bytes:
        """A fresh random 96-bit nonce (one per encryption, as AES-GCM requires)."""
        return os.urandom(self._NONCE_SIZE)

    def _encrypt(self, data: bytes) -> bytes:
        if self.encryptor_main is None:
            raise WorkflowPayloadEncryptionException("You must configure payload encryption")
        nonce = self._new_nonce()
        return nonce + cast(bytes, self.encryptor_main.encrypt(nonce, data, None))

    def _decrypt(self, data: bytes) -> bytes:
        if self.encryptor_main is None:
            raise WorkflowPayloadEncryptionException("You must configure payload encryption")
        invalid_tag = _invalid_tag()
        nonce, sealed = data[: self._NONCE_SIZE], data[self._NONCE_SIZE :]
        keys = [self.encryptor_main]
        if self.encryptor_secondary is not None:
            keys.append(self.encryptor_secondary)  # key rotation: the previous key still reads
        for index, key in enumerate(keys):
            try:
                return cast(bytes, key.decrypt(nonce, sealed, None))
            except invalid_tag:
                if index == 0 and len(keys) > 1:
                    logger.warning("Failed to decrypt payload with main key, trying secondary key")
        raise WorkflowPayloadEncryptionException("Failed to decrypt payload")

    @staticmethod
    def _extract_encrypted_fields(data: Any = None) -> list[dict[str, Any]]:
        """The ``EncryptedStrField`` objects in a JSON document (not inside each other)."""
        found: list[dict[str, Any]] = []
        if isinstance(data, dict):
            obj = cast(dict[str, Any], data)
            if obj.get("field_type") == EncryptableFieldTypes.STRING.value:
                return [obj]
            for value in obj.values():
                found.extend(PayloadEncoder._extract_encrypted_fields(value))
        elif isinstance(data, list):
            for item in cast(list[Any], data):
                found.extend(PayloadEncoder._extract_encrypted_fields(item))
        return found

    def _transform_fields(self, data: bytes, encrypt: bool) -> tuple[bytes, bool]:
        try:
            document = json.loads(data)
        except ValueError:  # not JSON (or not UTF-8): nothing to encrypt field by field
            return data, False
        fields = self._extract_encrypted_fields(document)
        for field in fields:
            if encrypt:
                field["data"] = base64.b64encode(self._encrypt(field["data"].encode())).decode()
            else:
                field["data"] = self._decrypt(base64.b64decode(field["data"])).decode()
        # json.dumps defaults, as 2.x re-serialises: the same document gives the same bytes.
        return json.dumps(document).encode(), bool(fields)

    async def _partially_encrypt_fields(self, data: bytes) -> tuple[bytes, bool]:
        return self._transform_fields(data, encrypt=True)

    async def _partially_decrypt_fields(self, data: bytes) -> tuple[bytes, bool]:
        return self._transform_fields(data, encrypt=False)

    # -- compression ------------------------------------------------------------------------
    def _compress(self, data: bytes) -> tuple[bytes, bool]:
        config = self.compression_config
        if config is None or self.compressor is None or len(data) < config.min_size_bytes:
            return data, False
        compressed = self.compressor.compress(data)
        if len(compressed) >= len(data):  # incompressible: keep the original
            return data, False
        packed = CompressedPayloadData.from_payload(compressed, self.compressor.algorithm_config)
        return packed.to_msgpack(), True

    def _decompress(self, data: bytes) -> bytes:
        packed = CompressedPayloadData.from_msgpack(data)
        return compressor_from_config(packed.compression).decompress(packed.get_payload())

    # -- offloading -------------------------------------------------------------------------
    async def _handle_offloading(
        self, data: bytes, context: WorkflowContext | None
    ) -> tuple[bytes, bool]:
        config = self.offloading_config
        if config is None or config.storage_config is None:
            raise WorkflowPayloadOffloadingException(
                "You must configure payload offloading storage"
            )
        if len(data) < config.min_size_bytes:
            return data, False
        if context is None:
            logger.error("Payload offloading required but no context was provided; not offloaded")
            return data, False
        key = f"{self.blob_storage_key_prefix(context)}/sha256:{hashlib.sha256(data).hexdigest()}"
        async with get_blob_storage(config.storage_config) as storage:
            # Content-addressed: an existing blob already holds these exact bytes.
            if await storage.get_blob_properties(key) is None:
                await storage.upload_blob(key=key, content=data)
        return OffloadedPayloadData(key=key).model_dump_json().encode(), True

    async def _fetch_offloaded(self, data: bytes) -> bytes:
        config = self.offloading_config
        if config is None or config.storage_config is None:
            raise WorkflowPayloadOffloadingException(
                "Payload offloading is not enabled but an offloaded payload was received"
            )
        try:
            reference = OffloadedPayloadData.model_validate_json(data)
        except ValidationError as exc:
            raise WorkflowPayloadOffloadingException("Invalid offloaded payload reference") from exc
        async with get_blob_storage(config.storage_config) as storage:
            try:
                return await storage.get_blob(reference.key)
            except BlobNotFoundError as exc:
                raise WorkflowPayloadOffloadingException(
                    f"Offloaded payload not found: {reference.key}"
                ) from exc

    # -- public -----------------------------------------------------------------------------
    async def encode_payload_content(
        self,
        data: bytes | str,
        context: WorkflowContext | None = None,
        *,
        allow_offloading: bool = True,
    ) -> tuple[bytes, list[EncodedPayloadOptions]]:
        """Apply the configured transforms; returns the bytes and what was applied, in order."""
        if isinstance(data, str):
            data = data.encode()
        options: list[EncodedPayloadOptions] = []
        mode = self.encryption_config.mode if self.encryption_config is not None else None
        # Field markers are only visible in the plain JSON: before compression and offloading.
        if mode == PayloadEncryptionMode.PARTIAL:
            data, changed = await self._partially_encrypt_fields(data)
            if changed:
                options.append(EncodedPayloadOptions.PARTIALLY_ENCRYPTED)
        # Before offloading: the size threshold then applies to what would cross the network.
        data, compressed = self._compress(data)
        if compressed:
            options.append(EncodedPayloadOptions.COMPRESSED)
        if allow_offloading and self.offloading_config is not None:
            data, offloaded = await self._handle_offloading(data, context)
            if offloaded:
                options.append(EncodedPayloadOptions.OFFLOADED)
        if mode == PayloadEncryptionMode.FULL:
            data = self._encrypt(data)
            options.append(EncodedPayloadOptions.ENCRYPTED)
        return data, options

    async def encode_event_payload_content(
        self, data: bytes | str
    ) -> tuple[bytes, list[EncodedPayloadOptions]]:
        """Encode event payload content (events are never offloaded)."""
        return await self.encode_payload_content(data, allow_offloading=False)

    async def decode_payload_content(
        self, data: bytes, encoding_options: Sequence[EncodedPayloadOptions | str]
    ) -> bytes:
        """Undo ``encoding_options`` in reverse order."""
        for raw in reversed(list(encoding_options)):
            try:
                option = EncodedPayloadOptions(raw)
            except ValueError:
                raise WorkflowPayloadOffloadingException(
                    f"Unknown decoding option: {raw}"
                ) from None
            if option is EncodedPayloadOptions.ENCRYPTED:
                data = self._decrypt(data)
            elif option is EncodedPayloadOptions.PARTIALLY_ENCRYPTED:
                data, _ = await self._partially_decrypt_fields(data)
            elif option is EncodedPayloadOptions.COMPRESSED:
                data = self._decompress(data)
            else:
                data = await self._fetch_offloaded(data)
        return data

    async def decode_event_payload(self, payload_data: dict[str, Any]) -> dict[str, Any]:
        """Decode an event payload ``{"type", "value", "encoding_options"}``.

        A ``json_patch`` payload with ``encrypted-partial`` has each patch value wrapped as
        ``{"type": "__encrypted__", "value": <base64>}``; any other encoded payload has a
        base64 ``value``. Returns the payload with the decoded value and no encoding options.
        """
        raw_options = cast(list[str], payload_data.get("encoding_options") or [])
        if not raw_options:
            return payload_data
        options = [EncodedPayloadOptions(o) for o in raw_options]
        value: Any = payload_data.get("value")
        if (
            EncodedPayloadOptions.PARTIALLY_ENCRYPTED in options
            and payload_data.get("type", "json_patch") == "json_patch"
            and isinstance(value, list)
        ):
            items = cast(list[Any], value)
            patches = [cast(dict[str, Any], p) for p in items if isinstance(p, dict)]
            if len(patches) == len(items):
                return {
                    "type": "json_patch",
                    "value": self._decrypt_json_patch_selective(patches),
                    "encoding_options": [],
                }
        if not isinstance(value, str):
            raise WorkflowPayloadEncryptionException(
                "Encoded event payload value is not base64 text"
            )
        decoded = await self.decode_payload_content(base64.b64decode(value), options)
        return {
            "type": payload_data["type"],
            "value": json.loads(decoded),
            "encoding_options": [],
        }

    def _decrypt_json_patch_selective(self, patches: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for patch in patches:
            value = patch.get("value")
            if isinstance(value, dict):
                wrapped = cast(dict[str, Any], value)
                if wrapped.get("type") == self._ENCRYPTED_PATCH_TYPE:
                    plain = self._decrypt(base64.b64decode(wrapped.get("value", "")))
                    out.append({**patch, "value": json.loads(plain)})
                    continue
            out.append(patch)
        return out

    async def encode_network_input(
        self, data: Any, context: WorkflowContext
    ) -> NetworkEncodedInput:
        """Encode a workflow input as sent to the control plane (compact JSON first)."""
        encoded, options = await self.encode_payload_content(to_json(data), context)
        return NetworkEncodedInput.from_data(encoded, options)

    async def decode_network_result(self, data: Any) -> Any:
        """Decode a result from the control plane; anything not encoded is returned as is,
        and a decoded payload that is not JSON is returned as bytes (as 2.x does)."""
        try:
            network = NetworkEncodedResult.model_validate(data)
        except ValidationError:
            logger.warning("Network result is not a NetworkEncodedResult")
            return data
        decoded = await self.decode_payload_content(network.get_payload(), network.encoding_options)
        try:
            return from_json(decoded)
        except ValueError:
            logger.warning("Payload is not a valid json.")
            return decoded

    def check_is_payload_encoded(self, data: Any) -> bool:
        """Whether ``data`` has the shape of an encoded payload."""
        try:
            NetworkEncodedResult.model_validate(data)
        except ValidationError:
            return False
        return True
