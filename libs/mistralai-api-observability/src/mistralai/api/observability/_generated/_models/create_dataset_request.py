# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-observability distribution used by the same operations (CreateDatasetRequest...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "CreateDatasetRequest",
]


class CreateDatasetRequest(BaseModel):
    __mistral_keep__ = frozenset()
    name: str
    description: str
