# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (UpdateDatasetRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "UpdateDatasetRequest",
]


class UpdateDatasetRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str | None = None
    description: str | None = None
