# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-files distribution used by the same operations (RequestUploadURLResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "RequestUploadURLResponse",
]


class RequestUploadURLResponse(BaseModel):
    __mistral_keep__ = frozenset()
    signed_url: str
