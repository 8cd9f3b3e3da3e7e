# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (GetSearchIndexSchemaSDFileResponseSDFile...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "GetSearchIndexSchemaSDFileResponseSDFile",
]


class GetSearchIndexSchemaSDFileResponseSDFile(BaseModel):
    __mistral_keep__ = frozenset()
    content: str | None
