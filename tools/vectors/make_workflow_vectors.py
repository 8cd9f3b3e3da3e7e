"""Make the workflow payload-encoding test vectors from the official 2.x SDK.

Run with an interpreter that has the official package and its workflow extras (never the
workspace's: that would test our code against itself)::

    python3 -m venv /tmp/off && /tmp/off/bin/pip install \
        "mistralai[workflow-payload-encryption,workflow-payload-compression,workflow-payload-offloading]==2.5.1"
    /tmp/off/bin/python tools/vectors/make_workflow_vectors.py

It writes ``libs/mistralai-api-workflows/tests/vectors/workflow_encoding_2_5_1.json``. Everything
in it is deterministic, so running it again gives the same file:

- the keys are SHA-256 digests of fixed labels;
- the 12-byte AES-GCM nonces, which 2.x draws from ``os.urandom``, come from a counter
  (``nonce_seed`` + n, big-endian): ``os.urandom`` is replaced *in the official encoder's
  module only* while a case is encoded. A test replaces it the same way in ours and must get
  the same bytes; other tests decode with the real random nonces both ways;
- offloaded blobs go to an in-memory store put in place of 2.x's ``get_blob_storage``; the
  blobs written are recorded with the case.

Each case records the configuration, the input, the context, the wire form 2.x produced
(``NetworkEncodedInput`` JSON) and what 2.x decodes it to.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

OUT = (
    Path(__file__).resolve().parents[2]
    / "libs/mistralai-api-workflows/tests/vectors/workflow_encoding_2_5_1.json"
)


def _official() -> Any:
    import importlib.metadata as md
    import importlib.util

    version = md.version("mistralai")
    if version != "2.5.1":
        sys.exit(f"needs the official mistralai 2.5.1 (found {version}); see the docstring")
    import mistralai.extra.workflows.encoding.payload_encoder as pe

    if (
        not hasattr(pe, "PayloadEncoder")
        or importlib.util.find_spec("mistralai.client.sdk") is None
    ):
        sys.exit("this is not the official package")
    return pe


pe = _official()
from mistralai.extra.workflows import (  # noqa: E402  (after the check above)
    ConnectorSlot,
    WorkflowExtensions,
    generate_two_part_id,
)
from mistralai.extra.workflows.encoding.config import WorkflowEncodingConfig  # noqa: E402
from mistralai.extra.workflows.encoding.models import WorkflowContext  # noqa: E402

PayloadEncoder = pe.PayloadEncoder


def key(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


MAIN = key("mistralai workflow vectors: main key")
SECONDARY = key("mistralai workflow vectors: secondary key")
OLD = key("mistralai workflow vectors: old key")


class MemoryStorage:
    """In-memory stand-in for 2.x's blob storage (the same interface)."""

    blobs: dict[str, bytes] = {}

    async def get_blob_properties(self, key: str) -> dict[str, Any] | None:
        return {"size": len(self.blobs[key])} if key in self.blobs else None

    async def upload_blob(self, key: str, content: bytes) -> str:
        self.blobs[key] = content
        return f"memory://{key}"

    async def get_blob(self, key: str) -> bytes:
        return self.blobs[key]


@contextlib.asynccontextmanager
async def memory_storage(_config: Any) -> AsyncIterator[MemoryStorage]:
    yield MemoryStorage()


pe.get_blob_storage = memory_storage


@contextlib.contextmanager
def counter_nonces(seed: int) -> Iterator[None]:
    state = {"n": seed}
    real = pe.os.urandom

    def urandom(size: int) -> bytes:
        assert size == 12, size
        value = state["n"].to_bytes(12, "big")
        state["n"] += 1
        return value

    pe.os.urandom = urandom
    try:
        yield
    finally:
        pe.os.urandom = real


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


BIG_TEXT = " ".join(f"line {i}: the quick brown fox jumps over the lazy dog" for i in range(60))
MARKED = {
    "user": "ada",
    "token": {"field_type": "__encrypted_str__", "data": "s3cr3t-token"},
    "nested": [
        {"note": {"field_type": "__encrypted_str__", "data": "caf\u00e9 \u2603 secret"}},
        {"plain": "visible"},
    ],
    "unicode": "\u00e9t\u00e9 \u65e5\u672c",
}

