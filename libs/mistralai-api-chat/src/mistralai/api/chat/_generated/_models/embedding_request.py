# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (EmbeddingRequest...)."""

from typing import Any, Literal, TypeAlias

from mistralai.core.runtime import BaseModel

__all__ = [
    "EmbeddingDtype",
    "EmbeddingRequest",
    "EncodingFormat",
]

EmbeddingDtype: TypeAlias = Literal["float", "int8", "uint8", "binary", "ubinary"] | str

EncodingFormat: TypeAlias = Literal["float", "base64"] | str


class EmbeddingRequest(BaseModel):
    __mistral_keep__ = frozenset()
    model: str
    """ID of the model to use."""
    metadata: dict[str, Any] | None = None
    input: str | list[str]
    """Text to embed."""
    output_dimension: int | None = None
    """The dimension of the output embeddings when feature available. If not provided, a default output dimension will be used."""
    output_dtype: EmbeddingDtype = "float"
    """The data type of the output embeddings when feature available. If not provided, a default output data type will be used."""
    encoding_format: EncodingFormat = "float"
    """The format of embeddings in the response."""
