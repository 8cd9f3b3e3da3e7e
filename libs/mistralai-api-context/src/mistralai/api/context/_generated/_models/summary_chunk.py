# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-context distribution used by the same operations (SummaryChunk, SummaryError, SummaryMetadata...)."""

from typing import Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "SummaryChunk",
    "SummaryError",
    "SummaryMetadata",
    "SummaryMetadataStatus",
]


class SummaryChunk(BaseModel):
    """Regular content."""

    __mistral_keep__ = frozenset()
    content: str


class SummaryError(BaseModel):
    """If an error is encountered while streaming responses this is returned."""

    __mistral_keep__ = frozenset()
    error: str


SummaryMetadataStatus: TypeAlias = Literal["handwritten", "generated", "generated_confirmed"] | str


class SummaryMetadata(BaseModel):
    """Summary content. Expected to be the first value returned."""

    __mistral_keep__ = frozenset()
    status: SummaryMetadataStatus | str
    translated: bool
