# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (GetSignedUrlResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "GetSignedURLResponse",
    "GetSignedUrlResponse",
]


class GetSignedURLResponse(BaseModel):
    __mistral_keep__ = frozenset()
    url: str


# names of the official 2.x SDK for the same schemas
GetSignedUrlResponse = GetSignedURLResponse