ENC_FULL = {"mode": "full", "main_key": MAIN}
ENC_PARTIAL = {"mode": "partial", "main_key": MAIN}
ZSTD = {"min_size_bytes": 64, "algorithm_config": {"algorithm": "zstd", "level": 3}}
ZSTD_19 = {"min_size_bytes": 64, "algorithm_config": {"algorithm": "zstd", "level": 19}}
OFFLOAD = {
    "storage_config": {"storage_provider": "s3", "bucket_name": "payloads"},
    "min_size_bytes": 256,
}
OFFLOAD_PREFIXED = {
    "storage_config": {"storage_provider": "s3", "bucket_name": "payloads", "prefix": "tenant-a"},
    "min_size_bytes": 256,
}

CASES: list[dict[str, Any]] = [
    {"name": "plain", "config": {}, "input": {"a": 1, "b": [True, None, "x"]}},
    {"name": "unicode_plain", "config": {}, "input": {"t": "\u00e9\u65e5\U0001f600", "n": 1.5}},
    {"name": "full_encryption", "config": {"payload_encryption": ENC_FULL}, "input": MARKED},
    {"name": "partial_encryption", "config": {"payload_encryption": ENC_PARTIAL}, "input": MARKED},
    {
        "name": "partial_encryption_no_markers",
        "config": {"payload_encryption": ENC_PARTIAL},
        "input": {"nothing": "to encrypt", "u": "\u00e9"},
    },
    {
        "name": "partial_encryption_top_level_marker",
        "config": {"payload_encryption": ENC_PARTIAL},
        "input": {"field_type": "__encrypted_str__", "data": "the whole thing"},
    },
    {"name": "compression", "config": {"payload_compression": ZSTD}, "input": {"text": BIG_TEXT}},
    {
        "name": "compression_level_19",
        "config": {"payload_compression": ZSTD_19},
        "input": {"text": BIG_TEXT},
    },
    {
        "name": "compression_below_threshold",
        "config": {"payload_compression": {"min_size_bytes": 4096}},
        "input": {"small": "payload"},
    },
    {
        "name": "compression_incompressible",
        "config": {"payload_compression": ZSTD},
        "input": {"r": b64(hashlib.sha512(b"x").digest() * 2)},
    },
    {
        "name": "partial_encryption_and_compression",
        "config": {"payload_encryption": ENC_PARTIAL, "payload_compression": ZSTD},
        "input": {**MARKED, "text": BIG_TEXT},
    },
    {
        "name": "compression_and_full_encryption",
        "config": {"payload_encryption": ENC_FULL, "payload_compression": ZSTD},
        "input": {"text": BIG_TEXT},
    },
    {
        "name": "offloading",
        "config": {"payload_offloading": OFFLOAD},
        "input": {"text": BIG_TEXT},
        "context": {"namespace": "team/ns 1", "execution_id": "exec:42/a"},
    },
    {
        "name": "offloading_below_threshold",
        "config": {"payload_offloading": OFFLOAD},
        "input": {"small": 1},
        "context": {"namespace": "ns", "execution_id": "e-small"},
    },
    {
        "name": "offloading_prefixed_compressed_encrypted",
        "config": {
            "payload_offloading": OFFLOAD_PREFIXED,
            "payload_compression": {"min_size_bytes": 64},
            "payload_encryption": ENC_FULL,
        },
        "input": {"text": BIG_TEXT + " and more " * 300},
        "context": {"namespace": "ns", "execution_id": "e-all"},
    },
    {
        "name": "partial_compression_offloading",
        "config": {
            "payload_offloading": {**OFFLOAD, "min_size_bytes": 128},
            "payload_compression": ZSTD,
            "payload_encryption": ENC_PARTIAL,
        },
        "input": {**MARKED, "text": BIG_TEXT},
        "context": {"namespace": "ns", "execution_id": "e-partial"},
    },
]


async def encode_case(case: dict[str, Any], seed: int) -> dict[str, Any]:
    config = WorkflowEncodingConfig.model_validate(case["config"])
    context = WorkflowContext(**case.get("context", {"namespace": "ns", "execution_id": "e-1"}))
    MemoryStorage.blobs = {}
    with counter_nonces(seed):
        wire = await PayloadEncoder(config).encode_network_input(case["input"], context)
    blobs = {k: b64(v) for k, v in MemoryStorage.blobs.items()}
    decoded = await PayloadEncoder(config).decode_network_result(wire.model_dump(mode="json"))
    assert decoded == case["input"], case["name"]  # so the file need not repeat it
    return {
        **case,
        "context": context.model_dump(mode="json", exclude_none=True),
        "nonce_seed": seed,
        "wire": wire.model_dump(mode="json"),
        "blobs": blobs,
    }


