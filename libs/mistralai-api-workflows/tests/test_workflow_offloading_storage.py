"""Payload offloading against storage emulators on 127.0.0.1: moto's S3 server, Azurite
(Azure Blob) and gcp-storage-emulator (Google Cloud Storage), through the SDK clients the
extras install (aioboto3, azure-storage-blob, gcloud-aio-storage)."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import pytest
from pydantic_core import to_json

from mistralai.extra.workflows import (
    BlobStorageConfig,
    PayloadOffloadingConfig,
    StorageProvider,
    WorkflowEncodingConfig,
)
from mistralai.extra.workflows._errors import WorkflowPayloadOffloadingException
from mistralai.extra.workflows.encoding import PayloadEncoder
from mistralai.extra.workflows.encoding.models import WorkflowContext
from mistralai.extra.workflows.encoding.storage import BlobNotFoundError, get_blob_storage

from .conftest import S3_CREDENTIALS

CONTEXT = WorkflowContext(namespace="ns/with slash", execution_id="exec-1")
BIG = {"rows": [{"i": i, "text": "payload " * 20} for i in range(200)]}


@pytest.fixture
def s3_config(s3_endpoint: str) -> BlobStorageConfig:
    import boto3

    bucket = f"wf-{uuid.uuid4().hex[:12]}"
    boto3.client(
        "s3", endpoint_url=s3_endpoint, region_name="us-east-1", **S3_CREDENTIALS
    ).create_bucket(Bucket=bucket)
    return BlobStorageConfig.model_validate(
        {
            "storage_provider": "s3",
            "bucket_name": bucket,
            "prefix": "offload",
            "endpoint_url": s3_endpoint,
            "region_name": "us-east-1",
            **S3_CREDENTIALS,
        }
    )


@pytest.fixture
async def azure_config(azurite_connection_string: str) -> BlobStorageConfig:
    from azure.storage.blob.aio import BlobServiceClient

    container = f"wf-{uuid.uuid4().hex[:12]}"
    async with BlobServiceClient.from_connection_string(azurite_connection_string) as service:
        await service.create_container(container)
    return BlobStorageConfig(
        storage_provider=StorageProvider.AZURE,
        container_name=container,
        prefix="offload",
        azure_connection_string=azurite_connection_string,  # pyright: ignore[reportArgumentType]
    )


@pytest.fixture
async def gcs_config(gcs_emulator: str) -> BlobStorageConfig:
    import aiohttp

    bucket = f"wf-{uuid.uuid4().hex[:12]}"
    async with aiohttp.ClientSession() as session:
        created = await session.post(f"{gcs_emulator}/storage/v1/b", json={"name": bucket})
        assert created.status == 200, await created.text()
    return BlobStorageConfig(
        storage_provider=StorageProvider.GCS, bucket_id=bucket, prefix="offload"
    )


@pytest.fixture(params=["s3", "azure", "gcs"])
def storage_config(request: pytest.FixtureRequest) -> BlobStorageConfig:
    return request.getfixturevalue(f"{request.param}_config")


async def test_blob_storage_operations(storage_config: BlobStorageConfig) -> None:
    async with get_blob_storage(storage_config) as storage:
        assert await storage.get_blob_properties("a/b") is None
        assert not await storage.blob_exists("a/b")
        with pytest.raises(BlobNotFoundError):
            await storage.get_blob("a/b")
        url = await storage.upload_blob("a/b", b"\x00bytes\xff")
        assert url.replace("%2F", "/").endswith("offload/a/b")
        assert await storage.get_blob("a/b") == b"\x00bytes\xff"
        # a key that already carries the prefix is not prefixed twice (as in 2.x)
        assert await storage.get_blob("offload/a/b") == b"\x00bytes\xff"
        properties = await storage.get_blob_properties("a/b")
        assert properties is not None and properties["size"] == 7
        assert properties["last_modified"] is not None
        assert await storage.blob_exists("a/b")
        await storage.upload_blob("a/b", b"replaced")  # overwrite
        assert await storage.get_blob("a/b") == b"replaced"
        await storage.delete_blob("a/b")
        assert not await storage.blob_exists("a/b")


async def test_offloaded_round_trip(storage_config: BlobStorageConfig) -> None:
    config = WorkflowEncodingConfig(
        payload_offloading=PayloadOffloadingConfig(
            storage_config=storage_config, min_size_bytes=1024
        ),
        payload_compression=None,
    )
    encoder = PayloadEncoder(config)
    wire = await encoder.encode_network_input(BIG, CONTEXT)
    assert [o.value for o in wire.encoding_options] == ["offloaded"]
    reference: dict[str, Any] = json.loads(wire.get_payload())
    raw = to_json(BIG)
    digest = hashlib.sha256(raw).hexdigest()
    assert reference == {"key": f"temporal-payload/ns%2Fwith%20slash/exec-1/sha256:{digest}"}
    async with get_blob_storage(storage_config) as storage:
        assert await storage.get_blob(reference["key"]) == raw
    # encoding the same payload again reuses the content-addressed blob
    again = await encoder.encode_network_input(BIG, CONTEXT)
    assert again.b64payload == wire.b64payload
    assert await PayloadEncoder(config).decode_network_result(wire.model_dump(mode="json")) == BIG
    # below the threshold nothing is offloaded
    small = await encoder.encode_network_input({"small": True}, CONTEXT)
    assert small.encoding_options == []


async def test_offloading_needs_its_provider_settings() -> None:
    for provider in ("s3", "azure", "gcs"):
        config = BlobStorageConfig.model_validate({"storage_provider": provider})
        with pytest.raises(WorkflowPayloadOffloadingException, match="required"):
            async with get_blob_storage(config):
                pass


def test_azure_needs_exactly_one_way_to_connect() -> None:
    from mistralai.extra.workflows.encoding.storage._azure import AzureBlobStorage

    with pytest.raises(ValueError, match="mutually exclusive"):
        AzureBlobStorage("c", azure_connection_string="x", azure_storage_account_url="https://a")
    with pytest.raises(ValueError, match="must be provided"):
        AzureBlobStorage("c")
