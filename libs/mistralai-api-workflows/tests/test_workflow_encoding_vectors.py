"""Workflow payload encoding is wire-compatible with the official 2.x SDK, both ways.

The vectors (``vectors/workflow_encoding_2_5_1.json``) were made by the official mistralai 2.5.1
with ``tools/vectors/make_workflow_vectors.py`` (counter nonces, in-memory blob store; see that
script). Here:

- ours decodes every 2.x wire payload (offloaded blobs served by a real S3 server, moto);
- ours, given the same nonces, encodes every input to **the same bytes** as 2.x and writes the
  same blobs under the same keys;
- ours with real random nonces produces payloads that an independent decoder written here from
  the documented format (cryptography + zstandard + msgpack, no code of ours) reads back.
"""

from __future__ import annotations

import base64
import functools
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import msgpack
import pytest
import zstandard
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mistralai.extra.workflows import (
    ConnectorSlot,
    WorkflowEncodingConfig,
    WorkflowExtensions,
    generate_two_part_id,
)
from mistralai.extra.workflows._errors import (
    WorkflowPayloadCompressionException,
    WorkflowPayloadEncryptionException,
    WorkflowPayloadOffloadingException,
)
from mistralai.extra.workflows.encoding import PayloadEncoder
from mistralai.extra.workflows.encoding.models import WorkflowContext

from .conftest import S3_CREDENTIALS

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "vectors" / "workflow_encoding_2_5_1.json").read_text("utf-8")
)
CASES: list[dict[str, Any]] = VECTORS["cases"]
KEYS: dict[str, str] = VECTORS["keys"]
IDS = [c["name"] for c in CASES]


@pytest.fixture
def bucket(s3_endpoint: str) -> Iterator[str]:
    """A fresh, empty bucket: each test sees only the blobs it wrote itself."""
    name = f"vectors-{uuid.uuid4().hex[:12]}"
    _s3(s3_endpoint).create_bucket(Bucket=name)
    yield name


@functools.cache
def _s3(endpoint: str) -> Any:  # one client per server: creating one loads botocore's models
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **S3_CREDENTIALS)


def _config(case: dict[str, Any], endpoint: str, bucket: str) -> WorkflowEncodingConfig:
    """The case's configuration, with its S3 storage pointed at the emulator's ``bucket``."""
    config = json.loads(json.dumps(case["config"]))
    offloading = config.get("payload_offloading")
    if offloading:
        offloading["storage_config"].update(
            bucket_name=bucket, endpoint_url=endpoint, region_name="us-east-1", **S3_CREDENTIALS
        )
    return WorkflowEncodingConfig.model_validate(config)


def _storage_key(case: dict[str, Any], key: str) -> str:
    storage = (case["config"].get("payload_offloading") or {}).get("storage_config") or {}
    prefix = storage.get("prefix")
    return f"{prefix}/{key}" if prefix else key


def _context(case: dict[str, Any]) -> WorkflowContext:
    return WorkflowContext.model_validate(case["context"])


