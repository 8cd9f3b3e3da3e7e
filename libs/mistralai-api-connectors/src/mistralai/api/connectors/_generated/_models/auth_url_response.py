# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-connectors distribution used by the same operations (AuthUrlResponse...)."""

from mistralai.core.runtime import BaseModel

__all__ = [
    "AuthURLResponse",
    "AuthUrlResponse",
]


class AuthURLResponse(BaseModel):
    __mistral_keep__ = frozenset()
    auth_url: str
    ttl: int


# names of the official 2.x SDK for the same schemas
AuthUrlResponse = AuthURLResponse
