# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-workflows distribution used by the same operations (DeploymentArchiveResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "DeploymentArchiveResponse",
]


class DeploymentArchiveResponse(BaseModel):
    """The archive a managed deployment builds from, with a signed URL to download it."""

    __mistral_keep__ = frozenset()
    archive_id: str
    download_url: str | None = None