async def rotation_case() -> dict[str, Any]:
    """Encoded with the old key; 2.x decodes it with main=new, secondary=old."""
    old = WorkflowEncodingConfig.model_validate(
        {"payload_encryption": {"mode": "full", "main_key": OLD}}
    )
    with counter_nonces(90_000):
        wire = await PayloadEncoder(old).encode_network_input(
            {"rotated": True}, WorkflowContext(namespace="ns", execution_id="e")
        )
    rotated = {"payload_encryption": {"mode": "full", "main_key": MAIN, "secondary_key": OLD}}
    decoded = await PayloadEncoder(
        WorkflowEncodingConfig.model_validate(rotated)
    ).decode_network_result(wire.model_dump(mode="json"))
    return {
        "name": "key_rotation",
        "config": rotated,
        "wire": wire.model_dump(mode="json"),
        "decoded": decoded,
    }


async def event_cases() -> list[dict[str, Any]]:
    """Event payloads as the API sends them, and 2.x's ``decode_event_payload`` of each."""
    with counter_nonces(95_000):
        return await _event_cases()


async def _event_cases() -> list[dict[str, Any]]:
    config = WorkflowEncodingConfig.model_validate({"payload_encryption": ENC_FULL})
    encoder = PayloadEncoder(config)
    value = {"state": "running", "progress": 0.5}
    data, options = await encoder.encode_event_payload_content(json.dumps(value))
    full = {"type": "json", "value": b64(data), "encoding_options": [o.value for o in options]}
    patches = [
        {
            "op": "replace",
            "path": "/state",
            "value": {
                "type": "__encrypted__",
                "value": b64(encoder._encrypt(json.dumps("done").encode())),
            },
        },
        {"op": "add", "path": "/plain", "value": 3},
        {
            "op": "add",
            "path": "/obj",
            "value": {
                "type": "__encrypted__",
                "value": b64(encoder._encrypt(json.dumps({"k": [1, 2]}).encode())),
            },
        },
    ]
    partial = {"type": "json_patch", "value": patches, "encoding_options": ["encrypted-partial"]}
    out = []
    for name, payload in (("event_json_full", full), ("event_json_patch_partial", partial)):
        decoded = await encoder.decode_event_payload(json.loads(json.dumps(payload)))
        out.append(
            {
                "name": name,
                "config": {"payload_encryption": ENC_FULL},
                "payload": payload,
                "decoded": decoded,
            }
        )
    return out


def two_part_ids() -> list[dict[str, str]]:
    seeds = [("my-workflow", "run-1"), ("a", "b"), ("\u00e9\u65e5", "x" * 100)]
    return [{"primary": p, "secondary": s, "id": generate_two_part_id(p, s)} for p, s in seeds]


def extensions() -> list[dict[str, Any]]:
    slots = [
        ConnectorSlot(connector_name="gmail"),
        ConnectorSlot(connector_name="notion", credentials_name="work"),
    ]
    return [
        {
            "connectors": [s.model_dump(mode="json") for s in slots],
            "dict": WorkflowExtensions.from_connectors(slots).to_dict(),
        }
    ]


async def main() -> None:
    import importlib.metadata as md

    cases = [await encode_case(c, seed=1000 * (i + 1)) for i, c in enumerate(CASES)]
    document = {
        "about": "Workflow payload encoding vectors made by tools/vectors/make_workflow_vectors.py "
        "with the official mistralai 2.5.1 (see that script and docs/workflows-extras.md).",
        "made_with": {
            name: md.version(name)
            for name in (
                "mistralai",
                "cryptography",
                "zstandard",
                "msgpack",
                "pydantic",
                "pydantic-core",
            )
        },
        "keys": {"main": MAIN, "secondary": SECONDARY, "old": OLD},
        "cases": cases,
        "rotation": await rotation_case(),
        "events": await event_cases(),
        "two_part_ids": two_part_ids(),
        "extensions": extensions(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, indent=1, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {OUT} ({len(cases)} cases)")


if __name__ == "__main__":
    asyncio.run(main())