def _counter_nonces(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    state = {"n": seed}

    def nonce(self: PayloadEncoder) -> bytes:
        value = state["n"].to_bytes(12, "big")
        state["n"] += 1
        return value

    monkeypatch.setattr(PayloadEncoder, "_new_nonce", nonce)


# --------------------------------------------------------------------------- 2.x → ours


@pytest.mark.parametrize("case", CASES, ids=IDS)
async def test_ours_decodes_what_2x_encoded(
    case: dict[str, Any], s3_endpoint: str, bucket: str
) -> None:
    s3 = _s3(s3_endpoint)
    for key, blob in case["blobs"].items():  # what 2.x offloaded, now in a real S3 server
        s3.put_object(Bucket=bucket, Key=_storage_key(case, key), Body=base64.b64decode(blob))
    encoder = PayloadEncoder(_config(case, s3_endpoint, bucket))
    assert encoder.check_is_payload_encoded(case["wire"])
    assert await encoder.decode_network_result(case["wire"]) == case["input"]


async def test_key_rotation_vector_decodes_with_the_secondary_key() -> None:
    rotation = VECTORS["rotation"]
    encoder = PayloadEncoder(WorkflowEncodingConfig.model_validate(rotation["config"]))
    assert await encoder.decode_network_result(rotation["wire"]) == rotation["decoded"]
    main_only = {"payload_encryption": {"mode": "full", "main_key": KEYS["main"]}}
    with pytest.raises(WorkflowPayloadEncryptionException):
        await PayloadEncoder(
            WorkflowEncodingConfig.model_validate(main_only)
        ).decode_network_result(rotation["wire"])


@pytest.mark.parametrize("event", VECTORS["events"], ids=[e["name"] for e in VECTORS["events"]])
async def test_event_payloads_decode_like_2x(event: dict[str, Any]) -> None:
    encoder = PayloadEncoder(WorkflowEncodingConfig.model_validate(event["config"]))
    assert (
        await encoder.decode_event_payload(json.loads(json.dumps(event["payload"])))
        == event["decoded"]
    )


def test_two_part_ids_and_extensions_match_2x() -> None:
    for vector in VECTORS["two_part_ids"]:
        assert generate_two_part_id(vector["primary"], vector["secondary"]) == vector["id"]
    one, two = generate_two_part_id(), generate_two_part_id("same")
    assert len(one) == len(two) == 64 and one != two
    assert generate_two_part_id("same")[:32] == two[:32]  # seeded half fixed, the other random
    for vector in VECTORS["extensions"]:
        slots = [ConnectorSlot.model_validate(s) for s in vector["connectors"]]
        assert WorkflowExtensions.from_connectors(slots).to_dict() == vector["dict"]


# --------------------------------------------------------------------------- ours → 2.x


@pytest.mark.parametrize("case", CASES, ids=IDS)
async def test_ours_encodes_the_same_bytes_as_2x(
    case: dict[str, Any], s3_endpoint: str, bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _counter_nonces(monkeypatch, case["nonce_seed"])
    encoder = PayloadEncoder(_config(case, s3_endpoint, bucket))
    wire = await encoder.encode_network_input(case["input"], _context(case))
    assert wire.model_dump(mode="json") == case["wire"]
    listed = _s3(s3_endpoint).list_objects_v2(Bucket=bucket).get("Contents", [])
    assert sorted(o["Key"] for o in listed) == sorted(_storage_key(case, k) for k in case["blobs"])
    for key, blob in case["blobs"].items():
        body = _s3(s3_endpoint).get_object(Bucket=bucket, Key=_storage_key(case, key))["Body"]
        assert body.read() == base64.b64decode(blob)


def _reference_decode(
    wire: dict[str, Any], key_hex: str | None, get_blob: Callable[[str], bytes]
) -> Any:
    """A decoder written from the documented 2.x format alone (no code of ours)."""

    def decrypt(data: bytes) -> bytes:
        assert key_hex is not None
        return AESGCM(bytes.fromhex(key_hex)).decrypt(data[:12], data[12:], None)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("field_type") == "__encrypted_str__":
                node["data"] = decrypt(base64.b64decode(node["data"])).decode()
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    data = base64.b64decode(wire["b64payload"])
    for option in reversed(wire["encoding_options"]):
        if option == "encrypted":
            data = decrypt(data)
        elif option == "compressed":
            packed = msgpack.unpackb(data, raw=False)
            assert list(packed) == ["compression", "payload"]
            assert packed["compression"]["algorithm"] == "zstd"
            data = zstandard.ZstdDecompressor().decompress(packed["payload"])
        elif option == "offloaded":
            data = get_blob(json.loads(data)["key"])
        elif option == "encrypted-partial":
            document = json.loads(data)
            walk(document)
            data = json.dumps(document).encode()
        else:
            raise AssertionError(option)
    return json.loads(data)


@pytest.mark.parametrize("case", CASES, ids=IDS)
async def test_ours_with_random_nonces_reads_back_with_a_reference_decoder(
    case: dict[str, Any], s3_endpoint: str, bucket: str
) -> None:
    encoder = PayloadEncoder(_config(case, s3_endpoint, bucket))
    first = await encoder.encode_network_input(case["input"], _context(case))
    second = await encoder.encode_network_input(case["input"], _context(case))
    assert first.encoding_options == second.encoding_options == case["wire"]["encoding_options"]
    encrypted = {"encrypted", "encrypted-partial"} & set(case["wire"]["encoding_options"])
    # a fresh nonce per encryption: the same input never gives the same ciphertext
    assert (first.b64payload != second.b64payload) == bool(encrypted)

    def get_blob(key: str) -> bytes:
        body = _s3(s3_endpoint).get_object(Bucket=bucket, Key=_storage_key(case, key))["Body"]
        return body.read()

    key_hex = (case["config"].get("payload_encryption") or {}).get("main_key")
    for wire in (first, second):
        assert _reference_decode(wire.model_dump(mode="json"), key_hex, get_blob) == case["input"]


# --------------------------------------------------------------------------- typed failures


def _encoder(**config: Any) -> PayloadEncoder:
    return PayloadEncoder(WorkflowEncodingConfig.model_validate(config))


async def test_corrupt_or_foreign_payloads_raise_typed_errors() -> None:
    full = _encoder(payload_encryption={"mode": "full", "main_key": KEYS["main"]})
    wire = next(c for c in CASES if c["name"] == "full_encryption")["wire"]
    tampered = bytearray(base64.b64decode(wire["b64payload"]))
    tampered[-1] ^= 1
    with pytest.raises(WorkflowPayloadEncryptionException):
        await full.decode_payload_content(bytes(tampered), ["encrypted"])
    with pytest.raises(WorkflowPayloadEncryptionException):  # no key configured at all
        await _encoder().decode_network_result(wire)
    with pytest.raises(WorkflowPayloadCompressionException):
        await _encoder().decode_payload_content(b"\x93not msgpack of ours", ["compressed"])
    with pytest.raises(WorkflowPayloadOffloadingException, match="not enabled"):
        await _encoder().decode_payload_content(b'{"key":"k"}', ["offloaded"])
    with pytest.raises(WorkflowPayloadOffloadingException, match="Unknown decoding option"):
        await _encoder().decode_payload_content(b"x", ["rot13"])  # type: ignore[list-item]
    with pytest.raises(WorkflowPayloadEncryptionException, match="key"):
        _encoder(payload_encryption={"mode": "full"})
    with pytest.raises(WorkflowPayloadEncryptionException, match="hex"):
        _encoder(payload_encryption={"mode": "full", "main_key": "not-hex"})
    with pytest.raises(WorkflowPayloadOffloadingException, match="storage"):
        _encoder(payload_offloading={"min_size_bytes": 1})


async def test_not_encoded_results_pass_through() -> None:
    encoder = _encoder()
    assert not encoder.check_is_payload_encoded({"plain": "result"})
    assert await encoder.decode_network_result({"plain": "result"}) == {"plain": "result"}
    not_json = {"b64payload": base64.b64encode(b"\xff raw").decode(), "encoding_options": []}
    assert await encoder.decode_network_result(not_json) == b"\xff raw"


async def test_missing_offloaded_blob_is_a_typed_error(s3_endpoint: str, bucket: str) -> None:
    case = next(c for c in CASES if c["name"] == "offloading")
    encoder = PayloadEncoder(_config(case, s3_endpoint, bucket))  # the bucket is empty
    with pytest.raises(WorkflowPayloadOffloadingException, match="not found"):
        await encoder.decode_network_result(case["wire"])
