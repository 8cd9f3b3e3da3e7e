# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (IngestFromBlobStorageRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "IngestFromBlobStorageRequest",
]


class IngestFromBlobStorageRequest(BaseModel):
    """Request body for ingesting a document from blob storage."""

    __mistral_keep__ = frozenset()
    filename: str
    signed_url: str
